namespace Bot.Features.Coaching;

/// <summary>The flow's states: the sign-up questionnaire, then one state per kind of answer a program step
/// expects (the step itself is <see cref="CoachingData.Step"/>). Whether the participant is active, paused,
/// stopped or cancelled is <see cref="CoachingData.Status"/>, not a state: it pauses the program, not the bot.</summary>
public static class CoachingStates
{
    public const string Prefix = "coaching.";
    public const string Height = "coaching.height";
    public const string Weight = "coaching.weight";
    public const string Age = "coaching.age";
    public const string Zone = "coaching.zone";
    public const string StepText = "coaching.step-text";
    public const string StepNumber = "coaching.step-number";
    public const string StepPhoto = "coaching.step-photo";
    public const string StepChoice = "coaching.step-choice";

    public static IReadOnlyList<string> Steps { get; } = [StepText, StepNumber, StepPhoto, StepChoice];

    /// <summary>The state that waits for a step's answer.</summary>
    public static string For(string expects) => expects switch
    {
        StepKinds.Number => StepNumber,
        StepKinds.Photo => StepPhoto,
        StepKinds.Choice => StepChoice,
        _ => StepText,
    };
}

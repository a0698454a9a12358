namespace Bot.Features.Coaching;

/// <summary>What a step expects (<see cref="ProgramStep.Expects"/>).</summary>
public static class StepKinds
{
    public const string None = "none";
    public const string Text = "text";
    public const string Number = "number";
    public const string Photo = "photo";
    public const string Choice = "choice";

    public static IReadOnlyList<string> All { get; } = [None, Text, Number, Photo, Choice];
}

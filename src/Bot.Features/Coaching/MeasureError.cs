namespace Bot.Features.Coaching;

/// <summary>Why a questionnaire answer or a number step's answer was refused.</summary>
public enum MeasureError
{
    None,
    NotANumber,
    TooSmall,
    TooLarge,
    NotWhole,
}

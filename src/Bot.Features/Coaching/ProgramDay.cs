using System.Text.Json.Serialization;

namespace Bot.Features.Coaching;

/// <summary>One day of the program: its steps, in order.</summary>
public sealed record ProgramDay(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("steps")] IReadOnlyList<ProgramStep> Steps);

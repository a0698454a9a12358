using System.Text.Json.Serialization;

namespace Bot.Features.Coaching;

/// <summary>The program a coach runs: days, each a sequence of steps. Content, not code: stored as the
/// reference set <see cref="CoachingReference.Program"/> and replaced through <c>PUT /api/admin/coaching/program</c>.</summary>
public sealed record CoachingProgram(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("days")] IReadOnlyList<ProgramDay> Days)
{
    /// <summary>The step with <paramref name="stepId"/> in day <paramref name="day"/> (0-based), or null.</summary>
    public ProgramStep? Step(int day, string? stepId) =>
        day >= 0 && day < Days.Count ? Days[day].Steps.FirstOrDefault(s => s.Id == stepId) : null;
}

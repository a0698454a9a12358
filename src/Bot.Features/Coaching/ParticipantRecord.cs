using System.Text.Json.Serialization;

namespace Bot.Features.Coaching;

/// <summary>One participant as the trainers see it (the index row and the admin API's list item).
/// <see cref="Day"/> is 1-based; <see cref="Step"/> is null between days.</summary>
public sealed record ParticipantRecord(
    [property: JsonPropertyName("userId")] long UserId,
    [property: JsonPropertyName("firstName")] string? FirstName,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("day")] int Day,
    [property: JsonPropertyName("step")] string? Step,
    [property: JsonPropertyName("timeZone")] string? TimeZone,
    [property: JsonPropertyName("startedAt")] DateTimeOffset? StartedAt,
    [property: JsonPropertyName("lastAnswerAt")] DateTimeOffset? LastAnswerAt,
    [property: JsonPropertyName("height")] decimal? Height,
    [property: JsonPropertyName("weight")] decimal? Weight,
    [property: JsonPropertyName("age")] decimal? Age,
    [property: JsonPropertyName("seq")] long Seq);

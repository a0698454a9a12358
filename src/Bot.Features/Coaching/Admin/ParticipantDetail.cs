using System.Text.Json.Serialization;

namespace Bot.Features.Coaching.Admin;

/// <summary><c>GET /api/admin/coaching/participants/{userId}</c>: the list item's fields plus the answers.</summary>
public sealed record ParticipantDetail(
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
    [property: JsonPropertyName("answers")] IReadOnlyList<AnswerView> Answers);

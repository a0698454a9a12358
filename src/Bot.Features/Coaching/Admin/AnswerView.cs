using System.Text.Json.Serialization;

namespace Bot.Features.Coaching.Admin;

/// <summary>One answer as the admin API shows it; <see cref="FileUrl"/> (photo answers) is the admin route
/// that fetches the file through the Bot API, relative to the API's base (<c>/api/admin/coaching/files/{fileId}</c>).</summary>
public sealed record AnswerView(
    [property: JsonPropertyName("day")] int Day,
    [property: JsonPropertyName("step")] string Step,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("fileId")] string? FileId,
    [property: JsonPropertyName("fileUrl")] string? FileUrl,
    [property: JsonPropertyName("at")] DateTimeOffset At);

using System.Text.Json.Serialization;

namespace Bot.Features.Coaching;

/// <summary>One answer to a step. <see cref="FileId"/> is the photo's Telegram file_id (photo steps);
/// <see cref="Seq"/> is the prompt it answered (with the day, the row key: a repeated effect rewrites it).</summary>
public sealed record ParticipantAnswer(
    [property: JsonPropertyName("day")] int Day,
    [property: JsonPropertyName("step")] string Step,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("fileId")] string? FileId,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("seq")] long Seq);

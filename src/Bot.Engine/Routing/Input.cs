using System.Text.Json;
using Bot.Engine.Inbox;

namespace Bot.Engine.Routing;

/// <summary>What the user (or the system) said, reduced to what handlers route on.</summary>
public sealed record Input
{
    public required InputKind Kind { get; init; }

    /// <summary>The message's idempotency key ("u:{update id}" or "c:{command key}"): a stable key for the
    /// ledger postings and outside calls this message causes.</summary>
    public string Key { get; init; } = "";

    /// <summary>Message text; for commands the text after the command.</summary>
    public string? Text { get; init; }

    /// <summary>For commands, the command with its slash and without a bot name: "/start".</summary>
    public string? CommandName { get; init; }

    public string? CallbackData { get; init; }
    public string? CallbackQueryId { get; init; }

    /// <summary>The message the input refers to: a pressed button's message.</summary>
    public int? MessageId { get; init; }

    public string? ContactPhone { get; init; }
    public long? ContactUserId { get; init; }

    /// <summary>For photos, the file id of the largest size (the same as <see cref="FileId"/>).</summary>
    public string? PhotoFileId { get; init; }

    /// <summary>For photos and documents: the Telegram <c>file_id</c>, kept as such; the caption is in <see cref="Text"/>.</summary>
    public string? FileId { get; init; }

    /// <summary>For photos and documents: Telegram's <c>file_unique_id</c>, the same for one file across bots and time.</summary>
    public string? FileUniqueId { get; init; }

    /// <summary>For documents: the file name the sender gave.</summary>
    public string? FileName { get; init; }

    /// <summary>For documents: the MIME type the sender's client gave.</summary>
    public string? MimeType { get; init; }

    /// <summary>For photos and documents: the size in bytes when Telegram says it.</summary>
    public long? FileSize { get; init; }

    /// <summary>Why an input that looked like a known kind could not be read (a photo with no sizes):
    /// its kind is <see cref="InputKind.Other"/>, so the state's wrong-input reply answers it.</summary>
    public string? Malformed { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }

    /// <summary>For membership changes: true when the user blocked the bot.</summary>
    public bool Kicked { get; init; }

    public InternalCommand? Internal { get; init; }

    /// <summary>Profile fields that came with the update.</summary>
    public string? FirstName { get; init; }
    public string? Username { get; init; }
    public string? LanguageCode { get; init; }

    public T? PayloadAs<T>() => Internal is { } c ? c.PayloadAs<T>() : default;

    public JsonElement? Payload => Internal?.Payload;

    /// <summary>For a fan-out's command (<see cref="FanOuts.FanOut.CommandKey"/>), the fan-out id: pass it to
    /// <see cref="Decision.Deliver"/> or <see cref="Decision.SkipFanOut"/>.</summary>
    public string? FanOutId => FanOuts.FanOut.IdOf(Internal?.Key);
}

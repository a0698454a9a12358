namespace Bot.Engine.Inbox;

public enum WebhookStatus
{
    Queued,
    IgnoredNoUser,
    Unauthorized,
    BadRequest,
    TooLarge,
}

public sealed record WebhookResult(WebhookStatus Status, string? Reason = null, long? UpdateId = null);

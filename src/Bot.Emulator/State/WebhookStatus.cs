namespace Bot.Emulator.State;

/// <summary>What getWebhookInfo reports.</summary>
internal sealed record WebhookStatus(
    WebhookSettings? Webhook,
    int PendingUpdateCount,
    IReadOnlyList<string> AllowedUpdates,
    DateTimeOffset? LastErrorDate,
    string? LastErrorMessage);

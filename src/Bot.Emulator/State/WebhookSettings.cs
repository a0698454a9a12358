namespace Bot.Emulator.State;

internal sealed record WebhookSettings(string Url, string? SecretToken, int MaxConnections);

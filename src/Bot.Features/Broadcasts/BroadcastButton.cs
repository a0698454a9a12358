namespace Bot.Features.Broadcasts;

/// <summary>A URL button under a broadcast.</summary>
public sealed record BroadcastButton(string Text, string Url);

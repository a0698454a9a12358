namespace Bot.Features.Rewards.Walks;

/// <summary>The temperature for a walk, or why there is none (the user is then asked).</summary>
public sealed record TemperatureResult(string WalkId, decimal? TemperatureC, string? Unavailable);

using Bot.Features.Rewards.Walks.Weather;

namespace Bot.Features.Rewards.Walks;

/// <summary>The current temperature at the user's place, for the walk that starts.</summary>
public sealed record TemperatureQuery(string WalkId, WeatherLocation Location);

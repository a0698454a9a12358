using Bot.Features.Rewards.Walks.Weather;

namespace Bot.Features.Rewards.Walks;

/// <summary>The geocoding answer: a place, or the city was not found, or the provider is unavailable (the reason).</summary>
public sealed record GeocodeResult(string City, WeatherLocation? Location, string? Unavailable);

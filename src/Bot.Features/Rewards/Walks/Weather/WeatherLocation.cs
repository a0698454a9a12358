namespace Bot.Features.Rewards.Walks.Weather;

/// <summary>A place found by geocoding a city name: keep it with the user (the city is geocoded once)
/// and ask for its temperature on every walk.</summary>
public sealed record WeatherLocation(string Name, decimal Latitude, decimal Longitude, string? Country, string? TimeZone);

namespace Bot.Features.Rewards.Walks.Weather;

/// <summary>The answer to "what is the temperature there now". Provider trouble is
/// <see cref="Unavailable"/>, never an exception: the walk then asks the user.</summary>
public abstract record WeatherReading
{
    private WeatherReading()
    {
    }

    /// <summary>The current air temperature 2 m above ground, in °C, as the provider reported it
    /// (Open-Meteo: one decimal), and the provider's time of that value (local ISO 8601, may be null).</summary>
    public sealed record Found(decimal TemperatureC, string? ObservedAt) : WeatherReading;

    /// <summary>Only from the by-name lookup: no place by that name.</summary>
    public sealed record CityNotFound(string Name) : WeatherReading;

    /// <summary>No provider is configured, or it failed, timed out or answered something unreadable.</summary>
    public sealed record Unavailable(string Reason) : WeatherReading;
}

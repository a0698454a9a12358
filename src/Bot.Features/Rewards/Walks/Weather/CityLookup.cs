namespace Bot.Features.Rewards.Walks.Weather;

/// <summary>The answer to geocoding a city name. Provider trouble is <see cref="Unavailable"/>, never an exception.</summary>
public abstract record CityLookup
{
    private CityLookup()
    {
    }

    /// <summary>The best match for the name.</summary>
    public sealed record Found(WeatherLocation Location) : CityLookup;

    /// <summary>The provider knows no place by that name (Open-Meteo's answer has no <c>results</c>).</summary>
    public sealed record NotFound(string Name) : CityLookup;

    /// <summary>No provider is configured, or it failed, timed out or answered something unreadable.</summary>
    public sealed record Unavailable(string Reason) : CityLookup;
}

namespace Bot.Features.Rewards.Walks.Weather;

/// <summary>The current temperature of a city. Every method answers a typed result for provider trouble
/// (not configured, down, slow, malformed); only the caller's own cancellation throws.</summary>
public interface IWeatherProvider
{
    /// <summary>False when no provider is configured (<c>Rewards:Weather:BaseUrl</c> empty): ask the user.</summary>
    bool IsConfigured { get; }

    /// <summary>Geocodes a city name (the best match) with place names in <paramref name="language"/>
    /// ("ru", "en"; a longer tag such as "ru-RU" is cut to its language).</summary>
    Task<CityLookup> FindCityAsync(string city, string language, CancellationToken ct);

    /// <summary>The current temperature at a place found before.</summary>
    Task<WeatherReading> GetTemperatureAsync(WeatherLocation location, CancellationToken ct);

    /// <summary>Geocodes, then asks the temperature: two calls. Prefer keeping the location from
    /// <see cref="FindCityAsync"/> and calling the by-location overload.</summary>
    Task<WeatherReading> GetTemperatureAsync(string city, string language, CancellationToken ct);
}

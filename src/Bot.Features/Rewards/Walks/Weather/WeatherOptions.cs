namespace Bot.Features.Rewards.Walks.Weather;

/// <summary>The <c>Rewards:Weather</c> settings: Open-Meteo's keyless forecast and geocoding APIs.
/// An empty <see cref="BaseUrl"/> means "no weather provider": the walk asks the user for the
/// temperature. Timeouts are short because a user is waiting for the answer.</summary>
public sealed class WeatherOptions
{
    public const string DefaultBaseUrl = "https://api.open-meteo.com/v1";
    public const string DefaultGeocodingUrl = "https://geocoding-api.open-meteo.com/v1";

    /// <summary>Where the emulator's Open-Meteo sandbox answers on the local host (declared with AddEmulatorSandbox).</summary>
    public const string EmulatorForecastPath = "/emulator/open-meteo/v1";

    /// <summary>The sandbox's geocoding API on the local host.</summary>
    public const string EmulatorGeocodingPath = "/emulator/open-meteo/geocoding/v1";

    /// <summary>The forecast API (<c>{BaseUrl}/forecast</c>); empty = no weather provider.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The geocoding API (<c>{GeocodingUrl}/search</c>); empty = the forecast API's own base.</summary>
    public string GeocodingUrl { get; set; } = DefaultGeocodingUrl;

    /// <summary>How long one attempt may take.</summary>
    public int AttemptTimeoutMilliseconds { get; set; } = 3000;

    /// <summary>Retries of one call on 5xx, 408, 429, connection failures and timeouts.</summary>
    public int MaxRetries { get; set; } = 1;

    public int RetryDelayMilliseconds { get; set; } = 200;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);

    /// <summary>The longest a caller waits: every attempt, the pauses between them and a margin.</summary>
    public TimeSpan TotalTimeout => TimeSpan.FromMilliseconds(
        (Attempts * AttemptTimeout.TotalMilliseconds) + (Math.Max(0, MaxRetries) * RetryDelay.TotalMilliseconds) + 1000);

    public TimeSpan AttemptTimeout => TimeSpan.FromMilliseconds(Math.Max(10, AttemptTimeoutMilliseconds));

    public TimeSpan RetryDelay => TimeSpan.FromMilliseconds(Math.Max(1, RetryDelayMilliseconds));

    private int Attempts => Math.Max(0, MaxRetries) + 1;
}

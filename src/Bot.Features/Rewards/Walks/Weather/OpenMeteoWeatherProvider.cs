using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bot.Features.Rewards.Walks.Weather;

/// <summary>Open-Meteo's keyless APIs: <c>GET {GeocodingUrl}/search?name=&amp;count=1&amp;language=&amp;format=json</c>
/// (<c>{"results":[{"name","latitude","longitude","country","timezone",...}]}</c>, no <c>results</c> when
/// nothing matches) and <c>GET {BaseUrl}/forecast?latitude=&amp;longitude=&amp;current=temperature_2m</c>
/// (<c>{"current":{"time","interval","temperature_2m"},"current_units":{...}}</c>); errors are
/// <c>{"error":true,"reason":"..."}</c>. The HTTP client comes from <see cref="IHttpClientFactory"/> with
/// the standard resilience handler and short timeouts (<see cref="WeatherOptions"/>).</summary>
public sealed class OpenMeteoWeatherProvider(
    IHttpClientFactory clients,
    IOptions<RewardsOptions> options,
    ILogger<OpenMeteoWeatherProvider> logger) : IWeatherProvider
{
    public const string HttpClientName = "open-meteo";
    public const string NotConfiguredReason = "no weather provider is configured (Rewards:Weather:BaseUrl is empty)";

    private WeatherOptions Settings => options.Value.Weather;

    public bool IsConfigured => Settings.IsConfigured;

    public async Task<CityLookup> FindCityAsync(string city, string language, CancellationToken ct)
    {
        if (!IsConfigured)
        {
            return new CityLookup.Unavailable(NotConfiguredReason);
        }

        var name = (city ?? "").Trim();
        if (name.Length == 0)
        {
            return new CityLookup.NotFound(name);
        }

        var url = Url(GeocodingBase, "search")
            + "?name=" + Uri.EscapeDataString(name)
            + "&count=1&language=" + Language(language)
            + "&format=json";
        var answer = await GetAsync(url, ct);
        if (answer.Error is { } error)
        {
            logger.LogWarning("Geocoding {City} failed: {Reason}", name, error);
            return new CityLookup.Unavailable(error);
        }

        try
        {
            return ParseCity(name, answer.Json!);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            logger.LogWarning("Geocoding {City}: unreadable answer: {Reason}", name, ex.Message);
            return new CityLookup.Unavailable("the geocoding answer is not Open-Meteo's: " + ex.Message);
        }
    }

    public async Task<WeatherReading> GetTemperatureAsync(WeatherLocation location, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!IsConfigured)
        {
            return new WeatherReading.Unavailable(NotConfiguredReason);
        }

        var url = Url(Settings.BaseUrl, "forecast")
            + "?latitude=" + location.Latitude.ToString(CultureInfo.InvariantCulture)
            + "&longitude=" + location.Longitude.ToString(CultureInfo.InvariantCulture)
            + "&current=temperature_2m";
        var answer = await GetAsync(url, ct);
        if (answer.Error is { } error)
        {
            logger.LogWarning("Temperature at {Place} failed: {Reason}", location.Name, error);
            return new WeatherReading.Unavailable(error);
        }

        try
        {
            return ParseTemperature(answer.Json!);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            logger.LogWarning("Temperature at {Place}: unreadable answer: {Reason}", location.Name, ex.Message);
            return new WeatherReading.Unavailable("the forecast answer is not Open-Meteo's: " + ex.Message);
        }
    }

    public async Task<WeatherReading> GetTemperatureAsync(string city, string language, CancellationToken ct) =>
        await FindCityAsync(city, language, ct) switch
        {
            CityLookup.Found found => await GetTemperatureAsync(found.Location, ct),
            CityLookup.NotFound notFound => new WeatherReading.CityNotFound(notFound.Name),
            CityLookup.Unavailable unavailable => new WeatherReading.Unavailable(unavailable.Reason),
            _ => throw new InvalidOperationException("Unknown city lookup result."),
        };

    /// <summary>Reads a geocoding answer: the first of <c>results</c>, or not found when there are none.</summary>
    public static CityLookup ParseCity(string requested, JsonNode json)
    {
        if (json["results"] is not JsonArray { Count: > 0 } results)
        {
            return new CityLookup.NotFound(requested);
        }

        var first = results[0] ?? throw new InvalidOperationException("results[0] is null");
        var latitude = Number(first["latitude"], "latitude");
        var longitude = Number(first["longitude"], "longitude");
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            throw new InvalidOperationException($"coordinates {latitude}, {longitude} are out of range");
        }

        var name = first["name"]?.GetValue<string>() is { Length: > 0 } n ? n : requested;
        return new CityLookup.Found(new WeatherLocation(
            name, latitude, longitude, first["country"]?.GetValue<string>(), first["timezone"]?.GetValue<string>()));
    }

    /// <summary>Reads a forecast answer's <c>current.temperature_2m</c> (°C unless <c>current_units</c> says otherwise).</summary>
    public static WeatherReading ParseTemperature(JsonNode json)
    {
        var current = json["current"] ?? throw new InvalidOperationException("the answer has no 'current'");
        if (current["temperature_2m"] is null)
        {
            return new WeatherReading.Unavailable("the provider has no current temperature for this place");
        }

        var unit = json["current_units"]?["temperature_2m"]?.GetValue<string>();
        if (unit is not null && unit != "°C")
        {
            throw new InvalidOperationException($"temperature_2m is in '{unit}', not °C");
        }

        var temperature = Number(current["temperature_2m"], "current.temperature_2m");
        if (temperature is < -100 or > 100)
        {
            throw new InvalidOperationException($"temperature {temperature} °C is not a plausible air temperature");
        }

        return new WeatherReading.Found(temperature, current["time"]?.GetValue<string>());
    }

    /// <summary>Open-Meteo wants a lower-cased language code; anything unusable falls back to English.</summary>
    public static string Language(string? language)
    {
        var code = (language ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();
        return code.Length is >= 2 and <= 3 && code.All(char.IsAsciiLetterLower) ? code : "en";
    }

    private string GeocodingBase => string.IsNullOrWhiteSpace(Settings.GeocodingUrl) ? Settings.BaseUrl : Settings.GeocodingUrl;

    private static string Url(string baseUrl, string path) => baseUrl.Trim().TrimEnd('/') + "/" + path;

    /// <summary>A JSON number read as an exact decimal (its text, not a double).</summary>
    private static decimal Number(JsonNode? node, string name) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{name} is not a number");

    private async Task<(JsonNode? Json, string? Error)> GetAsync(string url, CancellationToken ct)
    {
        Uri uri;
        try
        {
            uri = new Uri(url, UriKind.Absolute);
        }
        catch (UriFormatException ex)
        {
            return (null, $"the weather URL '{url}' is not valid: {ex.Message}");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var http = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                return (null, Error((int)response.StatusCode, text));
            }

            return JsonNode.Parse(text) is JsonObject json
                ? (json, null)
                : (null, "the provider's answer is not a JSON object");
        }
        catch (HttpRequestException ex)
        {
            return (null, "the provider could not be reached: " + ex.Message);
        }
        catch (JsonException ex)
        {
            return (null, "the provider's answer is not JSON: " + ex.Message);
        }
        catch (TimeoutRejectedException)
        {
            return (null, "the provider did not answer in time");
        }
        catch (BrokenCircuitException)
        {
            return (null, "the provider keeps failing; calls are paused for a while");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, "the provider did not answer in time");
        }
    }

    /// <summary>Open-Meteo's error object: <c>{"error":true,"reason":"..."}</c>; anything else is described by its status.</summary>
    private static string Error(int status, string body)
    {
        try
        {
            if (JsonNode.Parse(body)?["reason"] is JsonValue reason && reason.GetValueKind() == JsonValueKind.String)
            {
                return $"the provider answered {status}: {reason.GetValue<string>()}";
            }
        }
        catch (JsonException)
        {
            // Not Open-Meteo's error JSON (a proxy's page): the status says enough.
        }

        return $"the provider answered {status}";
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Emulator.Weather;

/// <summary>
/// Open-Meteo's forecast API under <c>/emulator/open-meteo/v1</c> and its geocoding API under
/// <c>/emulator/open-meteo/geocoding/v1</c>, with the controls at <c>/emulator/weather</c>.
/// </summary>
internal static class WeatherEndpoints
{
    public const string ForecastPath = "/open-meteo/v1";
    public const string GeocodingPath = "/open-meteo/geocoding/v1";

    private static readonly string[] KnownCurrent = ["temperature_2m"];

    public static void Map(IEndpointRouteBuilder emulator)
    {
        emulator.MapGroup(ForecastPath).AddEndpointFilter(AnswerAsOpenMeteoAsync).MapGet("/forecast", (HttpRequest request, WeatherSandbox sandbox) =>
        {
            var latitude = Coordinate(request, "latitude", 90, "Latitude");
            var longitude = Coordinate(request, "longitude", 180, "Longitude");
            var unit = request.Query["temperature_unit"].ToString();
            if (unit.Length > 0 && unit != "celsius")
            {
                throw WeatherApiException.BadRequest(
                    $"Cannot initialize TemperatureUnit from invalid String value {unit} for key temperature_unit (the sandbox answers celsius only)");
            }

            var current = request.Query["current"].ToString()
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (current.FirstOrDefault(v => !KnownCurrent.Contains(v)) is { } unknown)
            {
                throw WeatherApiException.BadRequest(
                    $"Cannot initialize ForecastVariable from invalid String value {unknown} for key current (the sandbox knows temperature_2m only)");
            }

            return Results.Json(sandbox.Forecast(latitude, longitude, current));
        });

        emulator.MapGroup(GeocodingPath).AddEndpointFilter(AnswerAsOpenMeteoAsync).MapGet("/search", (HttpRequest request, WeatherSandbox sandbox) =>
        {
            if (!request.Query.TryGetValue("name", out var name))
            {
                throw WeatherApiException.BadRequest("Value of type 'String' required for key 'name'.");
            }

            var count = 10;
            if (request.Query.TryGetValue("count", out var rawCount)
                && (!int.TryParse(rawCount.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out count) || count is < 1 or > 100))
            {
                throw WeatherApiException.BadRequest($"Parameter count must be between 1 and 100. Given: {rawCount}.");
            }

            var format = request.Query["format"].ToString();
            if (format.Length > 0 && format != "json")
            {
                throw WeatherApiException.BadRequest($"Cannot initialize Format from invalid String value {format} for key format (the sandbox answers json only)");
            }

            var language = request.Query["language"].ToString();
            return Results.Json(sandbox.Search(name.ToString(), count, language.Length > 0 ? language : "en"));
        });

        emulator.MapGet("/weather", (WeatherSandbox sandbox) => Results.Json(StateJson(sandbox)));

        emulator.MapPost("/weather", async (HttpRequest request, WeatherSandbox sandbox) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            var temperature = Temperature(body);
            var down = EmulatorJson.Bool(body, "down");
            var status = EmulatorJson.Long(body, "statusCode");
            if (temperature is null && down is null && status is null)
            {
                throw EmulatorRequestException.BadRequest("say what to change: temperatureC and/or down (true|false, with statusCode 400-599 when true)");
            }

            if (status is not null && down is not true)
            {
                throw EmulatorRequestException.BadRequest("statusCode goes with \"down\":true");
            }

            if (status is < 400 or > 599)
            {
                throw EmulatorRequestException.BadRequest("statusCode must be an error status (400-599)");
            }

            sandbox.Set(temperature, down, (int?)status);
            return Results.Json(StateJson(sandbox));
        });
    }

    private static JsonObject StateJson(WeatherSandbox sandbox)
    {
        var (temperature, downStatus) = sandbox.State;
        return new JsonObject
        {
            ["temperatureC"] = temperature,
            ["down"] = downStatus is not null,
            ["statusCode"] = downStatus,
        };
    }

    /// <summary><c>temperatureC</c>: a number (or numeric string) between -100 and 100 °C.</summary>
    private static decimal? Temperature(JsonObject body)
    {
        decimal? value = body["temperatureC"] switch
        {
            null => null,
            JsonValue v when v.TryGetValue<decimal>(out var d) => d,
            JsonValue v when v.TryGetValue<string>(out var s)
                && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw EmulatorRequestException.BadRequest("temperatureC must be a number"),
        };
        return value is < -100 or > 100
            ? throw EmulatorRequestException.BadRequest("temperatureC must be between -100 and 100")
            : value;
    }

    /// <summary>A required coordinate within ±<paramref name="limit"/>, refused as Open-Meteo refuses it.</summary>
    private static decimal Coordinate(HttpRequest request, string key, decimal limit, string label)
    {
        var raw = request.Query[key].ToString();
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw WeatherApiException.BadRequest($"Value of type 'Float' required for key '{key}'.");
        }

        return value < -limit || value > limit
            ? throw WeatherApiException.BadRequest($"{label} must be in range of -{limit} to {limit}°. Given: {raw}.")
            : value;
    }

    /// <summary>The outage first, then Open-Meteo's error JSON for any refusal.</summary>
    private static async ValueTask<object?> AnswerAsOpenMeteoAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var sandbox = context.HttpContext.RequestServices.GetRequiredService<WeatherSandbox>();
        try
        {
            if (sandbox.State.DownStatusCode is { } down)
            {
                throw new WeatherApiException(down, "The weather service is unavailable (sandbox outage)");
            }

            return await next(context);
        }
        catch (WeatherApiException e)
        {
            return Results.Json(new JsonObject { ["error"] = true, ["reason"] = e.Reason }, statusCode: e.StatusCode);
        }
    }
}

namespace Bot.Emulator.Weather;

/// <summary>An error of Open-Meteo's API, answered as <c>{"error":true,"reason":"..."}</c>.</summary>
internal sealed class WeatherApiException(int statusCode, string reason) : Exception(reason)
{
    public int StatusCode { get; } = statusCode;

    public string Reason { get; } = reason;

    public static WeatherApiException BadRequest(string reason) => new(400, reason);
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Weather;

/// <summary>
/// Open-Meteo's side: one current temperature for every place (set by <c>POST /emulator/weather</c>),
/// geocoding of a fixed list of cities (Russian or English names) plus a generated place for any other
/// name made of letters, and an outage switch.
/// </summary>
internal sealed class WeatherSandbox(VirtualClock clock)
{
    public const decimal DefaultTemperatureC = 15;
    public const int DefaultDownStatusCode = 503;

    private static readonly SandboxCity[] Cities =
    [
        new(524901, "Москва", "Moscow", 55.75222m, 37.61556m, 144, "RU", "Россия", "Russia", "Europe/Moscow", 10381222),
        new(498817, "Санкт-Петербург", "Saint Petersburg", 59.93863m, 30.31413m, 11, "RU", "Россия", "Russia", "Europe/Moscow", 5351935),
        new(1496747, "Новосибирск", "Novosibirsk", 55.0415m, 82.9346m, 162, "RU", "Россия", "Russia", "Asia/Novosibirsk", 1612833),
        new(1486209, "Екатеринбург", "Yekaterinburg", 56.8519m, 60.6122m, 260, "RU", "Россия", "Russia", "Asia/Yekaterinburg", 1495066),
        new(551487, "Казань", "Kazan", 55.78874m, 49.12214m, 66, "RU", "Россия", "Russia", "Europe/Moscow", 1243500),
        new(520555, "Нижний Новгород", "Nizhniy Novgorod", 56.32867m, 44.00205m, 154, "RU", "Россия", "Russia", "Europe/Moscow", 1284164),
        new(2013159, "Якутск", "Yakutsk", 62.03389m, 129.73306m, 100, "RU", "Россия", "Russia", "Asia/Yakutsk", 235600),
        new(491422, "Сочи", "Sochi", 43.59917m, 39.72569m, 65, "RU", "Россия", "Russia", "Europe/Moscow", 343334),
        new(2643743, "Лондон", "London", 51.50853m, -0.12574m, 25, "GB", "Великобритания", "United Kingdom", "Europe/London", 8961989),
        new(2950159, "Берлин", "Berlin", 52.52437m, 13.41053m, 74, "DE", "Германия", "Germany", "Europe/Berlin", 3426354),
    ];

    private readonly Lock _sync = new();
    private decimal _temperatureC = DefaultTemperatureC;
    private int? _downStatusCode;

    /// <summary>The temperature every place has now, and the status every Open-Meteo call answers while down.</summary>
    public (decimal TemperatureC, int? DownStatusCode) State
    {
        get
        {
            lock (_sync)
            {
                return (_temperatureC, _downStatusCode);
            }
        }
    }

    /// <summary>Changes what the sandbox answers; a null leaves that part as it is. Down answers
    /// <paramref name="statusCode"/> (503 when not given) to every Open-Meteo call.</summary>
    public void Set(decimal? temperatureC, bool? down, int? statusCode)
    {
        lock (_sync)
        {
            if (temperatureC is { } t)
            {
                _temperatureC = t;
            }

            if (down is { } d)
            {
                _downStatusCode = d ? statusCode ?? DefaultDownStatusCode : null;
            }
        }
    }

    /// <summary>Open-Meteo's forecast answer with <c>current.temperature_2m</c> when asked for it.</summary>
    public JsonObject Forecast(decimal latitude, decimal longitude, IReadOnlyList<string> current)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var quarter = new DateTime(now.Ticks - (now.Ticks % TimeSpan.FromMinutes(15).Ticks), DateTimeKind.Utc);
        var answer = new JsonObject
        {
            ["latitude"] = decimal.Round(latitude, 3),
            ["longitude"] = decimal.Round(longitude, 3),
            ["generationtime_ms"] = 0.02,
            ["utc_offset_seconds"] = 0,
            ["timezone"] = "GMT",
            ["timezone_abbreviation"] = "GMT",
            ["elevation"] = 100.0,
        };
        if (current.Count > 0)
        {
            var units = new JsonObject { ["time"] = "iso8601", ["interval"] = "seconds" };
            var values = new JsonObject
            {
                ["time"] = quarter.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                ["interval"] = 900,
            };
            foreach (var variable in current)
            {
                units[variable] = "°C";
                values[variable] = decimal.Round(State.TemperatureC, 1);
            }

            answer["current_units"] = units;
            answer["current"] = values;
        }

        return answer;
    }

    /// <summary>Open-Meteo's geocoding answer: a known city by its Russian or English name (case and ё
    /// ignored), else a generated place for a name of letters, spaces and hyphens; otherwise no
    /// <c>results</c> at all, as Open-Meteo answers when nothing matches.</summary>
    public JsonObject Search(string name, int count, string language)
    {
        var answer = new JsonObject();
        var query = Normalize(name);
        var russian = language == "ru";
        var city = Cities.FirstOrDefault(c => Normalize(c.NameRu) == query || Normalize(c.NameEn) == query);
        if (city is null && IsPlaceName(name))
        {
            city = Generate(name.Trim());
        }

        if (city is not null && count > 0)
        {
            answer["results"] = new JsonArray(new JsonObject
            {
                ["id"] = city.Id,
                ["name"] = russian ? city.NameRu : city.NameEn,
                ["latitude"] = city.Latitude,
                ["longitude"] = city.Longitude,
                ["elevation"] = city.Elevation,
                ["feature_code"] = "PPLA",
                ["country_code"] = city.CountryCode,
                ["timezone"] = city.TimeZone,
                ["population"] = city.Population,
                ["country"] = russian ? city.CountryRu : city.CountryEn,
            });
        }

        answer["generationtime_ms"] = 0.5;
        return answer;
    }

    /// <summary>At least two letters, and nothing but letters, spaces, hyphens and apostrophes.</summary>
    private static bool IsPlaceName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Count(char.IsLetter) >= 2 && trimmed.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'');
    }

    private static string Normalize(string name) =>
        name.Trim().ToLowerInvariant().Replace('ё', 'е');

    /// <summary>A stable place for any name (FNV-1a of the lower-cased name): the same name, the same place.</summary>
    private static SandboxCity Generate(string name)
    {
        var hash = 2166136261u;
        foreach (var c in Normalize(name))
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        var latitude = 40m + (hash % 25_000) / 1000m;
        var longitude = 20m + ((hash / 25_000) % 120_000) / 1000m;
        var display = char.ToUpperInvariant(name[0]) + name[1..];
        return new SandboxCity(
            10_000_000 + (hash % 1_000_000), display, display, latitude, longitude, 150, "RU", "Россия", "Russia", "Europe/Moscow", 10000);
    }
}

using System.Net;
using Bot.Features.Rewards;
using Bot.Features.Rewards.Walks.Weather;
using Bot.Features.Tests.Wallet;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Tests.Rewards.Walks.Weather;

/// <summary>The weather client against JSON in the format of Open-Meteo's documentation.</summary>
public sealed class OpenMeteoWeatherProviderTests
{
    private const string Moscow = """
        {
          "results": [
            {
              "id": 524901,
              "name": "Москва",
              "latitude": 55.75222,
              "longitude": 37.61556,
              "elevation": 144.0,
              "feature_code": "PPLC",
              "country_code": "RU",
              "admin1_id": 524894,
              "timezone": "Europe/Moscow",
              "population": 10381222,
              "country_id": 2017370,
              "country": "Россия",
              "admin1": "Москва"
            }
          ],
          "generationtime_ms": 0.9188938
        }
        """;

    private const string NoResults = """{"generationtime_ms":0.51903725}""";

    private const string Frost = """
        {
          "latitude": 55.75,
          "longitude": 37.625,
          "generationtime_ms": 0.0269412994384766,
          "utc_offset_seconds": 0,
          "timezone": "GMT",
          "timezone_abbreviation": "GMT",
          "elevation": 144.0,
          "current_units": { "time": "iso8601", "interval": "seconds", "temperature_2m": "°C" },
          "current": { "time": "2026-12-01T11:00", "interval": 900, "temperature_2m": -12.3 }
        }
        """;

    private const string ErrorBody = """{"error":true,"reason":"Latitude must be in range of -90 to 90°. Given: 91.0."}""";

    private static readonly WeatherLocation MoscowLocation = new("Москва", 55.75222m, 37.61556m, "Россия", "Europe/Moscow");

    internal static IWeatherProvider Create(HttpMessageHandler handler, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rewards:Weather:BaseUrl"] = "http://weather.test/v1/",
            ["Rewards:Weather:GeocodingUrl"] = "http://geo.test/v1",
            ["Rewards:Weather:RetryDelayMilliseconds"] = "1",
        }.Concat(settings ?? []).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRewards(configuration);
        services.AddHttpClient(OpenMeteoWeatherProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider().GetRequiredService<IWeatherProvider>();
    }

    [Fact]
    public async Task FindCity_AsksGeocodingForOneResultInTheLanguage_AndReadsTheFirst()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.OK, Moscow));
        var provider = Create(handler);

        var lookup = await provider.FindCityAsync("  Москва ", "ru-RU", CancellationToken.None);

        var found = Assert.IsType<CityLookup.Found>(lookup);
        Assert.Equal(MoscowLocation, found.Location);
        var (request, _) = Assert.Single(handler.Calls);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(
            "http://geo.test/v1/search?name=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&count=1&language=ru&format=json",
            request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task FindCity_AnswerWithoutResults_IsNotFound()
    {
        var provider = Create(new FakeHandler((_, _) => (HttpStatusCode.OK, NoResults)));

        var lookup = await provider.FindCityAsync("Qwzx", "en", CancellationToken.None);

        Assert.Equal(new CityLookup.NotFound("Qwzx"), lookup);
    }

    [Fact]
    public async Task FindCity_EmptyName_IsNotFoundWithoutACall()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.OK, Moscow));
        var provider = Create(handler);

        Assert.IsType<CityLookup.NotFound>(await provider.FindCityAsync("   ", "ru", CancellationToken.None));
        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task GetTemperature_AsksCurrentTemperature2mAtTheCoordinates_AndReadsItExactly()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.OK, Frost));
        var provider = Create(handler);

        var reading = await provider.GetTemperatureAsync(MoscowLocation, CancellationToken.None);

        Assert.Equal(new WeatherReading.Found(-12.3m, "2026-12-01T11:00"), reading);
        var (request, _) = Assert.Single(handler.Calls);
        Assert.Equal(
            "http://weather.test/v1/forecast?latitude=55.75222&longitude=37.61556&current=temperature_2m",
            request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task GetTemperatureByCity_GeocodesThenAsksTheForecast()
    {
        var handler = new FakeHandler((r, _) => (HttpStatusCode.OK, r.RequestUri!.Host == "geo.test" ? Moscow : Frost));
        var provider = Create(handler);

        var reading = await provider.GetTemperatureAsync("Москва", "ru", CancellationToken.None);

        Assert.Equal(-12.3m, Assert.IsType<WeatherReading.Found>(reading).TemperatureC);
        Assert.Equal(["geo.test", "weather.test"], handler.Calls.Select(c => c.Request.RequestUri!.Host));
    }

    [Fact]
    public async Task GetTemperatureByCity_UnknownCity_IsCityNotFoundWithoutAForecastCall()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.OK, NoResults));
        var provider = Create(handler);

        var reading = await provider.GetTemperatureAsync("Qwzx", "en", CancellationToken.None);

        Assert.Equal(new WeatherReading.CityNotFound("Qwzx"), reading);
        Assert.Single(handler.Calls);
    }

    [Fact]
    public async Task ErrorBody_IsUnavailableWithTheProvidersReason()
    {
        var provider = Create(new FakeHandler((_, _) => (HttpStatusCode.BadRequest, ErrorBody)));

        var reading = await provider.GetTemperatureAsync(MoscowLocation, CancellationToken.None);

        Assert.Equal(
            new WeatherReading.Unavailable("the provider answered 400: Latitude must be in range of -90 to 90°. Given: 91.0."),
            reading);
    }

    [Fact]
    public async Task ServerError_IsRetriedOnce_ThenUnavailable()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.ServiceUnavailable, """{"error":true,"reason":"Too many concurrent requests"}"""));
        var provider = Create(handler);

        var lookup = await provider.FindCityAsync("Москва", "ru", CancellationToken.None);

        Assert.Equal(new CityLookup.Unavailable("the provider answered 503: Too many concurrent requests"), lookup);
        Assert.Equal(2, handler.Calls.Count);
    }

    [Fact]
    public async Task ServerErrorWithoutJson_NoRetries_IsUnavailableWithTheStatusAfterOneCall()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.BadGateway, "<html>bad gateway</html>"));
        var provider = Create(handler, new() { ["Rewards:Weather:MaxRetries"] = "0" });

        Assert.Equal(
            new WeatherReading.Unavailable("the provider answered 502"),
            await provider.GetTemperatureAsync(MoscowLocation, CancellationToken.None));
        Assert.Single(handler.Calls);
    }

    [Fact]
    public async Task NoAnswerInTime_IsUnavailable()
    {
        var handler = new HungHandler();
        var provider = Create(handler, new()
        {
            ["Rewards:Weather:AttemptTimeoutMilliseconds"] = "50",
            ["Rewards:Weather:MaxRetries"] = "1",
        });

        var reading = await provider.GetTemperatureAsync(MoscowLocation, CancellationToken.None);

        Assert.Equal(new WeatherReading.Unavailable("the provider did not answer in time"), reading);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task ConnectionFailure_IsUnavailable()
    {
        var provider = Create(new FailingHandler(), new() { ["Rewards:Weather:MaxRetries"] = "0" });

        var lookup = await provider.FindCityAsync("Москва", "ru", CancellationToken.None);

        Assert.Equal(new CityLookup.Unavailable("the provider could not be reached: connection refused"), lookup);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"latitude":55.75}""")]
    [InlineData("""{"current":{"temperature_2m":"cold"}}""")]
    [InlineData("""{"current":{"temperature_2m":-12.3},"current_units":{"temperature_2m":"°F"}}""")]
    [InlineData("""{"current":{"temperature_2m":412.5}}""")]
    public async Task UnreadableForecast_IsUnavailable(string body)
    {
        var provider = Create(new FakeHandler((_, _) => (HttpStatusCode.OK, body)));

        var reading = await provider.GetTemperatureAsync(MoscowLocation, CancellationToken.None);

        Assert.IsType<WeatherReading.Unavailable>(reading);
    }

    [Fact]
    public async Task NullCurrentTemperature_IsUnavailable()
    {
        var provider = Create(new FakeHandler((_, _) => (HttpStatusCode.OK, """{"current":{"time":"2026-12-01T11:00","interval":900,"temperature_2m":null}}""")));

        Assert.Equal(
            new WeatherReading.Unavailable("the provider has no current temperature for this place"),
            await provider.GetTemperatureAsync(MoscowLocation, CancellationToken.None));
    }

    [Theory]
    [InlineData("""{"results":[{"name":"X","latitude":"55","longitude":37}]}""")]
    [InlineData("""{"results":[{"name":"X","latitude":95,"longitude":37}]}""")]
    [InlineData("""{"results":[null]}""")]
    public async Task UnreadableGeocoding_IsUnavailable(string body)
    {
        var provider = Create(new FakeHandler((_, _) => (HttpStatusCode.OK, body)));

        Assert.IsType<CityLookup.Unavailable>(await provider.FindCityAsync("X", "en", CancellationToken.None));
    }

    [Fact]
    public async Task EmptyBaseUrl_MeansNoProvider_AndMakesNoCall()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.OK, Frost));
        var provider = Create(handler, new() { ["Rewards:Weather:BaseUrl"] = "" });

        Assert.False(provider.IsConfigured);
        Assert.Equal(new CityLookup.Unavailable(OpenMeteoWeatherProvider.NotConfiguredReason), await provider.FindCityAsync("Москва", "ru", CancellationToken.None));
        Assert.Equal(new WeatherReading.Unavailable(OpenMeteoWeatherProvider.NotConfiguredReason), await provider.GetTemperatureAsync(MoscowLocation, CancellationToken.None));
        Assert.Empty(handler.Calls);
    }

    [Fact]
    public void Defaults_AreOpenMetosPublicApis()
    {
        var options = new WeatherOptions();

        Assert.Equal("https://api.open-meteo.com/v1", options.BaseUrl);
        Assert.Equal("https://geocoding-api.open-meteo.com/v1", options.GeocodingUrl);
        Assert.True(options.IsConfigured);
    }

    [Fact]
    public async Task CallersCancellation_IsNotHidden()
    {
        var provider = Create(new HungHandler());
        using var cts = new CancellationTokenSource();
        var call = provider.GetTemperatureAsync(MoscowLocation, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("en-US", "en")]
    [InlineData("RU_ru", "ru")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    [InlineData("1x", "en")]
    public void Language_IsALowerCasedCode(string? given, string expected) =>
        Assert.Equal(expected, OpenMeteoWeatherProvider.Language(given));

    /// <summary>Never answers: waits until the call is cancelled (by the attempt timeout or the caller).</summary>
    private sealed class HungHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class FailingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("connection refused");
    }
}

using System.Net.Http.Json;
using Bot.Emulator;
using Bot.Features.Rewards;
using Bot.Features.Rewards.Walks.Weather;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Tests.Rewards.Walks.Weather;

/// <summary>The real client (real HTTP, the resilience handler) against the emulator's Open-Meteo
/// sandbox hosted in-process on a free port, as the local host wires them.</summary>
public sealed class OpenMeteoSandboxTests : IAsyncLifetime
{
    private WebApplication _emulator = null!;
    private HttpClient _control = null!;
    private IWeatherProvider _provider = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddTelegramEmulator();
        _emulator = builder.Build();
        _emulator.MapTelegramEmulator();
        await _emulator.StartAsync();
        var url = _emulator.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        _control = new HttpClient { BaseAddress = new Uri(url) };

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rewards:Weather:BaseUrl"] = url + "/emulator/open-meteo/v1",
            ["Rewards:Weather:GeocodingUrl"] = url + "/emulator/open-meteo/geocoding/v1",
            ["Rewards:Weather:RetryDelayMilliseconds"] = "1",
            // A cold in-process host on a busy machine can take seconds to answer its first call.
            ["Rewards:Weather:AttemptTimeoutMilliseconds"] = "30000",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRewards(configuration);
        _provider = services.BuildServiceProvider().GetRequiredService<IWeatherProvider>();
    }

    public async Task DisposeAsync()
    {
        _control.Dispose();
        await _emulator.StopAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task KnownCity_ThenTheTemperatureSetInTheSandbox()
    {
        await SetAsync(new { temperatureC = -12.3m });

        var city = Assert.IsType<CityLookup.Found>(await _provider.FindCityAsync("москва", "ru", CancellationToken.None));
        var reading = await _provider.GetTemperatureAsync(city.Location, CancellationToken.None);

        Assert.Equal("Москва", city.Location.Name);
        Assert.Equal("Europe/Moscow", city.Location.TimeZone);
        Assert.Equal(-12.3m, Assert.IsType<WeatherReading.Found>(reading).TemperatureC);
    }

    [Fact]
    public async Task EnglishName_ByCityInOneCall()
    {
        await SetAsync(new { temperatureC = 31 });

        var reading = await _provider.GetTemperatureAsync("Saint Petersburg", "en", CancellationToken.None);

        Assert.Equal(31m, Assert.IsType<WeatherReading.Found>(reading).TemperatureC);
    }

    [Fact]
    public async Task NameThatIsNoPlace_IsCityNotFound()
    {
        Assert.Equal(new CityLookup.NotFound("Qwz123"), await _provider.FindCityAsync("Qwz123", "ru", CancellationToken.None));
        Assert.Equal(new WeatherReading.CityNotFound("Qwz123"), await _provider.GetTemperatureAsync("Qwz123", "ru", CancellationToken.None));
    }

    [Fact]
    public async Task SandboxDown_IsUnavailable_ThenBackUp()
    {
        var lookup = await _provider.FindCityAsync("Казань", "ru", CancellationToken.None);
        var city = Assert.IsType<CityLookup.Found>(lookup);
        await SetAsync(new { down = true });

        Assert.Equal(
            new WeatherReading.Unavailable("the provider answered 503: The weather service is unavailable (sandbox outage)"),
            await _provider.GetTemperatureAsync(city.Location, CancellationToken.None));
        Assert.IsType<CityLookup.Unavailable>(await _provider.FindCityAsync("Казань", "ru", CancellationToken.None));

        await SetAsync(new { down = false, temperatureC = -5 });
        Assert.Equal(-5m, Assert.IsType<WeatherReading.Found>(await _provider.GetTemperatureAsync(city.Location, CancellationToken.None)).TemperatureC);
    }

    private async Task SetAsync(object body)
    {
        using var response = await _control.PostAsJsonAsync("/emulator/weather", body);
        response.EnsureSuccessStatusCode();
    }
}

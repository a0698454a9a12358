using System.Net;

namespace Bot.Emulator.Tests.Weather;

/// <summary>The weather sandbox answers Open-Meteo's forecast and geocoding JSON, and its controls.</summary>
public sealed class WeatherSandboxTests : IAsyncLifetime
{
    private const string Forecast = "/emulator/open-meteo/v1/forecast";
    private const string Search = "/emulator/open-meteo/geocoding/v1/search";
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Forecast_AnswersTheTemperatureSetThroughTheControl()
    {
        var set = await _app.PostAsync("/emulator/weather", new { temperatureC = -12.3m });
        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal(-12.3m, set.Body!["temperatureC"]!.GetValue<decimal>());
        Assert.False(set.Body["down"]!.GetValue<bool>());

        var answer = await _app.GetAsync($"{Forecast}?latitude=55.75222&longitude=37.61556&current=temperature_2m");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var json = answer.Body!;
        Assert.Equal(55.752m, json["latitude"]!.GetValue<decimal>());
        Assert.Equal(37.616m, json["longitude"]!.GetValue<decimal>());
        Assert.Equal("GMT", json["timezone"]!.GetValue<string>());
        Assert.Equal("°C", json["current_units"]!["temperature_2m"]!.GetValue<string>());
        Assert.Equal("iso8601", json["current_units"]!["time"]!.GetValue<string>());
        Assert.Equal(-12.3m, json["current"]!["temperature_2m"]!.GetValue<decimal>());
        Assert.Equal(900, json["current"]!["interval"]!.GetValue<int>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:(00|15|30|45)$", json["current"]!["time"]!.GetValue<string>());
    }

    [Fact]
    public async Task Forecast_DefaultTemperatureIsFifteen()
    {
        var answer = await _app.GetAsync($"{Forecast}?latitude=1&longitude=2&current=temperature_2m");

        Assert.Equal(15m, answer.Body!["current"]!["temperature_2m"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Forecast_WithoutCurrent_HasNoCurrentBlock()
    {
        var answer = await _app.GetAsync($"{Forecast}?latitude=1&longitude=2");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Body!["current"]);
    }

    [Theory]
    [InlineData("longitude=37", "Value of type 'Float' required for key 'latitude'.")]
    [InlineData("latitude=91&longitude=37", "Latitude must be in range of -90 to 90°. Given: 91.")]
    [InlineData("latitude=55&longitude=-181", "Longitude must be in range of -180 to 180°. Given: -181.")]
    [InlineData("latitude=55&longitude=37&current=snowfall", "Cannot initialize ForecastVariable from invalid String value snowfall for key current (the sandbox knows temperature_2m only)")]
    [InlineData("latitude=55&longitude=37&current=temperature_2m&temperature_unit=fahrenheit", "Cannot initialize TemperatureUnit from invalid String value fahrenheit for key temperature_unit (the sandbox answers celsius only)")]
    public async Task Forecast_BadParameters_AnswerOpenMeteosErrorBody(string query, string reason)
    {
        var answer = await _app.GetAsync($"{Forecast}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.True(answer.Body!["error"]!.GetValue<bool>());
        Assert.Equal(reason, answer.Body["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Москва", "ru", "Москва", "Россия")]
    [InlineData("moscow", "ru", "Москва", "Россия")]
    [InlineData("МОСКВА", "en", "Moscow", "Russia")]
    [InlineData("  Санкт-Петербург ", "en", "Saint Petersburg", "Russia")]
    public async Task Search_KnownCity_AnswersItInTheRequestedLanguage(string name, string language, string expected, string country)
    {
        var answer = await _app.GetAsync($"{Search}?name={Uri.EscapeDataString(name)}&count=1&language={language}&format=json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var result = Assert.Single(answer.Body!["results"]!.AsArray())!;
        Assert.Equal(expected, result["name"]!.GetValue<string>());
        Assert.Equal(country, result["country"]!.GetValue<string>());
        Assert.Equal("Europe/Moscow", result["timezone"]!.GetValue<string>());
        Assert.InRange(result["latitude"]!.GetValue<decimal>(), 55m, 60m);
    }

    [Fact]
    public async Task Search_AnyOtherNameOfLetters_IsAStableGeneratedPlace()
    {
        var first = await _app.GetAsync($"{Search}?name={Uri.EscapeDataString("тверь")}&count=1&language=ru");
        var second = await _app.GetAsync($"{Search}?name={Uri.EscapeDataString("Тверь")}&count=1&language=ru");

        var a = Assert.Single(first.Body!["results"]!.AsArray())!;
        var b = Assert.Single(second.Body!["results"]!.AsArray())!;
        Assert.Equal("Тверь", a["name"]!.GetValue<string>());
        Assert.Equal(a["latitude"]!.GetValue<decimal>(), b["latitude"]!.GetValue<decimal>());
        Assert.Equal(a["longitude"]!.GetValue<decimal>(), b["longitude"]!.GetValue<decimal>());
        Assert.InRange(a["latitude"]!.GetValue<decimal>(), -90m, 90m);
        Assert.InRange(a["longitude"]!.GetValue<decimal>(), -180m, 180m);
    }

    [Theory]
    [InlineData("Qwz123")]
    [InlineData("!!!")]
    [InlineData("x")]
    [InlineData("")]
    public async Task Search_NameThatIsNoPlace_AnswersWithoutResults(string name)
    {
        var answer = await _app.GetAsync($"{Search}?name={Uri.EscapeDataString(name)}&count=1&language=en&format=json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Body!["results"]);
        Assert.NotNull(answer.Body["generationtime_ms"]);
    }

    [Theory]
    [InlineData("count=1", "Value of type 'String' required for key 'name'.")]
    [InlineData("name=Moscow&count=0", "Parameter count must be between 1 and 100. Given: 0.")]
    [InlineData("name=Moscow&format=protobuf", "Cannot initialize Format from invalid String value protobuf for key format (the sandbox answers json only)")]
    public async Task Search_BadParameters_AnswerOpenMeteosErrorBody(string query, string reason)
    {
        var answer = await _app.GetAsync($"{Search}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.True(answer.Body!["error"]!.GetValue<bool>());
        Assert.Equal(reason, answer.Body["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Down_EveryOpenMeteoCallFailsWithTheErrorBody_UntilUp()
    {
        var down = await _app.PostAsync("/emulator/weather", new { down = true });
        Assert.Equal(HttpStatusCode.OK, down.Status);
        Assert.True(down.Body!["down"]!.GetValue<bool>());
        Assert.Equal(503, down.Body["statusCode"]!.GetValue<int>());

        var forecast = await _app.GetAsync($"{Forecast}?latitude=1&longitude=2&current=temperature_2m");
        var search = await _app.GetAsync($"{Search}?name=Moscow");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, forecast.Status);
        Assert.True(forecast.Body!["error"]!.GetValue<bool>());
        Assert.Equal("The weather service is unavailable (sandbox outage)", forecast.Body["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.Status);

        await _app.PostAsync("/emulator/weather", new { down = true, statusCode = 500 });
        Assert.Equal(HttpStatusCode.InternalServerError, (await _app.GetAsync($"{Search}?name=Moscow")).Status);

        var up = await _app.PostAsync("/emulator/weather", new { down = false });
        Assert.False(up.Body!["down"]!.GetValue<bool>());
        Assert.Null(up.Body["statusCode"]);
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync($"{Search}?name=Moscow")).Status);
    }

    [Fact]
    public async Task State_IsReadable()
    {
        await _app.PostAsync("/emulator/weather", new { temperatureC = "-30.5" });

        var state = await _app.GetAsync("/emulator/weather");

        Assert.Equal(-30.5m, state.Body!["temperatureC"]!.GetValue<decimal>());
        Assert.False(state.Body["down"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("{}", "say what to change")]
    [InlineData("""{"temperatureC":"cold"}""", "temperatureC must be a number")]
    [InlineData("""{"temperatureC":-150}""", "temperatureC must be between -100 and 100")]
    [InlineData("""{"down":"yes"}""", "down must be true or false")]
    [InlineData("""{"statusCode":500}""", "statusCode goes with \"down\":true")]
    [InlineData("""{"down":true,"statusCode":200}""", "statusCode must be an error status (400-599)")]
    [InlineData("[1]", "the body must be a JSON object")]
    public async Task Control_BadInput_Answers400WithTheReason(string body, string reason)
    {
        var answer = await _app.PostAsync("/emulator/weather", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith(reason, answer.Body!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        var state = await _app.GetAsync("/emulator/weather");
        Assert.Equal(15m, state.Body!["temperatureC"]!.GetValue<decimal>());
        Assert.False(state.Body["down"]!.GetValue<bool>());
    }
}

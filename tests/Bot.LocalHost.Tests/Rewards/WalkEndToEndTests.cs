using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Rewards;

/// <summary>Walks end to end: the emulator's chat and its Open-Meteo sandbox.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class WalkEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await RewardsHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Walk_in_frost_shows_the_coefficient_and_the_calculation()
    {
        const long user = 12001;
        await _host.WeatherAsync(new { temperatureC = -12, down = false });
        await _host.SayAsync(user, "/walk");
        Assert.Equal("Как вы хотите пройти прогулку: для себя или для семьи?", await _host.LastAsync(user));

        await _host.TapAsync(user, "Для себя");
        Assert.StartsWith("В каком городе вы гуляете?", await _host.LastAsync(user), StringComparison.Ordinal);
        await _host.SayAsync(user, "Москва");
        var started = await _host.LastAsync(user);
        Assert.Contains("Температура: -12 °C (коэффициент 1.5)", started, StringComparison.Ordinal);

        await _host.FinishWalkAsync(user, 8000);

        Assert.Equal(
            "Прогулка засчитана!\nШаги: 8000\nТемпература: -12 °C\nКоэффициент: 1.5\nБаллы: 8000 / 1000 × 10 × 1.5 = 120\nВаш баланс: 120 баллов.",
            await _host.LastAsync(user));
        Assert.Equal(120m, await _host.PointsAsync(user));

        // The city is asked once: the next walk goes straight to the temperature.
        await _host.SayAsync(user, "/walk");
        await _host.TapAsync(user, "Для себя");
        Assert.Single(await _host.TextsAsync(user), t => t.StartsWith("В каком городе", StringComparison.Ordinal));
        Assert.Contains("Температура: -12 °C", await _host.LastAsync(user), StringComparison.Ordinal);
    }

    [Fact]
    public async Task City_can_be_changed_from_the_walk_choice()
    {
        const long user = 12005;
        await _host.WeatherAsync(new { temperatureC = 3, down = false });
        await _host.StartWalkAsync(user);
        await _host.FinishWalkAsync(user, 1000);

        await _host.SayAsync(user, "/walk");
        await _host.TapAsync(user, "Сменить город");
        Assert.StartsWith("В каком городе вы гуляете?", await _host.LastAsync(user), StringComparison.Ordinal);
        await _host.SayAsync(user, "Казань");

        Assert.Equal("Город сохранён: Казань.", await _host.LastAsync(user));
    }

    [Fact]
    public async Task Weather_sandbox_down_the_user_is_asked_for_the_temperature()
    {
        const long user = 12002;
        await _host.WeatherAsync(new { down = true });
        try
        {
            await _host.StartWalkAsync(user);
            var asked = await _host.LastAsync(user);
            Assert.Contains("Сервис погоды сейчас недоступен, поэтому температуру спрошу у вас.", asked, StringComparison.Ordinal);
            Assert.Contains("Напишите, сколько сейчас градусов на улице", asked, StringComparison.Ordinal);

            await _host.SayAsync(user, "холодно");
            Assert.StartsWith("Температура — это число градусов", await _host.LastAsync(user), StringComparison.Ordinal);
            await _host.SayAsync(user, "-5");
            Assert.Equal("Температура -5 °C (коэффициент 1.2). Нажмите «Завершить прогулку», когда вернётесь.", await _host.LastAsync(user));

            await _host.FinishWalkAsync(user, 5000);
            Assert.Contains("Баллы: 5000 / 1000 × 10 × 1.2 = 60", await _host.LastAsync(user), StringComparison.Ordinal);
            Assert.Equal(60m, await _host.PointsAsync(user));
        }
        finally
        {
            await _host.WeatherAsync(new { down = false });
        }
    }

    [Fact]
    public async Task Walk_finished_twice_credits_once()
    {
        const long user = 12003;
        await _host.WeatherAsync(new { temperatureC = 15, down = false });
        await _host.StartWalkAsync(user);
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(20));

        // Double press of the finish button: the second finds the dialog moved on.
        await _host.PressAsync(user, "Завершить прогулку");
        await _host.PressAsync(user, "Завершить прогулку");
        await _host.SettleAsync();
        await _host.SayAsync(user, "4000");
        await _host.SayAsync(user, "4000");

        Assert.Equal(40m, await _host.PointsAsync(user));
        Assert.Single(await _host.TextsAsync(user), t => t.StartsWith("Прогулка засчитана!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Walk_shorter_than_a_minute_and_steps_over_the_daily_max_are_refused_with_the_reason()
    {
        const long user = 12004;
        await _host.WeatherAsync(new { temperatureC = 15, down = false });
        await _host.StartWalkAsync(user);
        await _host.TapAsync(user, "Завершить прогулку");
        Assert.Equal("Прогулка не засчитана: она длилась меньше минуты.", await _host.LastAsync(user));

        await _host.StartWalkAsync(user);
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(10));
        await _host.TapAsync(user, "Завершить прогулку");
        await _host.SayAsync(user, "12.5");
        Assert.Equal("Шаги — это целое число, например 8500. Напишите ещё раз.", await _host.LastAsync(user));
        await _host.SayAsync(user, "40000");
        Assert.Equal("За день можно засчитать не больше 30000 шагов; сегодня осталось 30000. Напишите число не больше 30000.", await _host.LastAsync(user));
        Assert.Equal(0m, await _host.PointsAsync(user));
    }
}

using System.Net;
using System.Net.Http.Json;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests.Helpdesk;

/// <summary>Seed 003 end to end through the emulator: a client, two contractors, a manager and the owner.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class HelpdeskEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const long Client = 701;
    private const long Assigned = 702;
    private const long Other = 703;
    private const long Manager = 704;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HelpdeskHost.StartAsync(azurite.ConnectionString);
        await _host.UsersAsync((HelpdeskHost.Owner, "Olga"), (Client, "Anna"), (Assigned, "Ivan"), (Other, "Petr"), (Manager, "Maria"));
        await _host.TariffAsync("basic", orders: 2, reaction: 60, resolution: 240, assignedOnly: true);
        await _host.GrantAsync(Assigned, "contractor");
        await _host.GrantAsync(Other, "contractor");
        await _host.GrantAsync(Manager, "manager");
        await _host.GrantAsync(Client, "client", "basic", [Assigned]);
        await _host.SettleAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_whole_life_of_an_order_with_every_threshold_once()
    {
        var order = await _host.NewOrderAsync(Client, "Не печатает принтер");
        Assert.Equal($"Заказ #{order} создан. Время реакции по тарифу: 60 мин. Осталось заказов в этом периоде: 1 из 2.", (await _host.TextsAsync(Client))[^1]);

        // The assigned contractor at once; the other one not yet.
        var offer = await _host.WaitForAsync(Assigned, t => t.StartsWith($"Новый заказ #{order}", StringComparison.Ordinal));
        Assert.StartsWith($"Новый заказ #{order} от Anna:\nНе печатает принтер", offer.Text, StringComparison.Ordinal);
        Assert.Equal(["Взять"], offer.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
        Assert.DoesNotContain(await _host.TextsAsync(Other), t => t.Contains(order, StringComparison.Ordinal));

        // 20 % of the reaction time (12 of 60 minutes): everyone is told, once however often the timer runs.
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(11));
        await _host.SlaAsync();
        Assert.DoesNotContain(await _host.TextsAsync(Other), t => t.Contains(order, StringComparison.Ordinal));
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(2));
        await _host.SlaAsync();
        await _host.SlaAsync();
        await _host.WaitForAsync(Other, t => t.StartsWith($"Новый заказ #{order}", StringComparison.Ordinal));
        Assert.Single(await _host.TextsAsync(Other), t => t.StartsWith($"Новый заказ #{order}", StringComparison.Ordinal));
        Assert.Single(await _host.TextsAsync(Assigned), t => t.StartsWith($"Новый заказ #{order}", StringComparison.Ordinal));

        // 95 % of the reaction time, not taken: the manager hears it once, even when the timer runs late and twice.
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(50));
        await _host.SlaAsync();
        await _host.SlaAsync();
        Assert.Single(await _host.TextsAsync(Manager), t => t.StartsWith($"Заказ #{order} от Anna не взят в работу: прошло 95% времени реакции", StringComparison.Ordinal));

        // Both contractors press «Взять» together: one winner, the other told in the chat, every copy edited.
        await Task.WhenAll(_host.PressAsync(Assigned, "Взять"), _host.PressAsync(Other, "Взять"));
        await _host.SettleAsync();
        var assignedChat = await _host.BotMessagesAsync(Assigned);
        var otherChat = await _host.BotMessagesAsync(Other);
        var won = new[] { (Id: Assigned, Chat: assignedChat), (Id: Other, Chat: otherChat) }
            .Where(c => c.Chat.Any(m => m.Text!.StartsWith($"Вы взяли заказ #{order}", StringComparison.Ordinal))).ToArray();
        var winner = Assert.Single(won);
        var loser = winner.Id == Assigned ? (Id: Other, Chat: otherChat) : (Id: Assigned, Chat: assignedChat);
        var winnerName = winner.Id == Assigned ? "Ivan" : "Petr";
        Assert.Equal($"Заказ #{order} уже взял другой подрядчик.", loser.Chat[^1].Text);
        var loserCopy = loser.Chat.Single(m => m.Text == $"Заказ #{order} взял в работу {winnerName}.");
        Assert.True(loserCopy.Edited);
        Assert.Empty(loserCopy.InlineKeyboard);
        var took = winner.Chat.Single(m => m.Text!.StartsWith($"Вы взяли заказ #{order}", StringComparison.Ordinal));
        Assert.Equal(["Готово"], took.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
        Assert.Contains($"Ваш заказ #{order} взял в работу {winnerName}.", await _host.TextsAsync(Client));

        // 95 % of the resolution time from taking (228 of 240 minutes): the manager once more, once.
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(227));
        await _host.SlaAsync();
        Assert.DoesNotContain(await _host.TextsAsync(Manager), t => t.Contains("не выполнен", StringComparison.Ordinal));
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(2));
        await _host.SlaAsync();
        await _host.SlaAsync();
        Assert.Single(await _host.TextsAsync(Manager), t => t.StartsWith($"Заказ #{order} у {winnerName} не выполнен: прошло 95%", StringComparison.Ordinal));

        // /free_contractors: the loser has nothing in work.
        await _host.SendAsync(Manager, "/free_contractors");
        await _host.SettleAsync();
        var free = (await _host.TextsAsync(Manager))[^1];
        Assert.StartsWith("Подрядчики без заказов в работе:", free, StringComparison.Ordinal);
        Assert.Contains($"id={loser.Id}", free, StringComparison.Ordinal);
        Assert.DoesNotContain($"id={winner.Id}", free, StringComparison.Ordinal);

        // «Готово», the client rates 5.
        await _host.PressAsync(winner.Id, "Готово");
        await _host.SettleAsync();
        Assert.Equal($"Заказ #{order} выполнен. Ставка: 500 ₽.", (await _host.TextsAsync(winner.Id))[^1]);
        var done = (await _host.BotMessagesAsync(Client))[^1];
        Assert.Equal($"Ваш заказ #{order} выполнен. Оцените работу от 1 до 5.", done.Text);
        await _host.PressAsync(Client, "5");
        await _host.SettleAsync();
        Assert.Equal($"Спасибо! Оценка 5 для заказа #{order} сохранена.", (await _host.TextsAsync(Client))[^1]);

        // Nothing more after it is done, however often the timer runs.
        var managerCount = (await _host.TextsAsync(Manager)).Count;
        await _host.AdvanceClockAsync(TimeSpan.FromHours(10));
        await _host.SlaAsync();
        Assert.Equal(managerCount, (await _host.TextsAsync(Manager)).Count);

        // The export has it.
        var orders = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/helpdesk/orders?format=json");
        var row = orders.AsArray().Single(o => o!["orderId"]!.GetValue<string>() == order)!;
        Assert.Equal("done", row["status"]!.GetValue<string>());
        Assert.Equal(winner.Id, row["contractorId"]!.GetValue<long>());
        Assert.Equal(5, row["rating"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_limit_refuses_with_the_renewal_date_and_starts_over_on_the_billing_day()
    {
        await _host.AdminJsonAsync(HttpMethod.Put, "/api/admin/helpdesk/settings", """{"BILLING_DAY":1}""");
        await _host.NewOrderAsync(Client, "Первый");
        await _host.NewOrderAsync(Client, "Второй");
        await _host.SendAsync(Client, "/new_order");
        await _host.SettleAsync();
        var now = DateTimeOffset.Parse((await _host.Http.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/emulator/clock"))!["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var next = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
        Assert.Equal(
            $"Лимит заказов по вашему тарифу «Тариф basic» исчерпан: 2 в расчётный период. Новый период начнётся {next:dd.MM.yyyy HH:mm}.",
            (await _host.TextsAsync(Client))[^1]);

        await _host.AdvanceClockAsync(next - now + TimeSpan.FromMinutes(1));
        await _host.BillingDayAsync();
        await _host.BillingDayAsync();
        Assert.Single(await _host.TextsAsync(Client), t => t.StartsWith("Начался новый расчётный период: по тарифу «Тариф basic» доступно 2 заказов", StringComparison.Ordinal));
        // Told through one paced fan-out of notices for the period, which both runs share.
        var told = await _host.Services.GetRequiredService<Bot.Engine.FanOuts.FanOut>().ProgressAsync(
            "billing-" + next.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        Assert.Equal((false, "done"), (told!.CountsOutcomes, told.Status));
        var order = await _host.NewOrderAsync(Client, "Третий, уже в новом периоде");
        Assert.EndsWith("Осталось заказов в этом периоде: 1 из 2.", (await _host.TextsAsync(Client))[^1], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(order));
    }

    [Fact]
    public async Task Settings_out_of_range_are_refused_naming_the_setting_and_the_range()
    {
        foreach (var (body, expected) in new (string Body, string Error)[]
        {
            ("""{"ASSIGNED_CONTRACTORS_TIME_LIMIT":0}""", "ASSIGNED_CONTRACTORS_TIME_LIMIT must be a whole number from 1 to 100"),
            ("""{"INFORM_MANAGER_IN_WORK_PROJECT_LIMIT":101}""", "INFORM_MANAGER_IN_WORK_PROJECT_LIMIT must be a whole number from 1 to 100"),
            ("""{"INFORM_MANAGER_CREATED_PROJECT_LIMIT":50.5}""", "INFORM_MANAGER_CREATED_PROJECT_LIMIT must be a whole number from 1 to 100"),
            ("""{"BILLING_DAY":29}""", "BILLING_DAY must be a whole number from 1 to 28"),
            ("""{"ORDER_RATE":-1}""", "ORDER_RATE must be a whole number of at least 0"),
        })
        {
            using var response = await _host.AdminAsync(HttpMethod.Put, "/api/admin/helpdesk/settings", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(expected, System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
        }

        using (var unknown = await _host.AdminAsync(HttpMethod.Put, "/api/admin/helpdesk/settings", """{"ORDER_RATES":1}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        }

        var changed = await _host.AdminJsonAsync(HttpMethod.Put, "/api/admin/helpdesk/settings", """{"ORDER_RATE":700,"BILLING_DAY":28}""");
        Assert.Equal(700, changed["ORDER_RATE"]!.GetValue<int>());
        var read = await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/helpdesk/settings");
        Assert.Equal("""{"ASSIGNED_CONTRACTORS_TIME_LIMIT":20,"INFORM_MANAGER_IN_WORK_PROJECT_LIMIT":95,"INFORM_MANAGER_CREATED_PROJECT_LIMIT":95,"BILLING_DAY":28,"ORDER_RATE":700}""", read.ToJsonString());
    }

    [Fact]
    public async Task The_owner_adds_a_client_in_the_bot_and_other_roles_do_not_see_owner_commands()
    {
        const long newcomer = 705;
        await _host.UsersAsync((newcomer, "Nina"));
        await _host.SendAsync(Client, "/add_user");
        await _host.SettleAsync();
        Assert.DoesNotContain(await _host.TextsAsync(Client), t => t.StartsWith("Пришлите Telegram id", StringComparison.Ordinal));

        await _host.SendAsync(HelpdeskHost.Owner, "/add_user");
        await _host.SettleAsync();
        Assert.Equal("Пришлите Telegram id пользователя или поделитесь его контактом.", (await _host.TextsAsync(HelpdeskHost.Owner))[^1]);
        await _host.SendAsync(HelpdeskHost.Owner, "не число");
        await _host.SettleAsync();
        Assert.StartsWith("Не удалось распознать пользователя.", (await _host.TextsAsync(HelpdeskHost.Owner))[^1], StringComparison.Ordinal);
        await _host.SendAsync(HelpdeskHost.Owner, newcomer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await _host.SettleAsync();
        await _host.PressAsync(HelpdeskHost.Owner, "клиент");
        await _host.SettleAsync();
        await _host.PressAsync(HelpdeskHost.Owner, "Тариф basic");
        await _host.SettleAsync();
        Assert.Equal($"Пользователю {newcomer} выдана роль: клиент.", (await _host.TextsAsync(HelpdeskHost.Owner))[^1]);
        Assert.Equal("Вам выдана роль: клиент.", (await _host.TextsAsync(newcomer))[^1]);

        await _host.NewOrderAsync(newcomer, "Не работает почта");
        // No assigned contractors: every contractor at once.
        await _host.WaitForAsync(Other, t => t.Contains("Не работает почта", StringComparison.Ordinal));
        await _host.WaitForAsync(Assigned, t => t.Contains("Не работает почта", StringComparison.Ordinal));
        Assert.Contains(await _host.TextsAsync(Other), t => t.Contains("Не работает почта", StringComparison.Ordinal));
        Assert.Contains(await _host.TextsAsync(Assigned), t => t.Contains("Не работает почта", StringComparison.Ordinal));
    }
}

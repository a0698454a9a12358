using System.Net;
using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;
using static Bot.LocalHost.Tests.Broadcasts.BroadcastScript;

namespace Bot.LocalHost.Tests.Broadcasts;

/// <summary>Broadcasts end to end: the admin API of the local host, the engine's paced fan-out, the emulator
/// as Telegram with its rate limit.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class BroadcastTests(AzuriteFixture azurite)
{
    private const string Text = "<b>Новогодняя</b> распродажа: скидки до 50% &amp; подарки";

    private static Dictionary<string, string?> Settings(int perSecond) => new()
    {
        ["Broadcasts:PerSecond"] = perSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["BroadcastsSchedule"] = TestHost.Never,
    };

    /// <summary>The one long case (≥ 80 s at the default 25/s).</summary>
    [Fact]
    public async Task Two_thousand_users_under_a_30_per_second_limit_each_get_it_once_and_the_counts_add_up()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, Settings(25));
        var users = Enumerable.Range(200_000, 2_000).Select(i => (long)i).ToArray();
        await SeedUsersAsync(host, users);
        var knownUnreachable = users.Take(10).ToArray();
        var adminBlocked = users.Skip(10).Take(10).ToArray();
        var blockDuring = users.TakeLast(10).ToArray();
        foreach (var user in knownUnreachable)
        {
            await BlockBotAsync(host, user);
        }

        foreach (var user in adminBlocked)
        {
            (await AdminAsync(host, HttpMethod.Post, $"/api/admin/users/{user}/block")).EnsureSuccessStatusCode();
        }

        await SettleAsync(host);
        (await host.Http.DeleteAsync("/emulator/calls")).EnsureSuccessStatusCode();
        await LimitAsync(host, 30);

        var id = await CreateAsync(host, new
        {
            text = Text,
            buttons = new[] { new[] { new { text = "Каталог", url = "https://example.org/catalog" } } },
        });
        var started = await GetAsync(host, id);
        Assert.Equal(2_000, Int(started, "total"));
        foreach (var user in blockDuring)
        {
            await BlockBotAsync(host, user);
        }

        // A user who writes during the broadcast is answered (how fast is the benchmark's to measure).
        var writer = users[1_500];
        await host.SendAsync(writer, "/help", "Writer");

        var done = await WaitAsync(host, id, v => v["status"]!.GetValue<string>() != "sending", seconds: 240);
        await SettleAsync(host);

        Assert.Equal("done", done["status"]!.GetValue<string>());
        Assert.Equal((2_000, 1_970, 0, 20, 10, 0),
            (Int(done, "total"), Int(done, "sent"), Int(done, "failed"), Int(done, "unreachable"), Int(done, "skipped"), Int(done, "pending")));
        Assert.NotNull(done["finishedAt"]);
        var calls = (await host.CallsAsync()).Select(c => c!).Where(c => c["method"]!.GetValue<string>() == "sendMessage").ToList();
        var okPerChat = calls.Where(c => c["ok"]!.GetValue<bool>()).GroupBy(c => c["chatId"]!.GetValue<long>()).ToDictionary(g => g.Key, g => g.Count());
        var reached = users.Except(knownUnreachable).Except(adminBlocked).Except(blockDuring).ToList();
        Assert.All(reached.Where(u => u != writer), u => Assert.Equal(1, okPerChat.GetValueOrDefault(u)));
        Assert.All(knownUnreachable.Concat(adminBlocked).Concat(blockDuring), u => Assert.False(okPerChat.ContainsKey(u), $"user {u} got a message"));

        // Every 429 was retried: each refused chat got its message afterwards.
        var refused = calls.Where(c => c["errorCode"]?.GetValue<int?>() == 429).Select(c => c["chatId"]!.GetValue<long>()).Distinct().ToList();
        Assert.All(refused, u => Assert.True(okPerChat.GetValueOrDefault(u) >= 1, $"user {u} was refused with 429 and never sent to"));

        var sample = await host.BotMessagesAsync(reached[777]);
        var line = Assert.Single(sample, m => m.Text == Text);
        Assert.Equal("https://example.org/catalog", line.InlineKeyboard[0][0].Url);
        var writerChat = await host.BotMessagesAsync(writer);
        Assert.Single(writerChat, m => m.Text == Text);
        Assert.True(writerChat.Count(m => m.Text != Text) >= 2, "the writer's /help was not answered");
    }

    [Fact]
    public async Task A_cancel_mid_way_stops_the_rest_and_what_was_sent_is_counted()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, Settings(40));
        var users = Enumerable.Range(210_000, 300).Select(i => (long)i).ToArray();
        await SeedUsersAsync(host, users, "en");
        (await host.Http.DeleteAsync("/emulator/calls")).EnsureSuccessStatusCode();

        var id = await CreateAsync(host, new { text = "<i>flash sale</i>", segment = "locale:en" });
        await WaitAsync(host, id, v => Int(v, "sent") >= 40, seconds: 60);
        var cancel = await JsonAsync(await AdminAsync(host, HttpMethod.Delete, "/api/admin/broadcasts/" + id), HttpStatusCode.OK);
        Assert.Equal("cancelled", cancel["status"]!.GetValue<string>());
        var final = await WaitAsync(host, id, v => v["finishedAt"] is not null, seconds: 60);
        await SettleAsync(host);

        var sends = (await host.CallsAsync()).Count(c => c!["method"]!.GetValue<string>() == "sendMessage" && c["ok"]!.GetValue<bool>());
        var view = await GetAsync(host, id);
        Assert.Equal("cancelled", view["status"]!.GetValue<string>());
        Assert.Equal(sends, Int(view, "sent"));
        Assert.InRange(Int(view, "sent"), 40, 299);
        Assert.Equal(300, Int(view, "total"));
        Assert.Equal(300, Int(view, "sent") + Int(view, "failed") + Int(view, "unreachable") + Int(view, "skipped") + Int(view, "pending"));
        Assert.Equal(Int(final, "sent"), Int(view, "sent"));

        var again = await AdminAsync(host, HttpMethod.Delete, "/api/admin/broadcasts/" + id);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_problem_and_a_repeated_idempotency_key_answers_the_first_id()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, Settings(100));
        await SeedUsersAsync(host, [220_001, 220_002]);

        foreach (var (body, reason) in new (object Body, string Reason)[]
                 {
                     (new { text = "" }, "text is empty"),
                     (new { text = new string('я', 4097) }, "Telegram allows 4096"),
                     (new { text = new string('я', 1025), photo = "https://example.org/p.jpg" }, "caption may have 1024"),
                     (new { text = "<b>bold" }, "<b> is not closed"),
                     (new { text = "hi", sendAt = "2020-01-01T00:00:00Z" }, "in the past"),
                     (new { text = "hi", segment = "flow:nothing" }, "unknown flow 'nothing'"),
                     (new { text = "hi", buttons = new[] { new { text = "x" } } }, "buttons[0].url is required"),
                 })
        {
            var answer = await JsonAsync(await AdminAsync(host, HttpMethod.Post, "/api/admin/broadcasts", body), HttpStatusCode.BadRequest);
            Assert.Contains(reason, answer["error"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var notJson = await AdminAsync(host, HttpMethod.Post, "/api/admin/broadcasts", new StringContent("text=hi"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsync("/api/admin/broadcasts", JsonContent(new { text = "hi" }))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AdminAsync(host, HttpMethod.Get, "/api/admin/broadcasts/bc-none")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AdminAsync(host, HttpMethod.Delete, "/api/admin/broadcasts/bc-none")).StatusCode);

        var body2 = new { text = "once", sendAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O") };
        var first = await JsonAsync(await AdminAsync(host, HttpMethod.Post, "/api/admin/broadcasts", body2, "retry-1"), HttpStatusCode.Created);
        var second = await JsonAsync(await AdminAsync(host, HttpMethod.Post, "/api/admin/broadcasts", body2, "retry-1"), HttpStatusCode.OK);
        Assert.Equal(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
        var scheduled = await GetAsync(host, first["id"]!.GetValue<string>());
        Assert.Equal("scheduled", scheduled["status"]!.GetValue<string>());
        var list = (JsonArray)await JsonAsync(await AdminAsync(host, HttpMethod.Get, "/api/admin/broadcasts"), HttpStatusCode.OK);
        Assert.Single(list);

        // Due now: the timer (run through the Functions admin route) starts it.
        await host.AdvanceClockAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        (await AdminAsync(host, HttpMethod.Post, "/admin/functions/Broadcasts", new { })).EnsureSuccessStatusCode();
        var done = await WaitAsync(host, first["id"]!.GetValue<string>(), v => v["status"]!.GetValue<string>() == "done", seconds: 60);
        Assert.Equal((2, 2), (Int(done, "total"), Int(done, "sent")));
        Assert.Single(await host.BotMessagesAsync(220_001), m => m.Text == "once");
        var late = await AdminAsync(host, HttpMethod.Delete, "/api/admin/broadcasts/" + first["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task The_segments_route_lists_what_the_post_accepts()
    {
        await using var host = await TestHost.StartAsync(azurite.ConnectionString, Settings(100));

        var answer = await JsonAsync(await AdminAsync(host, HttpMethod.Get, "/api/admin/broadcast-segments"), HttpStatusCode.OK);
        var segments = answer["segments"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();

        Assert.Equal("all", segments[0]);
        Assert.Contains("flow:rewards", segments); // every flow the app has, enabled or not, as the POST accepts
        Assert.DoesNotContain("flow:broadcasts", segments);
        Assert.Equal(["role:client", "role:contractor", "role:manager", "role:owner", "role:admin", "locale:ru", "locale:en"], segments.TakeLast(7));
        var later = DateTimeOffset.UtcNow.AddDays(1).ToString("O");
        foreach (var segment in segments)
        {
            var created = await AdminAsync(host, HttpMethod.Post, "/api/admin/broadcasts", new { text = "hi", segment, sendAt = later });
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"{segment}: {await created.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetAsync("/api/admin/broadcast-segments")).StatusCode);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}

using System.Net;
using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Rewards;

/// <summary>Promo codes end to end: the admin API creates them, users redeem them in the chat.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class PromoEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await RewardsHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task PutAsync(string code, int points, int maxUses, DateTimeOffset expiresAt)
    {
        using var response = await _host.AdminAsync(HttpMethod.Put, $"/api/admin/rewards/promo-codes/{code}", new { points, maxUses, expiresAt });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task RedeemAsync(long user, string code)
    {
        await _host.SayAsync(user, "/promo");
        await _host.SayAsync(user, code);
    }

    [Fact]
    public async Task Code_is_granted_once_per_user_case_insensitive_and_trimmed()
    {
        const long user = 12101;
        await PutAsync("WINTER", 100, 10, DateTimeOffset.UtcNow.AddYears(1));

        await _host.SayAsync(user, "/promo");
        Assert.Equal("Введите промокод, и мы начислим баллы на ваш баланс:", await _host.LastAsync(user));
        await _host.SayAsync(user, "  winter ");
        Assert.Equal("Промокод WINTER принят: +100 баллов. Ваш баланс: 100.", await _host.LastAsync(user));

        await RedeemAsync(user, "Winter");
        Assert.Equal("Вы уже использовали промокод WINTER: один промокод можно активировать один раз.", await _host.LastAsync(user));
        Assert.Equal(100m, await _host.PointsAsync(user));

        using var response = await _host.AdminAsync(HttpMethod.Get, "/api/admin/rewards/promo-codes/winter");
        var promo = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(1, promo["uses"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_expired_and_exhausted_codes_each_get_their_own_answer()
    {
        await PutAsync("OLD", 50, 10, DateTimeOffset.UtcNow.AddDays(-1));
        await PutAsync("ONCE", 50, 1, DateTimeOffset.UtcNow.AddYears(1));

        await RedeemAsync(12102, "NOPE");
        Assert.Equal("Промокод NOPE не найден. Проверьте написание.", await _host.LastAsync(12102));
        await RedeemAsync(12102, "old");
        Assert.Equal("Срок действия промокода OLD истёк.", await _host.LastAsync(12102));
        await RedeemAsync(12102, "once");
        Assert.StartsWith("Промокод ONCE принят", await _host.LastAsync(12102), StringComparison.Ordinal);
        await RedeemAsync(12103, "once");
        Assert.Equal("Промокод ONCE закончился: все активации уже использованы.", await _host.LastAsync(12103));
        Assert.Equal(0m, await _host.PointsAsync(12103));
    }

    [Fact]
    public async Task Last_use_raced_by_two_users_goes_to_exactly_one()
    {
        await PutAsync("LAST", 70, 1, DateTimeOffset.UtcNow.AddYears(1));
        await _host.SayAsync(12104, "/promo");
        await _host.SayAsync(12105, "/promo");

        await Task.WhenAll(_host.SendAsync(12104, "LAST"), _host.SendAsync(12105, "LAST"));
        await _host.SettleAsync();

        var answers = new[] { await _host.LastAsync(12104), await _host.LastAsync(12105) };
        Assert.Single(answers, a => a.StartsWith("Промокод LAST принят: +70", StringComparison.Ordinal));
        Assert.Single(answers, a => a == "Промокод LAST закончился: все активации уже использованы.");
        Assert.Equal(70m, await _host.PointsAsync(12104) + await _host.PointsAsync(12105));
    }

    [Fact]
    public async Task Admin_api_validates_lists_and_deletes_codes()
    {
        using var bad = await _host.AdminAsync(HttpMethod.Put, "/api/admin/rewards/promo-codes/X1", new { points = 0, maxUses = 1, expiresAt = "2030-01-01T00:00:00Z" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("points", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await PutAsync("X2", 5, 3, DateTimeOffset.UtcNow.AddYears(1));
        using var list = await _host.AdminAsync(HttpMethod.Get, "/api/admin/rewards/promo-codes");
        Assert.Contains("\"code\":\"X2\"", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var deleted = await _host.AdminAsync(HttpMethod.Delete, "/api/admin/rewards/promo-codes/x2");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await _host.AdminAsync(HttpMethod.Get, "/api/admin/rewards/promo-codes/X2");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        using var overlap = await _host.AdminAsync(HttpMethod.Put, "/api/admin/rewards/coefficients",
            new[] { new { fromC = -50, toC = -10, coefficient = 1.5 }, new { fromC = -20, toC = 0, coefficient = 1.2 } });
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        Assert.Contains("overlap", await overlap.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

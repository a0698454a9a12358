using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Rewards;

/// <summary>Families and referrals end to end.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class FamilyEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await RewardsHost.StartAsync(azurite.ConnectionString, weather: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> CreateFamilyAsync(long owner, string name)
    {
        await _host.SayAsync(owner, "/family");
        await _host.TapAsync(owner, "Создать семью");
        await _host.SayAsync(owner, name);
        var created = (await _host.TextsAsync(owner)).Last(t => t.StartsWith("Семья «", StringComparison.Ordinal));
        return created[(created.LastIndexOf(' ') + 1)..];
    }

    private async Task FamilyWalkAsync(long user, string temperature, long steps)
    {
        await _host.SayAsync(user, "/walk");
        await _host.TapAsync(user, "Для семьи");
        await _host.SayAsync(user, temperature);
        await _host.FinishWalkAsync(user, steps);
    }

    [Fact]
    public async Task Family_of_three_shares_an_uneven_pool_exactly_and_a_second_family_is_refused()
    {
        const long owner = 12201, second = 12202, third = 12203;
        var code = await CreateFamilyAsync(owner, "Ивановы");
        Assert.Contains($"https://t.me/{RewardsHost.Bot}?start=fam_{code}", await _host.LastAsync(owner), StringComparison.Ordinal);

        await _host.SayAsync(second, "/start fam_" + code, "Boris");
        Assert.Equal("Вы вступили в семью «Ивановы».", await _host.LastAsync(second));
        await _host.SayAsync(third, "/family", "Vera");
        await _host.TapAsync(third, "Вступить по коду");
        await _host.SayAsync(third, code.ToLowerInvariant(), "Vera");
        Assert.Equal("Вы вступили в семью «Ивановы».", await _host.LastAsync(third));
        Assert.Contains("Boris вступил(а) в семью «Ивановы».", await _host.TextsAsync(owner));

        // Joining a second family is refused.
        var other = await CreateFamilyAsync(12204, "Петровы");
        await _host.SayAsync(third, "/start fam_" + other, "Vera");
        Assert.Equal("Вы уже состоите в семье. Чтобы вступить в другую, сначала выйдите из текущей (/family).", await _host.LastAsync(third));

        // Points per walk are floored (1050 steps → 10 points), so the pool does not divide evenly by steps.
        await FamilyWalkAsync(owner, "15", 1050);   // 10 points
        await FamilyWalkAsync(second, "15", 1050);  // 10 points
        await FamilyWalkAsync(third, "15", 1050);   // 10 points
        await FamilyWalkAsync(owner, "15", 1050);   // 10 points: pool 40 over 2100/1050/1050 steps → 20, 10, 10
        await FamilyWalkAsync(third, "15", 100);    // 1 point: pool 41 over 2100/1050/1150 (4300) → 20.02, 10.01, 10.97 → 20, 10, 11
        Assert.Contains("Баллы идут в копилку семьи", await _host.LastAsync(third), StringComparison.Ordinal);
        Assert.Equal(0m, await _host.PointsAsync(owner));

        // The five walks took 2.5 h of the virtual clock: 7 days after the family was created is 30 min from now
        // (the Reminders timer's first run looks an hour back).
        await _host.AdvanceClockAsync(TimeSpan.FromDays(7) - TimeSpan.FromHours(2));
        await _host.RunRemindersAsync();
        await _host.SettleAsync();

        var shares = new[] { await _host.PointsAsync(owner), await _host.PointsAsync(second), await _host.PointsAsync(third) };
        Assert.Equal(41m, shares.Sum());
        Assert.Equal(new[] { 20m, 10m, 11m }, shares);
        Assert.Equal("Копилка семьи «Ивановы» за период: 41 баллов. Ваши шаги: 1150 из 4300. Ваша доля: 11 баллов.", await _host.LastAsync(third));

        using var response = await _host.AdminAsync(HttpMethod.Get, "/api/admin/rewards/families");
        var families = (JsonArray)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var family = families.Single(f => f!["familyId"]!.GetValue<string>() == code)!;
        Assert.Equal(3, family["members"]!.AsArray().Count);
        Assert.Equal(owner, family["ownerId"]!.GetValue<long>());
    }

    [Fact]
    public async Task Owner_leaving_hands_the_family_to_the_longest_standing_member_and_the_last_closes_it()
    {
        const long owner = 12211, first = 12212, later = 12213;
        var code = await CreateFamilyAsync(owner, "Сидоровы");
        await _host.SayAsync(first, "/start fam_" + code, "Gleb");
        await _host.AdvanceClockAsync(TimeSpan.FromMinutes(5));
        await _host.SayAsync(later, "/start fam_" + code, "Dina");

        await _host.SayAsync(owner, "/family");
        await _host.TapAsync(owner, "Выйти из семьи");
        Assert.Equal("Вы вышли из семьи «Сидоровы».", await _host.LastAsync(owner));
        // The new owner is told two things by two commands ("X left", "you are the owner"), in either order.
        Assert.Contains("Теперь вы владелец семьи «Сидоровы».", (await _host.TextsAsync(first)).TakeLast(2));

        await _host.SayAsync(first, "/family");
        await _host.TapAsync(first, "Выйти из семьи");
        await _host.SayAsync(later, "/family");
        await _host.TapAsync(later, "Выйти из семьи");
        Assert.StartsWith("Вы вышли из семьи «Сидоровы»; вы были последним участником, семья закрыта.", await _host.LastAsync(later), StringComparison.Ordinal);

        await _host.SayAsync(12214, "/start fam_" + code, "Egor");
        Assert.Equal($"Семьи с кодом {code} нет (или она закрыта).", await _host.LastAsync(12214));
    }

    [Fact]
    public async Task Referral_rewards_both_once_and_refuses_self_existing_users_and_unknown_codes()
    {
        const long referrer = 12221, friend = 12222, existing = 12223;
        await _host.SayAsync(referrer, "/start");
        await _host.SayAsync(referrer, "/invite");
        var invite = await _host.LastAsync(referrer);
        var link = invite.Split(' ', '\n').Single(w => w.StartsWith("https://t.me/", StringComparison.Ordinal));
        var payload = link[(link.IndexOf("start=", StringComparison.Ordinal) + 6)..];

        await _host.SayAsync(referrer, "/start " + payload);
        Assert.Equal("Это ваша собственная ссылка-приглашение: за себя баллы не начисляются.", await _host.LastAsync(referrer));

        await _host.SayAsync(existing, "/start", "Old");
        await _host.SayAsync(existing, "/start " + payload, "Old");
        Assert.StartsWith("Вы уже пользовались ботом раньше", await _host.LastAsync(existing), StringComparison.Ordinal);

        await _host.SayAsync(friend, "/start " + payload, "Fedor");
        Assert.Equal("Вы пришли по приглашению: +50 баллов! Ваш баланс: 50.", await _host.LastAsync(friend));
        Assert.Equal("Fedor запустил(а) бота по вашему приглашению: +50 баллов! Ваш баланс: 50.", await _host.LastAsync(referrer));

        await _host.SayAsync(friend, "/start " + payload, "Fedor");
        Assert.Equal(50m, await _host.PointsAsync(friend));
        Assert.Equal(50m, await _host.PointsAsync(referrer));
        Assert.Equal(0m, await _host.PointsAsync(existing));

        await _host.SayAsync(12224, "/start ref_zzzzzz", "Nobody");
        Assert.Equal("Ссылка-приглашение не найдена, но вы можете пользоваться ботом как обычно.", await _host.LastAsync(12224));
        Assert.Equal(0m, await _host.PointsAsync(12224));
    }
}

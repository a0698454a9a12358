using Bot.Engine;
using Bot.Engine.Ledger;
using Bot.Engine.Routing;
using Bot.Features.Admin;
using Bot.Features.Menu;
using Microsoft.Extensions.Options;
using static Bot.Features.Tests.FlowHarness;

namespace Bot.Features.Tests.Admin;

public sealed class AdminFlowTests
{
    private readonly FlowHarness _h = new();

    private static AdminFlow Flow(string admins = "42", string url = "https://bot.example/api/admin") =>
        new(Options.Create(new BotOptions { AdminUserIds = admins, AdminPanelUrl = url }));

    [Fact]
    public void Admin_FromAnAdmin_TellsHowToReachTheAdminApi()
    {
        var d = _h.Run(Flow(" 7, 42 ").Admin, Command("/admin"));

        var text = Reply(d);
        Assert.Contains("https://bot.example/api/admin", text, StringComparison.Ordinal);
        Assert.Contains("GET https://bot.example/api/admin/users?format=csv|json", text, StringComparison.Ordinal);
        Assert.Contains("POST https://bot.example/api/admin/users/{userId}/balance", text, StringComparison.Ordinal);
        Assert.Contains("/block", text, StringComparison.Ordinal);
        Assert.Contains("GET https://bot.example/api/admin/logs?from=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Admin_RequiresTheAdminRole_SoForAnyoneElseItIsNotRouted()
    {
        var table = new RouteTable();
        Flow("7").Map(table);
        var bot = new BotOptions { AdminUserIds = "7" };

        Assert.Equal(Roles.Admin, table.RequiredRole("/admin"));
        Assert.Null(table.Resolve("menu", Command("/admin"), role => Roles.Has(_h.Session, role, bot)));
        Assert.NotNull(table.Resolve("menu", Command("/admin"), role => Roles.Has(_h.Session with { UserId = 7 }, role, bot)));
    }

    [Fact]
    public void Admin_WithoutAnAdminPanelUrl_SaysItIsNotConfigured()
    {
        var d = _h.Run(Flow(url: "").Admin, Command("/admin"));
        Assert.Contains("Bot:AdminPanelUrl", Reply(d), StringComparison.Ordinal);
    }

    [Fact]
    public void Admin_IsACoreFlowRoutingTheCommandAndTheAdminCommands()
    {
        var table = new RouteTable();
        Flow().Map(table);
        Assert.True(((IFlow)Flow()).IsCore);
        Assert.True(table.HasCommand("/admin"));
        foreach (var name in new[] { AdminCommands.Balance, AdminCommands.Block, AdminCommands.Unblock })
        {
            Assert.NotNull(table.Resolve("any", Internal(name, "k")));
        }
    }

    [Fact]
    public void Balance_PostsWithTheCommandKeyAndTellsTheUser()
    {
        _h.Session = _h.Session with { Balances = _h.Session.Balances.SetItem(Currencies.Rub, 100) };

        var d = _h.Run(AdminFlow.Balance, Internal(AdminCommands.Balance, "admin.balance:42:abc", new BalanceChange(Currencies.Rub, -50.5m, "возврат")));

        Assert.Equal(new Posting(Currencies.Rub, -50.5m, "admin.balance:42:abc", "возврат"), Assert.Single(d.Postings));
        Assert.Equal("Администратор изменил ваш баланс: -50.5 ₽. Причина: возврат\nБаланс: 49.5 ₽.", Reply(d));
        Assert.Equal(AuditKinds.Balance, EffectPayload<AuditRecord>(d, AuditEffect.EffectName).Kind);
        Assert.Equal(49.5m, _h.Session.Balance(Currencies.Rub));
    }

    [Fact]
    public void Balance_BelowZero_IsRefusedAndMarked()
    {
        var d = _h.Run(AdminFlow.Balance, Internal(AdminCommands.Balance, "k1", new BalanceChange(Currencies.Points, -5, "x")));

        Assert.Empty(d.Postings);
        Assert.Empty(d.Outbox);
        Assert.Equal("k1", d.Session.Get(AdminData.Refused));
    }

    [Fact]
    public void BlockAndUnblock_FlipTheFlagAndAreAudited()
    {
        var blocked = _h.Run(ctx => AdminFlow.SetBlocked(ctx, blocked: true), Internal(AdminCommands.Block, "b1"));
        Assert.True(blocked.Session.Blocked);
        Assert.Equal(AuditKinds.Block, EffectPayload<AuditRecord>(blocked, AuditEffect.EffectName).Kind);
        Assert.Empty(Messages(blocked));

        var unblocked = _h.Run(ctx => AdminFlow.SetBlocked(ctx, blocked: false), Internal(AdminCommands.Unblock, "u1"));
        Assert.False(unblocked.Session.Blocked);
    }
}

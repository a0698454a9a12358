using Bot.Engine;
using Bot.Engine.Routing;
using Bot.Engine.Texts;
using Bot.Features.Menu;
using Bot.Features.Wallet;
using Microsoft.Extensions.Options;

namespace Bot.Features.Admin;

/// <summary>Bot-side admin: /admin for the ids in <c>Bot:AdminUserIds</c>, and the internal commands the
/// admin API sends through the per-user processor (balance postings, block, unblock). Core: always routed.</summary>
public sealed class AdminFlow(IOptions<BotOptions> bot) : IFlow
{
    public string Name => "admin";

    public bool IsCore => true;

    public MenuEntry? MenuEntry => null;

    public IEnumerable<TextDefinition> Texts => AdminTexts.All;

    public IEnumerable<FlowCommand> Commands { get; } = [new("admin", AdminTexts.CommandAdmin, Roles.Admin)];

    public void Map(RouteTable routes) => routes
        .Command("/admin", Admin, requires: Roles.Admin)
        .Internal(AdminCommands.Balance, Balance)
        .Internal(AdminCommands.Block, ctx => SetBlocked(ctx, blocked: true))
        .Internal(AdminCommands.Unblock, ctx => SetBlocked(ctx, blocked: false));

    /// <summary>How to reach the admin API. Only routed for admins (the route requires the role); anyone
    /// else gets the unknown-command answer from the menu's fallback.</summary>
    internal Decision Admin(FlowContext ctx)
    {
        var url = bot.Value.AdminPanelUrl.TrimEnd('/');
        return ctx.Decide().Reply(string.IsNullOrWhiteSpace(url) ? ctx.T(AdminTexts.NotConfigured) : ctx.T(AdminTexts.Info, ("url", url)));
    }

    /// <summary>A posting with the command's key as the ledger key; refused (and marked) if the balance
    /// would go below zero. The user is told.</summary>
    internal static Decision Balance(FlowContext ctx)
    {
        var change = ctx.Input.PayloadAs<BalanceChange>()!;
        var key = ctx.Input.Internal!.Key;
        var balance = ctx.Session.Balance(change.Currency) + change.Delta;
        if (balance < 0)
        {
            return ctx.Decide().Set(AdminData.Refused, key);
        }

        var delta = (change.Delta > 0 ? "+" : "") + Money.Format(change.Delta);
        return ctx.Decide()
            .Set(AdminData.Refused, null)
            .Post(change.Currency, change.Delta, key, change.Reason)
            .Reply(ctx.T(AdminTexts.BalanceChanged,
                ("delta", delta), ("currency", CurrencyName(ctx, change.Currency)), ("reason", change.Reason), ("balance", Money.Format(balance))))
            .Effect(AuditEffect.EffectName, new AuditRecord(
                AuditKinds.Balance, $"Admin changed {change.Currency} by {delta}; balance {Money.Format(balance)}", change.Reason));
    }

    /// <summary>Blocked users' updates are not processed at all (the engine skips them); internal commands still are.</summary>
    internal static Decision SetBlocked(FlowContext ctx, bool blocked) =>
        ctx.Decide()
            .Change(s => s with { Blocked = blocked })
            .Effect(AuditEffect.EffectName, new AuditRecord(AuditKinds.Block, blocked ? "User blocked by admin" : "User unblocked by admin"));

    private static string CurrencyName(FlowContext ctx, string currency) =>
        currency == Engine.Ledger.Currencies.Rub ? "₽" : ctx.Session.Locale == "en" ? "points" : "баллов";
}

using System.Globalization;
using Bot.Engine;
using Bot.Engine.Ledger;
using Bot.Engine.Outbox;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Engine.Time;
using Bot.Features.Wallet;
using Microsoft.Extensions.Options;

namespace Bot.Features.Menu;

/// <summary>The main menu every bot has: /start greets by first name and shows the enabled flows as
/// buttons, /menu, /help (the commands this user may use), /cancel, /balance from any state, and helpful
/// answers to what nothing else handles.</summary>
public sealed class MenuFlow(IOptions<BotOptions> bot, UserTimeZones zones) : IFlow
{
    public string Name => "menu";

    public bool IsCore => true;

    public MenuEntry? MenuEntry => null;

    public IEnumerable<TextDefinition> Texts => MenuTexts.All;

    public IEnumerable<FlowCommand> Commands { get; } =
    [
        new("start", MenuTexts.CommandStart),
        new("menu", MenuTexts.CommandMenu),
        new("help", MenuTexts.CommandHelp),
        new("cancel", MenuTexts.CommandCancel),
        new("balance", MenuTexts.CommandBalance),
    ];

    public void Map(RouteTable routes) => routes
        .Command("/start", Start)
        .Command("/menu", ShowMenu)
        .Command("/help", Help)
        .Command("/cancel", Cancel)
        .Command("/balance", ShowBalance)
        .WrongInput(ServiceStates.Paused, ctx => ctx.Decide().Reply(ctx.T(MenuTexts.Paused)))
        .WrongInput(ServiceStates.Stopped, ctx => ctx.Decide().Reply(ctx.T(MenuTexts.Paused)))
        .Fallback(Unknown);

    /// <summary>Back to the menu with every dialog's data dropped; data the flows declare lasting is kept.</summary>
    public static Decision Reset(FlowContext ctx)
    {
        var kept = (ctx.Services.GetService(typeof(Router)) as Router)?.KeptDataKeys ?? new HashSet<string>();
        return ctx.Decide().Change(s => s with
        {
            State = ServiceStates.Menu,
            Data = s.Data.RemoveRange(s.Data.Keys.Where(k => !kept.Contains(k))),
        });
    }

    public static Markup MenuMarkup(FlowContext ctx) =>
        Markup.InlineColumn(ctx.Menu.Select(m => Button.Callback(ctx.T(m.TextKey), m.CallbackData)).ToArray());

    private Decision Start(FlowContext ctx)
    {
        var own = SingleFlowStart(ctx);
        var greeted = own is not null
            ? own.Start(ctx)
            : WithMenu(ctx, Reset(ctx), ctx.T(MenuTexts.StartWelcome, ("name", ctx.Session.FirstName ?? "")));
        if (ctx.Input.Text?.Trim() is { Length: > 0 } payload && ctx.Services.GetService(typeof(Router)) is Router router)
        {
            // Deep links (/start ref_x, /start fam_x): the flow that claims the payload adds to the greeting.
            foreach (var flow in router.Flows.OfType<IStartPayloadHandler>())
            {
                if (flow.StartWith(ctx, payload, greeted) is { } linked)
                {
                    return linked;
                }
            }
        }

        return greeted;
    }

    private static Decision ShowMenu(FlowContext ctx) => WithMenu(ctx, Reset(ctx), ctx.T(MenuTexts.MainMenu));

    /// <summary>The commands of the enabled flows that this user may use (their role allows), one a line.</summary>
    private Decision Help(FlowContext ctx)
    {
        var router = (Router?)ctx.Services.GetService(typeof(Router));
        var lines = (router?.CommandsFor(ctx.Session, bot.Value) ?? Commands)
            .Select(c => $"/{c.Name} — {ctx.T(c.DescriptionKey)}");
        return ctx.Decide().Reply(ctx.T(MenuTexts.Help, ("commands", string.Join('\n', lines))));
    }

    /// <summary>Every balance the user has and the last postings, newest first, in the user's local time.
    /// The postings come from the session's copy of the latest five (no ledger read: the handler stays pure).</summary>
    private Decision ShowBalance(FlowContext ctx)
    {
        var session = ctx.Session;
        var balances = session.Balances.Count == 0
            ? ctx.T(MenuTexts.BalanceEmpty)
            : string.Join('\n', session.Balances.OrderBy(b => CurrencyOrder(b.Key)).ThenBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{Money.Format(b.Value)} {CurrencyName(ctx, b.Key)}"));
        var entries = session.RecentPostings.Count == 0
            ? ctx.T(MenuTexts.NoEntries)
            : string.Join('\n', session.RecentPostings.Reverse().Select(p => EntryLine(ctx, p)));
        return ctx.Decide().Reply(ctx.T(MenuTexts.Balance, ("balances", balances), ("entries", entries)));
    }

    private string EntryLine(FlowContext ctx, LedgerLine line)
    {
        var at = zones.LocalAt(ctx.Session, line.At).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        var amount = (line.Amount > 0 ? "+" : "") + Money.Format(line.Amount);
        return $"{at}  {amount} {CurrencyName(ctx, line.Currency)} — {line.Reason}";
    }

    private static int CurrencyOrder(string currency) => currency switch
    {
        Currencies.Rub => 0,
        Currencies.Points => 1,
        _ => 2,
    };

    private static string CurrencyName(FlowContext ctx, string currency) => currency switch
    {
        Currencies.Rub => ctx.T(MenuTexts.Rub),
        Currencies.Points => ctx.T(MenuTexts.Points),
        _ => currency,
    };

    /// <summary>Says the action was cancelled, then the menu (or the only flow's greeting).</summary>
    private Decision Cancel(FlowContext ctx)
    {
        var own = SingleFlowStart(ctx);
        if (own is not null)
        {
            var start = own.Start(ctx);
            return start with { Outbox = start.Outbox.Insert(0, OutboxItem.Message(ctx.Session.UserId, ctx.T(MenuTexts.Cancelled), Markup.RemoveKeyboard)) };
        }

        return WithMenu(ctx, Reset(ctx).Reply(ctx.T(MenuTexts.Cancelled), Markup.RemoveKeyboard), ctx.T(MenuTexts.MainMenu));
    }

    private static Decision Unknown(FlowContext ctx) => ctx.Input.Kind switch
    {
        InputKind.Command => ctx.Decide().Reply(ctx.T(MenuTexts.UnknownCommand)),
        InputKind.Callback => ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton)),
        _ => ctx.Menu.Count == 0
            ? ctx.Decide().Reply(ctx.T(MenuTexts.Unknown))
            : ctx.Decide().Reply(ctx.T(MenuTexts.Unknown), MenuMarkup(ctx)),
    };

    private static Decision WithMenu(FlowContext ctx, Decision decision, string text) =>
        ctx.Menu.Count == 0
            ? decision.Reply(text + "\n\n" + ctx.T(MenuTexts.NothingEnabled))
            : decision.Reply(text, MenuMarkup(ctx));

    /// <summary>The enabled flow with its own greeting, when it is the only enabled flow.</summary>
    private IHasOwnStart? SingleFlowStart(FlowContext ctx)
    {
        if (ctx.Menu.Count != 1)
        {
            return null;
        }

        var entry = ctx.Menu[0];
        var router = (Router?)ctx.Services.GetService(typeof(Router));
        return router?.Flows.FirstOrDefault(f => f.MenuEntry == entry) as IHasOwnStart;
    }
}

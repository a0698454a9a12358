using Bot.Engine.Outbox;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;

namespace Bot.Features.Menu;

/// <summary>The main menu every bot has: /start greets by first name and shows the enabled flows as
/// buttons, /menu, /help, /cancel from any state, and helpful answers to what nothing else handles.</summary>
public sealed class MenuFlow : IFlow
{
    public string Name => "menu";

    public bool IsCore => true;

    public MenuEntry? MenuEntry => null;

    public IEnumerable<TextDefinition> Texts => MenuTexts.All;

    public void Map(RouteTable routes) => routes
        .Command("/start", Start)
        .Command("/menu", ShowMenu)
        .Command("/help", Help)
        .Command("/cancel", Cancel)
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
        if (own is not null)
        {
            return own.Start(ctx);
        }

        var greeting = ctx.T(MenuTexts.StartWelcome, ("name", ctx.Session.FirstName ?? ""));
        return WithMenu(ctx, Reset(ctx), greeting);
    }

    private static Decision ShowMenu(FlowContext ctx) => WithMenu(ctx, Reset(ctx), ctx.T(MenuTexts.MainMenu));

    private static Decision Help(FlowContext ctx) => ctx.Decide().Reply(ctx.T(MenuTexts.Help));

    private Decision Cancel(FlowContext ctx)
    {
        var own = SingleFlowStart(ctx);
        if (own is not null)
        {
            return own.Start(ctx);
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

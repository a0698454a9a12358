using System.Globalization;
using Bot.Engine.Ledger;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;

namespace Bot.IntegrationTests;

/// <summary>A test flow: "+N" counts a step and posts N points, keyed by the message; "keep" sends a
/// message whose id is kept under <see cref="KeptKey"/>, "clear" clears its buttons; the internal command
/// <see cref="Notice"/> is a fan-out recipient's message (users whose id is a multiple of 50 are skipped);
/// <see cref="Note"/> is a notice of a fan-out of notices: "note {payload}", once per key.
/// The reply's label comes from a reference set, so that the storage cost tests include a warm reference
/// snapshot.</summary>
public sealed class CounterFlow : IFlow
{
    public const string KeptKey = "counter.msg";
    public const string Notice = "counter.notice";
    public const string Note = "counter.note";
    public static readonly ReferenceSet<CounterSettings> Settings = new("counter.settings", new CounterSettings("count"));

    public string Name => "counter";

    public IEnumerable<ReferenceSet> ReferenceSets => [Settings];

    public MenuEntry? MenuEntry => new("counter.button", "counter:open");

    public IEnumerable<TextDefinition> Texts => [new("counter.button", "Счётчик", "Counter")];

    public void Map(RouteTable routes)
    {
        foreach (var state in new[] { ServiceStates.Start, ServiceStates.Menu })
        {
            routes.On(state, InputKind.Text, Count);
        }

        routes.Internal(Notice, ctx => ctx.Session.UserId % 50 == 0
            ? ctx.Decide()
            : ctx.Decide().Deliver(ctx.Input.FanOutId!, "notice " + ctx.Input.PayloadAs<string>()));
        routes.Internal(Note, ctx => ctx.Decide().Reply("note " + ctx.Input.PayloadAs<string>()));
    }

    public static int CountOf(Session s) => int.Parse(s.Get("counter.count") ?? "0", CultureInfo.InvariantCulture);

    private static Decision Count(FlowContext ctx)
    {
        switch (ctx.Input.Text)
        {
            case "keep":
                return ctx.Decide().Reply("kept", Bot.Engine.Outbox.Markup.InlineColumn(Bot.Engine.Outbox.Button.Callback("x", "x")), keepIdAs: KeptKey);
            case "keep-effect":
                return ctx.Decide().SendTo(ctx.Session.UserId, "copy", keepId: Bot.Engine.Outbox.KeepMessageId.ForEffect(CopySentEffect.EffectName, "order-1"));
            case "clear":
                return ctx.Decide().ClearKeptButtons(KeptKey).Reply("cleared");
        }

        if (ctx.Input.Text is not { } text || !text.StartsWith('+') || !int.TryParse(text[1..], out var n))
        {
            return ctx.Decide().Reply("send +N");
        }

        var count = CountOf(ctx.Session) + 1;
        return ctx.Decide()
            .Set("counter.count", count.ToString(CultureInfo.InvariantCulture))
            .Post(Currencies.Points, n, ctx.Input.Key, "counter")
            .Reply($"{ctx.Reference(Settings).Label}={count}");
    }
}

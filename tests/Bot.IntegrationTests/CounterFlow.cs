using System.Globalization;
using Bot.Engine.Ledger;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;

namespace Bot.IntegrationTests;

/// <summary>A test flow: "+N" counts a step and posts N points, keyed by the message. The reply's label
/// comes from a reference set, so that the storage cost tests include a warm reference snapshot.</summary>
public sealed class CounterFlow : IFlow
{
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
    }

    public static int CountOf(Session s) => int.Parse(s.Get("counter.count") ?? "0", CultureInfo.InvariantCulture);

    private static Decision Count(FlowContext ctx)
    {
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

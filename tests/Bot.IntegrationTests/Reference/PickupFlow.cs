using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;

namespace Bot.IntegrationTests.Reference;

/// <summary>A test flow for a lookup too large for a snapshot: the city typed goes to the lookup effect and
/// its pickup points come back as the internal command <see cref="PickupLookupEffect.Found"/>.</summary>
public sealed class PickupFlow : IFlow
{
    public string Name => "pickup";

    public MenuEntry? MenuEntry => null;

    public IEnumerable<TextDefinition> Texts => [];

    public void Map(RouteTable routes)
    {
        foreach (var state in new[] { ServiceStates.Start, ServiceStates.Menu })
        {
            routes.On(state, InputKind.Text, ctx => string.IsNullOrWhiteSpace(ctx.Input.Text)
                ? ctx.Decide().Reply("send a city")
                : ctx.Decide().Set("pickup.city", ctx.Input.Text).Effect(PickupLookupEffect.EffectName, new PickupQuery(ctx.Input.Text.Trim())));
        }

        routes.Internal(PickupLookupEffect.Found, ctx => ctx.Input.PayloadAs<PickupPoints>() is { Names.Count: > 0 } found
            ? ctx.Decide().Reply(string.Join(", ", found.Names))
            : ctx.Decide().Reply($"No pickup points in {ctx.Session.Get("pickup.city")}"));
    }
}

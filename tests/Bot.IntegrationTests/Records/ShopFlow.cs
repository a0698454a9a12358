using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;

namespace Bot.IntegrationTests.Records;

/// <summary>A test flow racing for a shared stock: "buy" asks the reserve effect; its outcome comes back as
/// the internal command <see cref="Reserved"/> and is told to the user.</summary>
public sealed class ShopFlow : IFlow
{
    public const string Reserved = "shop.reserved";
    public const string Won = "Reserved for you, {left} left";
    public const string Refused = "Sorry, sold out";

    public string Name => "shop";

    public MenuEntry? MenuEntry => null;

    public IEnumerable<TextDefinition> Texts => [];

    public void Map(RouteTable routes)
    {
        foreach (var state in new[] { ServiceStates.Start, ServiceStates.Menu })
        {
            routes.On(state, InputKind.Text, ctx => ctx.Input.Text == "buy"
                ? ctx.Decide().Effect(ReserveEffect.EffectName, new ReserveRequest(ReserveEffect.Item))
                : ctx.Decide().Reply("send buy"));
        }

        routes.Internal(Reserved, ctx => ctx.Input.PayloadAs<Reservation>() is { } r
            ? r.Won
                ? ctx.Decide().Set("shop.won", "1").Reply(Won.Replace("{left}", r.Left.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
                : ctx.Decide().Reply(Refused)
            : ctx.Decide().Reply("reservation unreadable"));
    }
}

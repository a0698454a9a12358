using Bot.Engine.Routing;
using Bot.Engine.Texts;

namespace Bot.Features.Broadcasts;

/// <summary>The recipient's side of a broadcast: one route. The command <c>broadcasts.deliver</c> carries the
/// content; the handler sends it with the fan-out id, and the outbox runner counts the outcome (sent, 403 →
/// unreachable, another 4xx → failed). Blocked users are skipped by the processor, users known unreachable
/// by the runner. Core (always routed): every flow's business may broadcast, whatever
/// <c>Features:Enabled</c> says.</summary>
public sealed class BroadcastsFlow : IFlow
{
    public const string FlowName = "broadcasts";

    public string Name => FlowName;

    public bool IsCore => true;

    public MenuEntry? MenuEntry => null;

    public IEnumerable<TextDefinition> Texts => [];

    public void Map(RouteTable routes) => routes.Internal(BroadcastCommands.Deliver, Deliver);

    /// <summary>Sends the broadcast to this user; nothing when the command is not a fan-out's (then nothing is counted).</summary>
    internal static Decision Deliver(FlowContext ctx)
    {
        var content = ctx.Input.PayloadAs<BroadcastContent>();
        return ctx.Input.FanOutId is { } fanOutId && content is not null
            ? ctx.Decide().Send(content.ItemFor(ctx.Session.UserId, fanOutId))
            : ctx.Decide();
    }
}

using Bot.Engine.Routing;

namespace Bot.Features.Menu;

/// <summary>A flow that handles <c>/start &lt;payload&gt;</c> deep links (<c>t.me/bot?start=ref_x</c>). The menu greets
/// as for a bare /start (<paramref name="greeted"/>) and hands the payload to each enabled flow that implements
/// this; the first non-null decision wins, and a payload nobody claims is ignored (the plain greeting).</summary>
public interface IStartPayloadHandler
{
    Decision? StartWith(FlowContext ctx, string payload, Decision greeted);
}

namespace Bot.Engine.Routing;

/// <summary>A flow with its own greeting, used for /start when it is the only enabled flow
/// (seed 004's top-up bot greets with its own text and button).</summary>
public interface IHasOwnStart
{
    Decision Start(FlowContext ctx);
}

namespace Bot.Engine.Routing;

/// <summary>A pure function of (session, input, clock, read-only lookups) to a decision.</summary>
public delegate Decision Handler(FlowContext ctx);

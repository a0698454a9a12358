namespace Bot.Engine.FanOuts;

/// <summary>Payload of the <c>engine.fanout-outcome</c> effect: count a recipient without a send.</summary>
public sealed record FanOutOutcomeRequest(string FanOutId, long UserId, FanOutOutcome Outcome);

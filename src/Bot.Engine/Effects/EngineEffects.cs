namespace Bot.Engine.Effects;

/// <summary>Names of the effects the engine itself runs.</summary>
public static class EngineEffects
{
    public const string Enqueue = "engine.enqueue";
    public const string Schedule = "engine.schedule";

    /// <summary>Counts a fan-out recipient without a send (<see cref="FanOuts.FanOutOutcomeRequest"/>).</summary>
    public const string FanOutOutcome = "engine.fanout-outcome";
}

namespace Bot.Engine.Hosting;

/// <summary>The engine's own timer functions (CONTRACTS.md); flows name theirs beside their code.</summary>
public static class EngineTimers
{
    /// <summary>Due scheduled commands (reminders, new days, anything a handler scheduled).</summary>
    public const string Reminders = "Reminders";

    /// <summary>Outbox rows a crash left behind.</summary>
    public const string OutboxSweep = "OutboxSweep";
}

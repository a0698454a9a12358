namespace Bot.Engine.Processing;

/// <summary>Internal commands the processor handles itself, before routing.</summary>
public static class EngineCommands
{
    /// <summary>A send to this user got 403: stop sending to them.</summary>
    public const string Unreachable = "engine.unreachable";
}

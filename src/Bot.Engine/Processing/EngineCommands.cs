namespace Bot.Engine.Processing;

/// <summary>Internal commands the processor handles itself, before routing.</summary>
public static class EngineCommands
{
    /// <summary>A send to this user got 403: stop sending to them.</summary>
    public const string Unreachable = "engine.unreachable";

    /// <summary>A sent message's id that its outbox item asked to keep (<see cref="MessageSent"/>).</summary>
    public const string MessageSent = "engine.message-sent";
}

namespace Bot.Engine.Sessions;

/// <summary>States every bot has (seed 000's service states): the menu, and paused/stopped, in which
/// only global commands and internal commands are routed.</summary>
public static class ServiceStates
{
    public const string Start = "start";
    public const string Menu = "menu";
    public const string Paused = "paused";
    public const string Stopped = "stopped";

    public static bool IsService(string state) => state is Paused or Stopped;
}

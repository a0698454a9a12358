namespace Bot.Features.Broadcasts;

/// <summary>The internal command each recipient gets (payload: <see cref="BroadcastContent"/>).</summary>
public static class BroadcastCommands
{
    public const string Deliver = "broadcasts.deliver";
}

namespace Bot.Features.Broadcasts;

/// <summary>The words of the broadcasts API. A record is <see cref="Scheduled"/> until the timer (or the
/// POST, without sendAt) moves it to <see cref="Sending"/> with a conditional write (one winner); it ends
/// <see cref="Done"/> or <see cref="Cancelled"/>.</summary>
public static class BroadcastStatus
{
    public const string Scheduled = "scheduled";
    public const string Sending = "sending";
    public const string Done = "done";
    public const string Cancelled = "cancelled";
}

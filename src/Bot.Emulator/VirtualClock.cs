namespace Bot.Emulator;

/// <summary>
/// Real UTC time plus an offset that only grows (<c>POST /emulator/clock/advance</c>), so that a
/// five-minute lifetime can be tested in a second. Timers and timestamps stay on real time.
/// </summary>
public sealed class VirtualClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    public VirtualClock()
        : this(System)
    {
    }

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <summary>Moves the clock forward; a negative amount is refused.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}

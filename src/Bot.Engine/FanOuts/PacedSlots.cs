namespace Bot.Engine.FanOuts;

/// <summary><see cref="Count"/> consecutive send slots, <see cref="Interval"/> apart from <see cref="First"/>.</summary>
public sealed record PacedSlots(DateTimeOffset First, int Count, TimeSpan Interval)
{
    public DateTimeOffset this[int index] => First + Interval * index;

    /// <summary>The first instant after these slots (the next batch's start).</summary>
    public DateTimeOffset End => First + Interval * Count;
}

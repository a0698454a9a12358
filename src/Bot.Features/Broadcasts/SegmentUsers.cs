namespace Bot.Features.Broadcasts;

/// <summary>A segment at the start of a broadcast: who gets it, and how many are only counted.</summary>
public sealed record SegmentUsers(IReadOnlyList<long> Recipients, int KnownUnreachable, int Blocked);

using Bot.Engine.Pacing;
using Microsoft.Extensions.Options;

namespace Bot.Engine.FanOuts;

/// <summary>
/// Spaces this process's fan-out sends at least 1/<c>Broadcasts:PerSecond</c> apart, at the moment of the Bot
/// API call. <see cref="SendPacer"/> books the slots for all instances, but a slot only makes a command visible
/// on the queue: when processing falls behind (a busy instance, a batch of 16 handled at once), sends whose slots
/// have passed would otherwise leave together, above Telegram's 30 a second, and come back as 429s that all
/// retry after the same second. The wait is short by construction: at most one interval per send ahead of this
/// one in the process, and those are bounded by the workers' concurrency. (A sliding one-second window instead
/// let 5 % of a 2,000-recipient broadcast draw 429s: sends that pass together reach Telegram bunched.)
/// </summary>
public sealed class SendGate(TimeProvider time, IOptions<FanOutOptions> options)
    : SpacingGate(time, (options ?? throw new ArgumentNullException(nameof(options))).Value.Interval);

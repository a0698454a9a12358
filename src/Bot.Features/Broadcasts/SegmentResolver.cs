using Bot.Engine;
using Bot.Engine.Sessions;
using Microsoft.Extensions.Options;

namespace Bot.Features.Broadcasts;

/// <summary>The users of a segment, read from the session rows (one table query, 1,000 rows a page): those to
/// send to, and those left out and only counted (blocked by an admin; already unreachable).</summary>
public sealed class SegmentResolver(SessionStore sessions, IOptions<BotOptions> bot)
{
    public async Task<SegmentUsers> ResolveAsync(BroadcastSegment segment, CancellationToken ct)
    {
        var recipients = new List<long>();
        int blocked = 0, unreachable = 0;
        await foreach (var session in sessions.QueryAllAsync(ct))
        {
            if (!segment.Matches(session, bot.Value))
            {
                continue;
            }

            if (session.Blocked)
            {
                blocked++;
            }
            else if (session.Unreachable)
            {
                unreachable++;
            }
            else
            {
                recipients.Add(session.UserId);
            }
        }

        return new SegmentUsers(recipients, unreachable, blocked);
    }
}

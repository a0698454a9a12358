using Bot.Engine.Effects;
using Bot.Engine.Inbox;

namespace Bot.Features.Coaching;

/// <summary>Reads the participants' index for a trainer's /participants; the list comes back as
/// <see cref="Found"/> (one partition query).</summary>
public sealed class ParticipantsLookup(IInboxPublisher inbox, ParticipantStore store) : LookupEffect<ParticipantsQuery, ParticipantsList>(inbox)
{
    public const string EffectName = "coaching.participants";
    public const string Found = "coaching.participants-found";
    public const int MaxListed = 50;

    public override string Name => EffectName;

    public override string ResultCommand => Found;

    protected override async Task<ParticipantsList> LookupAsync(ParticipantsQuery query, CancellationToken ct)
    {
        var all = await store.ListAsync(ct);
        return new ParticipantsList(all.Count, all.Take(Math.Clamp(query.Max, 1, MaxListed)).ToList());
    }
}

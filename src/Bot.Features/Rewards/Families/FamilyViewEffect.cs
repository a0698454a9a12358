using Bot.Engine.Effects;
using Bot.Engine.Inbox;

namespace Bot.Features.Rewards.Families;

/// <summary>Reads the user's family for the /family card; answers <see cref="RewardsCommands.FamilyView"/>
/// (null inside when the family is gone).</summary>
public sealed class FamilyViewEffect(IInboxPublisher inbox, FamilyStore families) : LookupEffect<FamilyViewQuery, FamilyViewResult>(inbox)
{
    public override string Name => RewardsCommands.FamilyViewEffect;

    public override string ResultCommand => RewardsCommands.FamilyView;

    protected override async Task<FamilyViewResult> LookupAsync(FamilyViewQuery query, CancellationToken ct) =>
        new(query.FamilyId, query.Invite, await families.GetAsync(query.FamilyId, ct));
}

using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Sessions;

namespace Bot.Features.Rewards.Referrals;

/// <summary>Checks that the referrer is a user of the bot, then rewards both sides (each by a command keyed by
/// the new user, and a ledger key per side: <c>ref:joined</c> for the new user, <c>ref:{newUserId}</c> for the
/// referrer), or tells the new user politely that the link is unknown.</summary>
public sealed class ReferralEffect(SessionStore sessions, IInboxPublisher inbox) : IEffectHandler
{
    public string Name => RewardsCommands.ReferralEffect;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<ReferralRequest>();
        var referrer = await sessions.GetAsync(request.ReferrerId, ct);
        var key = $"ref:{request.NewUserId}";
        if (referrer is null)
        {
            await inbox.PublishCommandAsync(request.NewUserId, InternalCommand.Create(RewardsCommands.ReferralUnknown, key + "|unknown", request), ct);
            return;
        }

        await inbox.PublishCommandAsync(request.NewUserId, InternalCommand.Create(RewardsCommands.ReferralJoined, key + "|joined", request), ct);
        await inbox.PublishCommandAsync(request.ReferrerId, InternalCommand.Create(RewardsCommands.ReferralReward, key + "|referrer", request), ct);
    }
}

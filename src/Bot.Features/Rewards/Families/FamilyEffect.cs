using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Records;
using Bot.Engine.Schedules;
using Microsoft.Extensions.Options;

namespace Bot.Features.Rewards.Families;

/// <summary>Every change to a family, with one winner (<see cref="SharedRecords"/>): create, join, leave,
/// a family walk's points into the pool, and the period's share-out. The outcome goes to the requester
/// (<see cref="RewardsCommands.FamilyResult"/>), news to the other members, shares to every member
/// (<see cref="RewardsCommands.FamilyShare"/>), and the next share-out is scheduled for the owner.</summary>
public sealed class FamilyEffect(SharedRecords records, ScheduleStore schedules, TimeProvider clock, IOptions<RewardsOptions> options) : IEffectHandler
{
    public string Name => RewardsCommands.FamilyEffect;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<FamilyRequest>();
        var now = clock.GetUtcNow();
        var period = options.Value.SharePeriod;
        var result = await records.ChangeAsync<Family, FamilyOutcome>(RewardsTables.Families, request.FamilyId, RewardsTables.FamilyRow, context.Key,
            family => Decide(family, request, now, period), ct);
        var outcome = result.Outcome;

        if (request.Op == FamilyOps.Settle)
        {
            await SettledAsync(context.Key, outcome, ct);
            return;
        }

        await records.NotifyAsync(request.UserId, RewardsCommands.FamilyResult, context.Key, outcome, ct);
        if (outcome.Status != FamilyOps.Ok)
        {
            return;
        }

        foreach (var other in outcome.Others ?? [])
        {
            var kind = request.Op == FamilyOps.Join ? FamilyNews.Joined : FamilyNews.Left;
            await records.NotifyAsync(other, RewardsCommands.FamilyNews, context.Key + "|" + kind, new FamilyNews(kind, outcome.Name ?? "", request.FirstName), ct);
        }

        if (outcome.NewOwnerId is { } owner && owner != request.UserId)
        {
            await records.NotifyAsync(owner, RewardsCommands.FamilyNews, context.Key + "|owner", new FamilyNews(FamilyNews.NewOwner, outcome.Name ?? "", null), ct);
        }
    }

    /// <summary>Tells every member their share and books the next share-out (both keyed: a repeat changes nothing).</summary>
    private async Task SettledAsync(string effectKey, FamilyOutcome outcome, CancellationToken ct)
    {
        if (outcome.Status != FamilyOps.Ok)
        {
            return;
        }

        foreach (var share in outcome.Shares ?? [])
        {
            await records.NotifyAsync(share.UserId, RewardsCommands.FamilyShare, effectKey, outcome with { Shares = [share] }, ct);
        }

        if (outcome.NextPeriodEnd is { } next && outcome.NewOwnerId is { } owner)
        {
            var settle = new FamilySettleRequest(outcome.FamilyId, next);
            await schedules.AddAsync(next, owner, InternalCommand.Create(RewardsCommands.FamilySettle, settle.Key, settle), ct);
        }
    }

    /// <summary>The decision on the family record (null when absent): pure, may run once per conflict.</summary>
    public static Change<Family, FamilyOutcome> Decide(Family? family, FamilyRequest request, DateTimeOffset now, TimeSpan period)
    {
        var refused = (string status) => Change<Family, FamilyOutcome>.Keep(
            new FamilyOutcome(request.Op, status, request.FamilyId, request.UserId, family?.Name, request.FirstName, WalkId: request.WalkId, Points: request.Points));
        if (request.Op == FamilyOps.Create)
        {
            if (family is not null)
            {
                return refused(FamilyOps.Clash);
            }

            var created = new Family(request.FamilyId, request.Name ?? "", request.UserId, [new FamilyMember(request.UserId, request.FirstName, now)],
                0, new Dictionary<long, long>(), now, now + period);
            return Change<Family, FamilyOutcome>.Write(created,
                new FamilyOutcome(request.Op, FamilyOps.Ok, created.FamilyId, request.UserId, created.Name, request.FirstName, NewOwnerId: request.UserId, PeriodEnd: created.PeriodEnd));
        }

        if (family is null || family.Closed)
        {
            return refused(FamilyOps.NotFound);
        }

        return request.Op switch
        {
            FamilyOps.Join => Join(family, request, now, refused),
            FamilyOps.Leave => Leave(family, request, refused),
            FamilyOps.Contribute => Contribute(family, request, refused),
            FamilyOps.Settle => Settle(family, request, period, refused),
            _ => refused(FamilyOps.Stale),
        };
    }

    private static Change<Family, FamilyOutcome> Join(Family family, FamilyRequest request, DateTimeOffset now, Func<string, Change<Family, FamilyOutcome>> refused)
    {
        var others = family.Members.Select(m => m.UserId).Where(id => id != request.UserId).ToList();
        var outcome = new FamilyOutcome(request.Op, FamilyOps.Ok, family.FamilyId, request.UserId, family.Name, request.FirstName, Others: others);
        return family.Has(request.UserId)
            ? Change<Family, FamilyOutcome>.Keep(outcome with { Others = [] })
            : Change<Family, FamilyOutcome>.Write(family with { Members = [.. family.Members, new FamilyMember(request.UserId, request.FirstName, now)] }, outcome);
    }

    private static Change<Family, FamilyOutcome> Leave(Family family, FamilyRequest request, Func<string, Change<Family, FamilyOutcome>> refused)
    {
        if (!family.Has(request.UserId))
        {
            return refused(FamilyOps.NotMember);
        }

        var members = family.Members.Where(m => m.UserId != request.UserId).ToList();
        var steps = family.Steps.Where(s => s.Key != request.UserId).ToDictionary(s => s.Key, s => s.Value);
        if (members.Count == 0)
        {
            // The last member closes the family and takes what is in the pool.
            return Change<Family, FamilyOutcome>.Write(family with { Members = [], Steps = steps, Pool = 0, Shared = family.Shared + family.Pool, Closed = true },
                new FamilyOutcome(request.Op, FamilyOps.Ok, family.FamilyId, request.UserId, family.Name, request.FirstName, Payout: family.Pool, Closed: true, Others: []));
        }

        var owner = family.OwnerId == request.UserId ? members.OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).First().UserId : family.OwnerId;
        return Change<Family, FamilyOutcome>.Write(family with { Members = members, Steps = steps, OwnerId = owner },
            new FamilyOutcome(request.Op, FamilyOps.Ok, family.FamilyId, request.UserId, family.Name, request.FirstName,
                NewOwnerId: owner == family.OwnerId ? null : owner, Others: members.Select(m => m.UserId).ToList()));
    }

    private static Change<Family, FamilyOutcome> Contribute(Family family, FamilyRequest request, Func<string, Change<Family, FamilyOutcome>> refused)
    {
        if (!family.Has(request.UserId))
        {
            return refused(FamilyOps.NotMember);
        }

        var steps = new Dictionary<long, long>(family.Steps) { [request.UserId] = family.StepsOf(request.UserId) + request.Steps };
        return Change<Family, FamilyOutcome>.Write(family with { Pool = family.Pool + request.Points, Steps = steps },
            new FamilyOutcome(request.Op, FamilyOps.Ok, family.FamilyId, request.UserId, family.Name, WalkId: request.WalkId, Points: request.Points));
    }

    private static Change<Family, FamilyOutcome> Settle(Family family, FamilyRequest request, TimeSpan period, Func<string, Change<Family, FamilyOutcome>> refused)
    {
        if (request.PeriodEnd != family.PeriodEnd)
        {
            return refused(FamilyOps.Stale);
        }

        var next = family.PeriodEnd + period;
        var members = family.Members.Select(m => (m.UserId, family.StepsOf(m.UserId))).ToList();
        var total = members.Sum(m => m.Item2);
        var outcome = new FamilyOutcome(request.Op, FamilyOps.Ok, family.FamilyId, request.UserId, family.Name,
            NewOwnerId: family.OwnerId, Pool: family.Pool, TotalSteps: total, PeriodEnd: family.PeriodEnd, NextPeriodEnd: next);
        if (family.Pool == 0)
        {
            // Nothing to share: nobody is told, the period simply rolls on.
            return Change<Family, FamilyOutcome>.Write(family with { PeriodEnd = next, Steps = new Dictionary<long, long>() }, outcome with { Shares = [] });
        }

        if (total == 0)
        {
            // Points but no current member's steps (the walkers left): the pool carries over; members are told.
            return Change<Family, FamilyOutcome>.Write(family with { PeriodEnd = next, Steps = new Dictionary<long, long>() },
                outcome with { Shares = members.Select(m => new FamilyShareLine(m.UserId, 0, 0)).ToList() });
        }

        var shares = FamilyShares.Split(family.Pool, members);
        return Change<Family, FamilyOutcome>.Write(
            family with { PeriodEnd = next, Pool = 0, Shared = family.Shared + family.Pool, Steps = new Dictionary<long, long>() },
            outcome with { Shares = shares });
    }
}

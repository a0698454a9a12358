using Bot.Features.Rewards.Families;

namespace Bot.Features.Tests.Rewards.Families;

public sealed class FamilyEffectDecideTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private static Family ThreeMembers() => new("ABCD2345", "Ивановы", 1,
        [new FamilyMember(1, "A", Now), new FamilyMember(3, "C", Now.AddMinutes(10)), new FamilyMember(2, "B", Now.AddMinutes(5))],
        41, new Dictionary<long, long> { [1] = 2100, [2] = 1050, [3] = 1150 }, Now, Now + Week);

    [Fact]
    public void Create_over_an_existing_family_is_a_clash()
    {
        var change = FamilyEffect.Decide(ThreeMembers(), new FamilyRequest(FamilyOps.Create, "ABCD2345", 9, Name: "X"), Now, Week);

        Assert.False(change.Writes);
        Assert.Equal(FamilyOps.Clash, change.Outcome.Status);
    }

    [Fact]
    public void Owner_leaving_hands_the_family_to_the_longest_standing_member_and_their_steps_go()
    {
        var change = FamilyEffect.Decide(ThreeMembers(), new FamilyRequest(FamilyOps.Leave, "ABCD2345", 1), Now, Week);

        Assert.Equal(2, change.Record!.OwnerId);
        Assert.Equal(2, change.Outcome.NewOwnerId);
        Assert.DoesNotContain(1L, change.Record.Steps.Keys);
        Assert.Equal(41, change.Record.Pool);
    }

    [Fact]
    public void Last_member_leaving_closes_the_family_and_takes_the_pool()
    {
        var family = ThreeMembers() with { Members = [new FamilyMember(3, "C", Now)] };

        var change = FamilyEffect.Decide(family, new FamilyRequest(FamilyOps.Leave, "ABCD2345", 3), Now, Week);

        Assert.True(change.Record!.Closed);
        Assert.Equal(41, change.Outcome.Payout);
        Assert.Equal(FamilyOps.NotFound, FamilyEffect.Decide(change.Record, new FamilyRequest(FamilyOps.Join, "ABCD2345", 4), Now, Week).Outcome.Status);
    }

    [Fact]
    public void Settle_shares_the_pool_once_and_a_repeat_for_the_same_period_is_stale()
    {
        var family = ThreeMembers();
        var request = new FamilyRequest(FamilyOps.Settle, family.FamilyId, 1, PeriodEnd: family.PeriodEnd);

        var change = FamilyEffect.Decide(family, request, Now + Week, Week);

        Assert.Equal(41, change.Outcome.Shares!.Sum(s => s.Points));
        Assert.Equal(0, change.Record!.Pool);
        Assert.Empty(change.Record.Steps);
        Assert.Equal(family.PeriodEnd + Week, change.Record.PeriodEnd);
        Assert.Equal(FamilyOps.Stale, FamilyEffect.Decide(change.Record, request, Now + Week, Week).Outcome.Status);
    }

    [Fact]
    public void Pool_without_steps_of_current_members_carries_over()
    {
        var family = ThreeMembers() with { Steps = new Dictionary<long, long>() };

        var change = FamilyEffect.Decide(family, new FamilyRequest(FamilyOps.Settle, family.FamilyId, 1, PeriodEnd: family.PeriodEnd), Now + Week, Week);

        Assert.Equal(41, change.Record!.Pool);
        Assert.All(change.Outcome.Shares!, s => Assert.Equal(0, s.Points));
    }

    [Fact]
    public void Contribution_of_someone_no_longer_a_member_is_refused()
    {
        var change = FamilyEffect.Decide(ThreeMembers(), new FamilyRequest(FamilyOps.Contribute, "ABCD2345", 9, WalkId: "w", Steps: 100, Points: 1), Now, Week);

        Assert.False(change.Writes);
        Assert.Equal(FamilyOps.NotMember, change.Outcome.Status);
        Assert.Equal(1, change.Outcome.Points);
    }
}

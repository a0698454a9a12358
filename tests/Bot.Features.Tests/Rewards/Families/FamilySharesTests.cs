using Bot.Features.Rewards.Families;

namespace Bot.Features.Tests.Rewards.Families;

public sealed class FamilySharesTests
{
    [Fact]
    public void Uneven_pool_is_split_by_largest_remainder_and_adds_up()
    {
        var shares = FamilyShares.Split(41, [(1, 2100), (2, 1050), (3, 1150)]);

        Assert.Equal([20L, 10L, 11L], shares.Select(s => s.Points));
        Assert.Equal(41, shares.Sum(s => s.Points));
    }

    [Fact]
    public void Equal_remainders_go_to_the_member_listed_first()
    {
        var shares = FamilyShares.Split(10, [(1, 1), (2, 1), (3, 1)]);

        Assert.Equal([4L, 3L, 3L], shares.Select(s => s.Points));
    }

    [Fact]
    public void Shares_always_add_up_to_the_pool()
    {
        var random = new Random(12);
        for (var run = 0; run < 500; run++)
        {
            var members = Enumerable.Range(1, random.Next(1, 8)).Select(i => ((long)i, (long)random.Next(0, 30_000))).ToList();
            var pool = (long)random.Next(0, 100_000);
            var shares = FamilyShares.Split(pool, members);
            var expected = members.Sum(m => m.Item2) == 0 ? 0 : pool;
            Assert.Equal(expected, shares.Sum(s => s.Points));
            Assert.All(shares, s => Assert.True(s.Points >= 0));
        }
    }

    [Fact]
    public void Members_without_steps_get_nothing()
    {
        var shares = FamilyShares.Split(7, [(1, 0), (2, 500)]);

        Assert.Equal([0L, 7L], shares.Select(s => s.Points));
    }
}

using Bot.Features.Rewards.Promo;

namespace Bot.Features.Tests.Rewards.Promo;

public sealed class PromoEffectDecideTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, PromoOutcome.Unknown)]
    [InlineData(-1, PromoOutcome.Expired)]
    [InlineData(0, PromoOutcome.Exhausted)]
    [InlineData(1, PromoOutcome.Granted)]
    public void Decides_by_existence_expiry_and_uses_left(int? usesLeft, string expected)
    {
        PromoCode? promo = usesLeft switch
        {
            null => null,
            -1 => new PromoCode("A", 10, 5, Now, 0),
            _ => new PromoCode("A", 10, 5, Now.AddDays(1), 5 - usesLeft.Value),
        };

        var change = PromoEffect.Decide(promo, "A", Now);

        Assert.Equal(expected, change.Outcome.Status);
        Assert.Equal(expected == PromoOutcome.Granted, change.Writes);
        if (change.Writes)
        {
            Assert.Equal(5, change.Record!.Uses);
        }
    }

    [Fact]
    public void Codes_are_trimmed_and_upper_cased() => Assert.Equal("WINTER25", PromoCode.Normalize("  winter25 "));
}

using Bot.Features.Rewards.Referrals;

namespace Bot.Features.Tests.Rewards.Referrals;

public sealed class ReferralCodeTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(42L)]
    [InlineData(7_123_456_789L)]
    public void Code_round_trips(long userId) => Assert.Equal(userId, ReferralCode.Parse(ReferralCode.Of(userId)));

    [Theory]
    [InlineData("")]
    [InlineData("ab-c")]
    [InlineData("zzzzzzzzzzzzzz")]
    [InlineData("0")]
    public void Bad_codes_are_null(string code) => Assert.Null(ReferralCode.Parse(code));
}

using Bot.Features.Wallet;

namespace Bot.Features.Tests.Wallet;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("500", 500)]
    [InlineData(" 500 ", 500)]
    [InlineData("1 000", 1000)]
    [InlineData("500 ₽", 500)]
    [InlineData("500руб", 500)]
    [InlineData("+700", 700)]
    [InlineData("0100", 100)]
    [InlineData("100000", 100000)]
    public void Parse_WholeRoublesWithinTheMaximum_AreAccepted(string text, long expected)
    {
        Assert.Equal((expected, AmountError.None), AmountParser.Parse(text, 100_000));
    }

    [Theory]
    [InlineData("abc", AmountError.NotANumber)]
    [InlineData("сто рублей", AmountError.NotANumber)]
    [InlineData("5a", AmountError.NotANumber)]
    [InlineData("", AmountError.NotANumber)]
    [InlineData("1e3", AmountError.NotANumber)]
    [InlineData("0", AmountError.NotPositive)]
    [InlineData("000", AmountError.NotPositive)]
    [InlineData("0.00", AmountError.NotPositive)]
    [InlineData("-5", AmountError.NotPositive)]
    [InlineData("−5", AmountError.NotPositive)]
    [InlineData("10.5", AmountError.Fraction)]
    [InlineData("10,50", AmountError.Fraction)]
    [InlineData("-10.5", AmountError.NotPositive)]
    [InlineData("100001", AmountError.TooLarge)]
    [InlineData("99999999999999999999999999", AmountError.TooLarge)]
    public void Parse_BadAmounts_SayWhatIsWrong(string text, AmountError expected)
    {
        Assert.Equal(expected, AmountParser.Parse(text, 100_000).Error);
    }
}

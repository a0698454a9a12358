using Bot.Features.Common;

namespace Bot.Features.Tests.Common;

public sealed class PhonesTests
{
    [Theory]
    [InlineData("8 999 123-45-67")]
    [InlineData("+7 (999) 123 45 67")]
    [InlineData("79991234567")]
    [InlineData("+79991234567")]
    [InlineData("8(999)1234567")]
    [InlineData(" 9991234567 ")]
    public void RussianNumbersInAnyCommonForm_AreOneE164Number(string input)
    {
        Assert.Equal("+79991234567", Phones.Normalize(input));
    }

    [Fact]
    public void AForeignNumberWithItsCountryCode_KeepsIt()
    {
        Assert.Equal("+442079460018", Phones.Normalize("+44 20 7946 0018"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("hello")]
    [InlineData("12345")]
    [InlineData("+7 999 123")]
    [InlineData("8 999 123 45 67 89 01")]
    [InlineData("+0 999 123 45 67")]
    public void Invalid_IsAClearFailure(string? input)
    {
        Assert.False(Phones.TryNormalize(input, out var e164, out var error));
        Assert.Null(e164);
        Assert.False(string.IsNullOrWhiteSpace(error));
        var ex = Assert.Throws<InvalidPhoneException>(() => Phones.Normalize(input));
        Assert.Equal(error, ex.Message);
    }

    [Theory]
    [InlineData("+79991234567", "+7999***4567")]
    [InlineData("8 999 123-45-67", "+7999***4567")]
    [InlineData("12345", "12***")]
    [InlineData("", "")]
    public void Mask_ShowsOnlyTheStartAndTheLastFour(string input, string masked)
    {
        Assert.Equal(masked, Phones.Mask(input));
    }
}

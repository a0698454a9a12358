using System.Text.Json;
using Bot.Features.Rewards.Shop;
using Bot.Features.Rewards.Shop.Admin;

namespace Bot.Features.Tests.Rewards.Shop;

public sealed class ShopAdminValidationTests
{
    [Fact]
    public void PickupPoints_TheSeedsBody_IsRead()
    {
        var (points, error) = Read("""[{"id":"019620d8987e745880fb93a122b7da44","full_address":"Москва Ленинградский проспект 75 к1А"},{"id":"b","full_address":"Москва Варшавское шоссе 168"}]""");
        Assert.Null(error);
        Assert.Equal([new PickupPoint("019620d8987e745880fb93a122b7da44", "Москва Ленинградский проспект 75 к1А"), new PickupPoint("b", "Москва Варшавское шоссе 168")], points);
    }

    [Fact]
    public void PickupPoints_MissingFieldsAndDuplicates_AreAllNamed()
    {
        var (points, error) = Read("""[{"id":"a","full_address":"x"},{"full_address":"y"},{"id":"c"},{"id":"a","full_address":"z"},{"id":"","full_address":"w"}]""");
        Assert.Null(points);
        Assert.Equal("missing id at index 1, 4; missing full_address at index 2; duplicate ids: a; nothing was replaced", error);
    }

    [Fact]
    public void PickupPoints_Empty_IsAnEmptyList() => Assert.Empty(Read("[]").Points!);

    [Theory]
    [InlineData("ivan@example.com", true)]
    [InlineData("i.petrov+gift@mail.ru", true)]
    [InlineData("ivan@example", false)]
    [InlineData("ivan@@example.com", false)]
    [InlineData("ivan @example.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("", false)]
    public void Email_IsValidated(string email, bool valid) => Assert.Equal(valid, EmailAddress.TryNormalize(email, out _));

    [Theory]
    [InlineData("  Москва,  Ленинградский   пр. ", "москва ленинградский пр")]
    [InlineData("Королёв", "королев")]
    [InlineData("ЁЛКИ", "елки")]
    public void AddressText_Normalises(string text, string expected) => Assert.Equal(expected, AddressText.Normalize(text));

    private static (List<PickupPoint>? Points, string? Error) Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ShopAdminEndpoints.ReadPickupPoints(doc.RootElement);
    }
}

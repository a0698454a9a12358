using System.Collections.Frozen;
using Bot.Engine.Texts;

namespace Bot.Engine.Tests.Texts;

public sealed class TextSnapshotTests
{
    private static readonly TextSnapshot Texts = new(new[]
    {
        new TextDefinition("hello", "Привет, {name}\nБаланс: {balance}", "Hello, {name}\nBalance: {balance}"),
    }.ToFrozenDictionary(t => t.Key));

    [Theory]
    [InlineData("ru", "Привет, Anna\nБаланс: 150.5")]
    [InlineData("en", "Hello, Anna\nBalance: 150.5")]
    public void PicksTheLocaleAndFillsPlaceholdersInvariantly(string locale, string expected) =>
        Assert.Equal(expected, Texts.Get("hello", locale, ("name", "Anna"), ("balance", 150.5m)));

    [Fact]
    public void UnknownKeyShowsTheKey() => Assert.Equal("missing.key", Texts.Get("missing.key", "ru"));
}

using Bot.Engine.Texts;
using Bot.Features.Admin;

namespace Bot.Features.Tests.Admin;

public sealed class TextPlaceholderTests
{
    private static readonly TextDefinition Welcome = new("start_welcome", "Привет, {name}!", "Hello, {name}!");

    [Fact]
    public void AnOverrideWithTheDefaultsPlaceholders_OrNone_IsAccepted()
    {
        Assert.Null(AdminTextsEndpoints.UnknownPlaceholders(Welcome, "Здравствуйте, {name}!", null));
        Assert.Null(AdminTextsEndpoints.UnknownPlaceholders(Welcome, "Здравствуйте!", "Hi!"));
        Assert.Null(AdminTextsEndpoints.UnknownPlaceholders(Welcome, "JSON {\"a\":1} is not a placeholder", null));
    }

    [Fact]
    public void AMisspelledPlaceholder_IsRefusedNamingItAndWhatTheTextHas()
    {
        var error = AdminTextsEndpoints.UnknownPlaceholders(Welcome, "Привет {nmae}", "Hi {name}, {when} {nmae}");

        Assert.Equal("unknown placeholders (ru: {nmae}; en: {when}, {nmae}); this text has {name}", error);
    }

    [Fact]
    public void ATextWithoutPlaceholders_TakesNone() =>
        Assert.Equal("unknown placeholders (ru: {name}); this text has none",
            AdminTextsEndpoints.UnknownPlaceholders(new TextDefinition("main_menu", "Меню:", "Menu:"), "Меню, {name}:", null));
}

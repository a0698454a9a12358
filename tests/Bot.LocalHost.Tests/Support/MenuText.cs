using Bot.Features.Menu;

namespace Bot.LocalHost.Tests.Support;

/// <summary>The core menu's real texts (src/Bot.Features/Menu/MenuTexts.cs), so tests follow their wording.</summary>
public static class MenuText
{
    public static string Ru(string key) => MenuTexts.All.Single(t => t.Key == key).Ru;

    public static string En(string key) => MenuTexts.All.Single(t => t.Key == key).En;
}

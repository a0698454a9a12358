namespace Bot.Engine.Routing;

/// <summary>A flow's button in the main menu: a text key and the callback data it sends.</summary>
public sealed record MenuEntry(string TextKey, string CallbackData, int Order = 100);

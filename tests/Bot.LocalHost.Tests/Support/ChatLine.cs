namespace Bot.LocalHost.Tests.Support;

/// <summary>One entry of <c>GET /emulator/users/{userId}/chat</c>.</summary>
public sealed record ChatLine(long Id, string From, string? Text, IReadOnlyList<IReadOnlyList<ChatButton>> InlineKeyboard, bool RemoveKeyboard, bool Edited = false)
{
    public bool FromBot => From == "bot";
}

public sealed record ChatButton(string Text, string? CallbackData, string? Url);

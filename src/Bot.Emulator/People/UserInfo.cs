namespace Bot.Emulator.People;

/// <summary>One user of <c>GET /emulator/users</c>.</summary>
internal sealed record UserInfo(long UserId, string FirstName, string? Username, string LanguageCode, bool Blocked);

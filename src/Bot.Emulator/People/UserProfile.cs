namespace Bot.Emulator.People;

/// <summary>Optional profile fields a request may set for the user (first use creates the user).</summary>
internal sealed record UserProfile(string? FirstName, string? LanguageCode, string? Username);

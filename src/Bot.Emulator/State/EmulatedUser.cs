namespace Bot.Emulator.State;

/// <summary>A Telegram user played by a person, a script or a test. Guarded by the <see cref="EmulatorState"/> lock.</summary>
internal sealed class EmulatedUser(long id, string firstName, string languageCode)
{
    public long Id { get; } = id;

    public string FirstName { get; set; } = firstName;

    public string? Username { get; set; }

    public string LanguageCode { get; set; } = languageCode;

    public bool Blocked { get; set; }
}

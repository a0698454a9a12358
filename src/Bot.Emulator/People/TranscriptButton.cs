namespace Bot.Emulator.People;

internal sealed record TranscriptButton(string Text, string? CallbackData, string? Url);

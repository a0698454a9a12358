namespace Bot.Engine.Texts;

/// <summary>A user-facing string: its key, Russian (the seeds' wording) and English.</summary>
public sealed record TextDefinition(string Key, string Ru, string En);

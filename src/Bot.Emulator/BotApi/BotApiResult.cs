using System.Text.Json.Nodes;

namespace Bot.Emulator.BotApi;

/// <summary>A successful answer: <c>{"ok":true,"result":...,"description":...}</c>.</summary>
internal sealed record BotApiResult(JsonNode? Result, string? Description = null)
{
    public static BotApiResult True(string? description = null) => new(JsonValue.Create(true), description);
}

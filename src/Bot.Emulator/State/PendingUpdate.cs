using System.Text.Json.Nodes;

namespace Bot.Emulator.State;

/// <summary>An update waiting for getUpdates or for the webhook. <paramref name="Lane"/> is the chat whose updates go one at a time.</summary>
internal sealed record PendingUpdate(long UpdateId, long Lane, string Type, JsonObject Payload);

using System.Text.Json.Nodes;

namespace Bot.Emulator.Tests;

public sealed record ReceivedUpdate(JsonObject Update, string? SecretToken)
{
    public int Status { get; set; }

    public long UpdateId => Update["update_id"]!.GetValue<long>();

    public long ChatId => (Update["message"]?["chat"]?["id"] ?? Update["callback_query"]?["from"]?["id"] ?? Update["my_chat_member"]?["chat"]?["id"])!.GetValue<long>();
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Emulator.State;

namespace Bot.Emulator.BotApi;

/// <summary>getMe and the command menu (setMyCommands, getMyCommands, deleteMyCommands).</summary>
internal sealed partial class BotInfoMethods(EmulatorState state, TelegramShapes shapes) : IBotApiMethodGroup
{
    public void AddTo(IDictionary<string, BotApiHandler> methods)
    {
        methods["getMe"] = (_, _) => Task.FromResult(new BotApiResult(GetMe()));
        methods["setMyCommands"] = (p, _) => Task.FromResult(SetMyCommands(p));
        methods["getMyCommands"] = (p, _) => Task.FromResult(GetMyCommands(p));
        methods["deleteMyCommands"] = (p, _) => Task.FromResult(DeleteMyCommands(p));
    }

    private JsonObject GetMe()
    {
        var me = shapes.BotUser();
        me["can_join_groups"] = true;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        me["can_connect_to_business"] = false;
        me["has_main_web_app"] = false;
        return me;
    }

    private BotApiResult SetMyCommands(BotApiParameters p)
    {
        var commands = p.GetArray("commands") ?? throw BotApiException.BadRequest("parameter \"commands\" is required");
        var clean = new JsonArray();
        foreach (var node in commands)
        {
            var command = TextOf(node?["command"]);
            var description = TextOf(node?["description"]);
            if (command is null || !CommandName().IsMatch(command))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }

            if (string.IsNullOrWhiteSpace(description) || description.Length > 256)
            {
                throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }

            clean.Add(new JsonObject { ["command"] = command, ["description"] = description });
        }

        lock (state.Sync)
        {
            state.SetCommands(ScopeKey(p), clean);
        }

        return BotApiResult.True();
    }

    private BotApiResult GetMyCommands(BotApiParameters p)
    {
        lock (state.Sync)
        {
            return new BotApiResult(state.GetCommands(ScopeKey(p)));
        }
    }

    private BotApiResult DeleteMyCommands(BotApiParameters p)
    {
        lock (state.Sync)
        {
            state.DeleteCommands(ScopeKey(p));
        }

        return BotApiResult.True();
    }

    /// <summary>Commands are kept per scope and language, as Telegram keeps them.</summary>
    private static string ScopeKey(BotApiParameters p)
    {
        var scope = p.GetObject("scope");
        var type = TextOf(scope?["type"]) ?? "default";
        var chat = scope?["chat_id"]?.ToJsonString() ?? string.Empty;
        var user = scope?["user_id"]?.ToJsonString() ?? string.Empty;
        return $"{type}|{chat}|{user}|{p.GetString("language_code") ?? string.Empty}";
    }

    private static string? TextOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}

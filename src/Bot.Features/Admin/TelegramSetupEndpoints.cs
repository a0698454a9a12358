using System.Text.Json;
using System.Text.RegularExpressions;
using System.Globalization;
using Bot.Engine;
using Bot.Engine.Gateway;
using Bot.Engine.Routing;
using Bot.Engine.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Features.Admin;

/// <summary><c>POST /api/admin/telegram/setup</c> (body <c>{}</c>, or <c>{"webhookUrl":"..."}</c> to override
/// <c>Telegram:WebhookUrl</c>): registers the webhook with the secret token and the updates the bot
/// handles, and the command menu in Russian and English: the commands of the enabled flows that need no
/// role for everyone, and for each id in <c>Bot:AdminUserIds</c> (a chat scope) those plus the admin's.
/// Commands of other roles (owner, contractor…) are not put in a menu: they work when typed and /help lists
/// them for whoever has the role. Safe to call again (after a key rotation).</summary>
public sealed partial class TelegramSetupEndpoints(
    ITelegramBotClient client,
    IOptions<TelegramOptions> telegram,
    IOptions<BotOptions> bot,
    Router router,
    TextCatalog texts,
    ILogger<TelegramSetupEndpoints> log)
{
    /// <summary>What the processor routes: messages, button presses, blocks and unblocks.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>Telegram keeps at most 100 commands per scope and language.</summary>
    public const int MaxCommands = 100;

    public async Task<IActionResult> SetupAsync(HttpRequest request, CancellationToken ct)
    {
        string? url;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            url = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("webhookUrl", out var u)
                ? u.GetString()
                : null;
        }
        catch (JsonException)
        {
            return AdminResults.BadRequest("the body must be JSON: {} or {\"webhookUrl\":\"https://...\"}");
        }

        url ??= telegram.Value.WebhookUrl;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return AdminResults.BadRequest("no webhook URL: set Telegram:WebhookUrl (https://<host>/api/telegram/webhook) or send {\"webhookUrl\":...}");
        }

        var secret = telegram.Value.WebhookSecret;
        if (!SecretToken().IsMatch(secret))
        {
            return AdminResults.BadRequest("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
        }

        var snapshot = await texts.SnapshotAsync(ct);
        var everyone = router.Commands.Where(c => c.Role is null).Take(MaxCommands).ToList();
        var admins = router.Commands.Where(c => c.Role is null or Roles.Admin).Take(MaxCommands).ToList();
        var adminIds = bot.Value.AdminUserIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(id => id > 0).Distinct().ToList();
        try
        {
            await client.SetWebhook(url, allowedUpdates: AllowedUpdates, secretToken: secret, cancellationToken: ct);
            await SetCommandsAsync(everyone, snapshot, scope: null, ct);
            if (admins.Count > everyone.Count)
            {
                foreach (var id in adminIds)
                {
                    await SetCommandsAsync(admins, snapshot, new BotCommandScopeChat { ChatId = id }, ct);
                }
            }
        }
        catch (ApiRequestException ex)
        {
            log.LogError(ex, "Telegram refused the setup: {Code}", ex.ErrorCode);
            return AdminResults.Json(JsonSerializer.Serialize(new { error = "Telegram refused the setup: " + ex.Message }), 502);
        }

        log.LogInformation("Webhook registered at {Url} with {Count} allowed update types", url, AllowedUpdates.Length);
        return AdminResults.Json(JsonSerializer.Serialize(new
        {
            webhook = url,
            allowedUpdates = new[] { "message", "callback_query", "my_chat_member" },
            commands = everyone.Select(c => "/" + c.Name),
            adminCommands = admins.Count > everyone.Count ? admins.Select(c => "/" + c.Name) : [],
            adminChats = admins.Count > everyone.Count ? adminIds.Count : 0,
        }));
    }

    private async Task SetCommandsAsync(IReadOnlyList<FlowCommand> commands, TextSnapshot snapshot, BotCommandScope? scope, CancellationToken ct)
    {
        await client.SetMyCommands(commands.Select(c => new BotCommand(c.Name, Description(snapshot, c, "ru"))), scope, cancellationToken: ct);
        await client.SetMyCommands(commands.Select(c => new BotCommand(c.Name, Description(snapshot, c, "en"))), scope, "en", ct);
    }

    /// <summary>Telegram takes 1–256 characters.</summary>
    private static string Description(TextSnapshot snapshot, FlowCommand command, string locale)
    {
        var text = snapshot.Get(command.DescriptionKey, locale).Trim();
        return text.Length > 256 ? text[..256] : text;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}

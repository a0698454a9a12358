using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Engine.Gateway;
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
/// handles, and the command menu in Russian and English. Safe to call again (after a key rotation).</summary>
public sealed partial class TelegramSetupEndpoints(ITelegramBotClient client, IOptions<TelegramOptions> telegram, ILogger<TelegramSetupEndpoints> log)
{
    /// <summary>What the processor routes: messages, button presses, blocks and unblocks.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    public static readonly (string Command, string Ru, string En)[] Commands =
    [
        ("start", "Начать заново", "Start over"),
        ("menu", "Открыть меню", "Open the menu"),
        ("help", "Помощь", "Help"),
        ("cancel", "Отменить текущее действие", "Cancel what you are doing"),
    ];

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

        try
        {
            await client.SetWebhook(url, allowedUpdates: AllowedUpdates, secretToken: secret, cancellationToken: ct);
            await client.SetMyCommands(Commands.Select(c => new BotCommand(c.Command, c.Ru)), cancellationToken: ct);
            await client.SetMyCommands(Commands.Select(c => new BotCommand(c.Command, c.En)), languageCode: "en", cancellationToken: ct);
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
            commands = Commands.Select(c => "/" + c.Command),
        }));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}

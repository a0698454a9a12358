using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Engine.Gateway;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Engine.Inbox;

/// <summary>What the webhook does, host-independent: check the secret in constant time, bound the
/// size, check that the body is an update, and queue it for its user. Nothing else happens here so
/// that Telegram gets its answer in milliseconds.</summary>
public sealed class WebhookReceiver(IOptions<TelegramOptions> options, IInboxPublisher inbox, ILogger<WebhookReceiver> log)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public async Task<WebhookResult> ReceiveAsync(string? secret, Stream body, CancellationToken ct)
    {
        if (!SecretMatches(secret, options.Value.WebhookSecret))
        {
            log.LogWarning("Webhook call with a missing or wrong secret token rejected");
            return new WebhookResult(WebhookStatus.Unauthorized, "missing or wrong secret token");
        }

        var max = options.Value.MaxUpdateBytes;
        var bytes = await ReadBoundedAsync(body, max, ct);
        if (bytes is null)
        {
            return new WebhookResult(WebhookStatus.TooLarge, $"the body is over {max} bytes");
        }

        JsonElement json;
        Update? update;
        try
        {
            json = JsonSerializer.Deserialize<JsonElement>(bytes);
            update = json.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (JsonException ex)
        {
            return new WebhookResult(WebhookStatus.BadRequest, "the body is not a Telegram update: " + ex.Message);
        }

        if (update is null || json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("update_id", out _))
        {
            return new WebhookResult(WebhookStatus.BadRequest, "the body is not a Telegram update: no update_id");
        }

        var userId = UpdateUser.Of(update);
        if (userId is null)
        {
            log.LogInformation("Update {UpdateId} of type {Type} has no user and is ignored", update.Id, update.Type);
            return new WebhookResult(WebhookStatus.IgnoredNoUser, UpdateId: update.Id);
        }

        await inbox.PublishAsync(InboxEnvelope.ForUpdate(userId.Value, update.Id, json), ct);
        log.LogInformation("Update {UpdateId} queued", update.Id);
        return new WebhookResult(WebhookStatus.Queued, UpdateId: update.Id);
    }

    internal static bool SecretMatches(string? given, string expected)
    {
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(given))
        {
            return false;
        }

        // Hash both so that the comparison takes the same time whatever the lengths.
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

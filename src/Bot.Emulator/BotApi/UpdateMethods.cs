using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Emulator.State;

namespace Bot.Emulator.BotApi;

/// <summary>getUpdates (long polling) and the webhook methods.</summary>
internal sealed partial class UpdateMethods(UpdateHub hub, TimeProvider wallClock) : IBotApiMethodGroup
{
    private const string WebhookConflict =
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

    public void AddTo(IDictionary<string, BotApiHandler> methods)
    {
        methods["getUpdates"] = GetUpdatesAsync;
        methods["setWebhook"] = (p, _) => Task.FromResult(SetWebhook(p));
        methods["deleteWebhook"] = (p, _) => Task.FromResult(DeleteWebhook(p));
        methods["getWebhookInfo"] = (_, _) => Task.FromResult(GetWebhookInfo());
    }

    private async Task<BotApiResult> GetUpdatesAsync(BotApiParameters p, CancellationToken ct)
    {
        var offset = p.GetLong("offset") ?? 0;
        var limit = (int)Math.Clamp(p.GetLong("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(p.GetLong("timeout") ?? 0, 0, 50));
        var allowed = AllowedUpdates(p);
        var started = wallClock.GetTimestamp();
        while (true)
        {
            var changed = hub.Changed;
            if (hub.WebhookActive)
            {
                throw new BotApiException(409, WebhookConflict);
            }

            var updates = hub.Poll(offset, limit, allowed);
            var remaining = timeout - wallClock.GetElapsedTime(started);
            if (updates.Count > 0 || remaining <= TimeSpan.Zero)
            {
                return new BotApiResult(new JsonArray([.. updates]));
            }

            await Task.WhenAny(changed, Task.Delay(remaining, wallClock, ct));
            ct.ThrowIfCancellationRequested();
        }
    }

    private BotApiResult SetWebhook(BotApiParameters p)
    {
        var url = p.GetString("url");
        if (string.IsNullOrEmpty(url))
        {
            return DeleteWebhook(p);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = p.GetString("secret_token");
        if (secret is not null && !SecretToken().IsMatch(secret))
        {
            throw BotApiException.BadRequest("secret token contains unallowed characters");
        }

        var maxConnections = (int)Math.Clamp(p.GetLong("max_connections") ?? 40, 1, 100);
        var alreadySet = hub.Status().Webhook?.Url == url;
        hub.SetWebhook(new WebhookSettings(url, string.IsNullOrEmpty(secret) ? null : secret, maxConnections), AllowedUpdates(p), p.GetBool("drop_pending_updates"));
        return BotApiResult.True(alreadySet ? "Webhook is already set" : "Webhook was set");
    }

    private BotApiResult DeleteWebhook(BotApiParameters p) =>
        BotApiResult.True(hub.DeleteWebhook(p.GetBool("drop_pending_updates")) ? "Webhook was deleted" : "Webhook is already deleted");

    private BotApiResult GetWebhookInfo()
    {
        var status = hub.Status();
        var info = new JsonObject
        {
            ["url"] = status.Webhook?.Url ?? string.Empty,
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = status.PendingUpdateCount,
        };
        if (status.LastErrorDate is { } errorDate)
        {
            info["last_error_date"] = errorDate.ToUnixTimeSeconds();
            info["last_error_message"] = status.LastErrorMessage;
        }

        if (status.Webhook is { } webhook)
        {
            info["max_connections"] = webhook.MaxConnections;
            if (status.AllowedUpdates.Count > 0)
            {
                info["allowed_updates"] = new JsonArray([.. status.AllowedUpdates.Select(a => JsonValue.Create(a))]);
            }
        }

        return new BotApiResult(info);
    }

    private static string[]? AllowedUpdates(BotApiParameters p) =>
        p.GetArray("allowed_updates")?.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
            .OfType<string>()
            .ToArray();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}

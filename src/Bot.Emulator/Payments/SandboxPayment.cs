using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Payments;

/// <summary>A payment in the sandbox; guarded by the <see cref="PaymentSandbox"/> lock.</summary>
internal sealed class SandboxPayment(string id, string shopId, JsonObject request, string confirmationUrl, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string Status { get; set; } = PaymentStatus.Pending;

    public bool Paid { get; set; }

    public DateTimeOffset? CapturedAt { get; set; }

    public (string Party, string Reason)? Cancellation { get; set; }

    /// <summary>False when the shop asked for a two-stage payment (capture later).</summary>
    public bool AutoCapture => request["capture"] is JsonValue v && v.TryGetValue<bool>(out var capture) && capture;

    public JsonObject Amount => (JsonObject)request["amount"]!;

    public string? Description => request["description"]?.ToString();

    public string? ReturnUrl => request["confirmation"]?["return_url"]?.ToString();

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["status"] = Status,
            ["paid"] = Paid,
            ["amount"] = Amount.DeepClone(),
            ["created_at"] = Format(createdAt),
            ["description"] = Description,
            ["metadata"] = request["metadata"]?.DeepClone() ?? new JsonObject(),
            ["recipient"] = new JsonObject { ["account_id"] = shopId, ["gateway_id"] = "sandbox" },
            ["refundable"] = Status == PaymentStatus.Succeeded,
            ["test"] = true,
        };
        if (Status == PaymentStatus.Pending)
        {
            json["confirmation"] = new JsonObject
            {
                ["type"] = "redirect",
                ["return_url"] = ReturnUrl,
                ["confirmation_url"] = confirmationUrl,
            };
        }

        if (Paid)
        {
            json["payment_method"] = new JsonObject
            {
                ["type"] = "bank_card",
                ["id"] = Id,
                ["saved"] = false,
                ["title"] = "Bank card *4444",
                ["card"] = new JsonObject
                {
                    ["first6"] = "555555",
                    ["last4"] = "4444",
                    ["expiry_month"] = "12",
                    ["expiry_year"] = "2030",
                    ["card_type"] = "MasterCard",
                },
            };
        }

        if (CapturedAt is { } captured)
        {
            json["captured_at"] = Format(captured);
        }

        if (Cancellation is var (party, reason))
        {
            json["cancellation_details"] = new JsonObject { ["party"] = party, ["reason"] = reason };
        }

        return json;
    }

    private static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

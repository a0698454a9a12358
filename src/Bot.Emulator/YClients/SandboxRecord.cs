using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Emulator.YClients;

/// <summary>A record in the YCLIENTS sandbox; guarded by the <see cref="YClientsSandbox"/> lock.</summary>
internal sealed class SandboxRecord(long id, long companyId, DateTimeOffset createdAt)
{
    public long Id { get; } = id;

    public string? Phone { get; set; }

    public string? Name { get; set; }

    public decimal Amount { get; set; }

    public int Attendance { get; set; }

    public bool PaidFull { get; set; }

    public bool Deleted { get; set; }

    /// <summary>The record as a broken one looks: its service's <c>cost</c> is text that is no number, so the bot's
    /// reader cannot read it (tests of the bot's unreadable-record handling).</summary>
    public bool Unreadable { get; set; }

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset LastChange { get; set; } = createdAt;

    /// <summary>YCLIENTS' record JSON, with some of the quirks real records have: <c>client: null</c> for a
    /// record without a phone, <c>visit_id</c> as a string on every third record, a service's <c>cost</c> as
    /// a string on every fifth, <c>custom_fields</c> <c>{}</c> on even ids and <c>[]</c> on odd ones, dates
    /// with <c>+03:00</c> (<c>datetime</c>) and <c>+0300</c> (<c>create_date</c>, <c>last_change_date</c>).</summary>
    public JsonObject ToJson()
    {
        var visitAt = CreatedAt;
        JsonNode cost = Unreadable ? JsonValue.Create("не указана")
            : Id % 5 == 0 ? JsonValue.Create(Amount.ToString("0.##", CultureInfo.InvariantCulture))
            : JsonValue.Create(Amount);
        var visitId = 100000 + Id;
        return new JsonObject
        {
            ["id"] = Id,
            ["company_id"] = companyId,
            ["staff_id"] = 1,
            ["services"] = new JsonArray(new JsonObject
            {
                ["id"] = 1,
                ["title"] = "Услуга",
                ["cost"] = cost,
                ["cost_to_pay"] = Amount,
                ["manual_cost"] = Amount,
                ["cost_per_unit"] = Amount,
                ["discount"] = 0,
                ["first_cost"] = Amount,
                ["amount"] = 1,
            }),
            ["goods_transactions"] = new JsonArray(),
            ["staff"] = new JsonObject { ["id"] = 1, ["name"] = "Мастер", ["specialization"] = "мастер" },
            ["client"] = Phone is null ? null : new JsonObject
            {
                ["id"] = 500000 + Id,
                ["name"] = Name ?? "Клиент",
                ["surname"] = "",
                ["display_name"] = Name ?? "Клиент",
                ["phone"] = Phone,
                ["card"] = "",
                ["email"] = "",
                ["success_visits_count"] = Attendance == 1 ? 1 : 0,
                ["fail_visits_count"] = 0,
                ["discount"] = 0,
                ["custom_fields"] = new JsonArray(),
            },
            ["clients_count"] = 1,
            ["date"] = visitAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["datetime"] = visitAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["create_date"] = Compact(CreatedAt),
            ["comment"] = "",
            ["online"] = false,
            ["visit_attendance"] = Attendance,
            ["attendance"] = Attendance,
            ["confirmed"] = 1,
            ["seance_length"] = 3600,
            ["length"] = 3600,
            ["sms_before"] = 0,
            ["sms_now"] = 0,
            ["sms_now_text"] = "",
            ["email_now"] = 0,
            ["notified"] = 0,
            ["master_request"] = 0,
            ["api_id"] = "",
            ["from_url"] = "",
            ["review_requested"] = 0,
            ["visit_id"] = Id % 3 == 0 ? JsonValue.Create(visitId.ToString(CultureInfo.InvariantCulture)) : JsonValue.Create(visitId),
            ["created_user_id"] = 1,
            ["deleted"] = Deleted,
            ["paid_full"] = PaidFull ? 1 : 0,
            ["prepaid"] = false,
            ["prepaid_confirmed"] = false,
            ["last_change_date"] = Compact(LastChange),
            ["custom_color"] = "",
            ["custom_font_color"] = "",
            ["record_labels"] = new JsonArray(),
            ["activity_id"] = 0,
            ["custom_fields"] = Id % 2 == 0 ? new JsonObject() : new JsonArray(),
            ["documents"] = new JsonArray(),
        };
    }

    /// <summary><c>2026-12-01T15:00:00+0300</c>: the offset without a colon, as YCLIENTS writes some of its dates.</summary>
    private static string Compact(DateTimeOffset at) =>
        at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
        + (at.Offset < TimeSpan.Zero ? "-" : "+")
        + at.Offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}

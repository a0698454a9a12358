using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Payments;

/// <summary>The payer's confirmation page: phone-sized, self-contained, Pay and Decline as plain forms, in the
/// bot's language for that user ("ru" or "en"), with a link back to the user's chat in the web chat.</summary>
internal static class PaymentPage
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f2f3f5;color:#1c1c1e}
        main{max-width:420px;margin:0 auto;padding:24px 16px}
        .card{background:#fff;border-radius:16px;padding:24px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
        .shop{color:#6b6b70;font-size:14px}
        .amount{font-size:36px;font-weight:700;margin:12px 0}
        .desc{margin-bottom:16px}
        .status{display:inline-block;padding:4px 10px;border-radius:12px;background:#eee;font-size:14px}
        .status.succeeded{background:#d8f5dd;color:#11692a}.status.canceled{background:#fde2e1;color:#9b1c1c}
        form{margin:0}
        button{width:100%;font-size:18px;padding:14px;border:0;border-radius:12px;margin-top:12px;cursor:pointer}
        #pay-button{background:#2b7fff;color:#fff}
        #decline-button{background:#e9e9ee;color:#1c1c1e}
        a{display:block;margin-top:16px;text-align:center;color:#2b7fff}
        .note{color:#6b6b70;font-size:13px;margin-top:16px;text-align:center}
        """;

    public static string Render(JsonObject payment, string? returnUrl, string language, long? userId)
    {
        var ru = language == "ru";
        var id = Encode(payment["id"]?.ToString());
        var status = payment["status"]?.ToString() ?? string.Empty;
        var amount = $"{Encode(payment["amount"]?["value"]?.ToString())} {Encode(payment["amount"]?["currency"]?.ToString())}";
        var query = $"?lang={language}";
        var actions = status == PaymentStatus.Pending
            ? $"""
               <form method="post" action="/emulator/payments/{id}/pay{query}"><button id="pay-button" type="submit">{(ru ? "Оплатить" : "Pay")} {amount}</button></form>
               <form method="post" action="/emulator/payments/{id}/decline{query}"><button id="decline-button" type="submit">{(ru ? "Отказаться" : "Decline")}</button></form>
               """
            : string.Empty;
        var back = returnUrl is null ? string.Empty : $"""<a id="return-link" href="{Encode(returnUrl)}">{(ru ? "Вернуться в магазин" : "Return to the shop")}</a>""";
        var chat = userId is { } user
            ? $"""<a id="chat-link" href="/?users={user.ToString(CultureInfo.InvariantCulture)}">{(ru ? "Вернуться в чат с ботом" : "Back to the chat with the bot")}</a>"""
            : """<a id="chat-link" href="/">""" + (ru ? "Вернуться в чат" : "Back to the chat") + "</a>";
        return Page(language, (ru ? "Оплата " : "Payment ") + amount, $"""
            <div class="card">
              <div class="shop">{(ru ? "Песочница платежей (тестовый режим ЮKassa)" : "Payment sandbox (YooKassa test mode)")}</div>
              <div class="amount" id="payment-amount">{amount}</div>
              <div class="desc" id="payment-description">{Encode(payment["description"]?.ToString())}</div>
              <span class="status {Encode(status)}" id="payment-status" data-status="{Encode(status)}">{Encode(StatusText(status, ru))}</span>
              {actions}
              {chat}
              {back}
            </div>
            <p class="note">{(ru ? "Платёж" : "Payment")} {id}. {(ru ? "Деньги здесь не списываются." : "No money moves here.")}</p>
            """);
    }

    private static string StatusText(string status, bool ru) => (status, ru) switch
    {
        (PaymentStatus.Pending, true) => "ожидает оплаты",
        (PaymentStatus.Succeeded, true) => "оплачен",
        (PaymentStatus.Canceled, true) => "отменён",
        (PaymentStatus.WaitingForCapture, true) => "ожидает подтверждения",
        _ => status.Replace('_', ' '),
    };

    public static string NotFound(string paymentId) =>
        Page("en", "Payment not found", $"""<div class="card"><div class="amount">Not found</div><p>There is no payment {Encode(paymentId)}.</p></div>""");

    private static string Page(string language, string title, string body) => $"""
        <!doctype html>
        <html lang="{language}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
        <title>{Encode(title)}</title><style>{Style}</style></head>
        <body><main>{body}</main></body>
        </html>
        """;

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}

using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Payments;

/// <summary>The payer's confirmation page: phone-sized, self-contained, Pay and Decline as plain forms.</summary>
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

    public static string Render(JsonObject payment, string? returnUrl)
    {
        var id = Encode(payment["id"]?.ToString());
        var status = payment["status"]?.ToString() ?? string.Empty;
        var amount = $"{Encode(payment["amount"]?["value"]?.ToString())} {Encode(payment["amount"]?["currency"]?.ToString())}";
        var actions = status == PaymentStatus.Pending
            ? $"""
               <form method="post" action="/emulator/payments/{id}/pay"><button id="pay-button" type="submit">Pay {amount}</button></form>
               <form method="post" action="/emulator/payments/{id}/decline"><button id="decline-button" type="submit">Decline</button></form>
               """
            : string.Empty;
        var back = returnUrl is null ? string.Empty : $"""<a id="return-link" href="{Encode(returnUrl)}">Return to the shop</a>""";
        return Page("Payment " + amount, $"""
            <div class="card">
              <div class="shop">Payment sandbox (YooKassa test mode)</div>
              <div class="amount" id="payment-amount">{amount}</div>
              <div class="desc" id="payment-description">{Encode(payment["description"]?.ToString())}</div>
              <span class="status {Encode(status)}" id="payment-status" data-status="{Encode(status)}">{Encode(status.Replace('_', ' '))}</span>
              {actions}
              {back}
            </div>
            <p class="note">Payment {id}. No money moves here.</p>
            """);
    }

    public static string NotFound(string paymentId) =>
        Page("Payment not found", $"""<div class="card"><div class="amount">Not found</div><p>There is no payment {Encode(paymentId)}.</p></div>""");

    private static string Page(string title, string body) => $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
        <title>{Encode(title)}</title><style>{Style}</style></head>
        <body><main>{body}</main></body>
        </html>
        """;

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}

using Bot.Engine.Outbox;
using Bot.Engine.Routing;

namespace Bot.Features.Wallet;

/// <summary>The wallet's inline keyboards, texts in the user's language.</summary>
public static class WalletKeyboards
{
    /// <summary>"Пополнить баланс" under the greeting and after a payment.</summary>
    public static Markup TopUp(FlowContext ctx) =>
        Markup.InlineColumn(Button.Callback(ctx.T(WalletTexts.MenuButton), WalletCallbacks.Start));

    public static Markup Cancel(FlowContext ctx) =>
        Markup.InlineColumn(Button.Callback(ctx.T(WalletTexts.CancelButton), WalletCallbacks.Cancel));

    public static Markup Confirm(FlowContext ctx) =>
        Markup.InlineRows([
            Button.Callback(ctx.T(WalletTexts.ConfirmButton), WalletCallbacks.Confirm),
            Button.Callback(ctx.T(WalletTexts.CancelButton), WalletCallbacks.Cancel),
        ]);

    /// <summary>"Оплатить" (the provider's page), "Проверить оплату", "Отмена".</summary>
    public static Markup Invoice(FlowContext ctx, string paymentId, string? url)
    {
        var rows = new List<IReadOnlyList<Button>>();
        if (!string.IsNullOrEmpty(url))
        {
            rows.Add([Button.Link(ctx.T(WalletTexts.PayButton), url)]);
        }

        rows.Add([Button.Callback(ctx.T(WalletTexts.CheckButton), WalletCallbacks.Check(paymentId))]);
        rows.Add([Button.Callback(ctx.T(WalletTexts.CancelButton), WalletCallbacks.Cancel)]);
        return new Markup { Inline = rows };
    }
}

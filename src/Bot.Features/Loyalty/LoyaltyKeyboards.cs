using Bot.Engine.Outbox;
using Bot.Engine.Routing;

namespace Bot.Features.Loyalty;

/// <summary>The loyalty flow's keyboards, texts in the user's language.</summary>
public static class LoyaltyKeyboards
{
    /// <summary>The reply keyboard of /phone: «Поделиться контактом» (request_contact) and «Отмена».</summary>
    public static Markup ShareContact(FlowContext ctx) => Markup.ReplyRows(
        [new ReplyButton(ctx.T(LoyaltyTexts.ShareContactButton), RequestContact: true)],
        [new ReplyButton(ctx.T(LoyaltyTexts.CancelButton))]);

    public static Markup Cancel(FlowContext ctx) =>
        Markup.InlineColumn(Button.Callback(ctx.T(LoyaltyTexts.CancelButton), LoyaltyCallbacks.AdjustCancel));

    public static Markup Confirm(FlowContext ctx) => Markup.InlineRows([
        Button.Callback(ctx.T(LoyaltyTexts.ConfirmButton), LoyaltyCallbacks.AdjustConfirm),
        Button.Callback(ctx.T(LoyaltyTexts.CancelButton), LoyaltyCallbacks.AdjustCancel),
    ]);

    public static Markup Link(string text, string url) => Markup.InlineColumn(Button.Link(text, url));
}

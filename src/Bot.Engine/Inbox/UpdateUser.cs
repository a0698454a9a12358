using Telegram.Bot.Types;

namespace Bot.Engine.Inbox;

/// <summary>Which user an update belongs to: its inbox partition.</summary>
public static class UpdateUser
{
    public static long? Of(Update update) =>
        update.Message?.From?.Id
        ?? update.EditedMessage?.From?.Id
        ?? update.CallbackQuery?.From.Id
        ?? update.MyChatMember?.From.Id
        ?? update.PreCheckoutQuery?.From.Id
        ?? update.ShippingQuery?.From.Id
        ?? update.InlineQuery?.From.Id
        ?? update.ChosenInlineResult?.From.Id;
}

using Bot.Engine.Files;
using Bot.Engine.Outbox;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Engine.Gateway;

/// <summary>The one place that talks to the Bot API. Maps Telegram's errors to outcomes the outbox
/// runner acts on: 429 → retry after, 403 → unreachable. Photos and documents go by file id or URL, or as
/// uploads of a blob that <see cref="FileStore"/> holds (<see cref="OutboxItem.Upload"/>).</summary>
public sealed class TelegramGateway(ITelegramBotClient client, ILogger<TelegramGateway> log, FileStore? files = null) : ITelegramGateway
{
    public async Task<SendOutcome> ExecuteAsync(OutboxItem item, CancellationToken ct)
    {
        try
        {
            switch (item.Kind)
            {
                case OutboxKind.SendMessage:
                    var sent = await client.SendMessage(item.ChatId, item.Text ?? "", ParseModeOf(item), replyMarkup: ToMarkup(item.Markup), cancellationToken: ct);
                    return SendOutcome.Ok(sent.MessageId);
                case OutboxKind.EditMessageText:
                    await client.EditMessageText(item.ChatId, item.MessageId!.Value, item.Text ?? "", ParseModeOf(item), replyMarkup: ToInline(item.Markup), cancellationToken: ct);
                    return SendOutcome.Ok(item.MessageId);
                case OutboxKind.EditMessageCaption:
                    await client.EditMessageCaption(item.ChatId, item.MessageId!.Value, item.Text, ParseModeOf(item), replyMarkup: ToInline(item.Markup), cancellationToken: ct);
                    return SendOutcome.Ok(item.MessageId);
                case OutboxKind.EditReplyMarkup:
                    await client.EditMessageReplyMarkup(item.ChatId, item.MessageId!.Value, replyMarkup: ToInline(item.Markup), cancellationToken: ct);
                    return SendOutcome.Ok(item.MessageId);
                case OutboxKind.DeleteMessage:
                    await client.DeleteMessage(item.ChatId, item.MessageId!.Value, ct);
                    return SendOutcome.Ok(item.MessageId);
                case OutboxKind.AnswerCallback:
                    await client.AnswerCallbackQuery(item.CallbackQueryId!, item.Text, item.ShowAlert, cancellationToken: ct);
                    return SendOutcome.Ok();
                case OutboxKind.SendPhoto or OutboxKind.SendDocument:
                    return await SendFileAsync(item, ct);
                default:
                    throw new ArgumentOutOfRangeException(nameof(item), item.Kind, "Not a Bot API call.");
            }
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            var after = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
            log.LogWarning("Telegram asked to retry {Method} to chat {ChatId} after {RetryAfter}", item.Kind, item.ChatId, after);
            return new SendOutcome(SendStatus.RetryLater, RetryAfter: after, Error: ex.Message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            log.LogInformation("Chat {ChatId} is unreachable: {Error}", item.ChatId, ex.Message);
            return new SendOutcome(SendStatus.Unreachable, Error: ex.Message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
        {
            return SendOutcome.Ok(item.MessageId);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && IsGoneMessage(ex.Message))
        {
            // The user deleted the message (or it is too old to edit): nothing to change, nothing to retry.
            log.LogInformation("{Method} to chat {ChatId} found no message {MessageId}: {Error}", item.Kind, item.ChatId, item.MessageId, ex.Message);
            return new SendOutcome(SendStatus.Rejected, Error: ex.Message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is >= 400 and < 500)
        {
            log.LogWarning("Telegram rejected {Method} to chat {ChatId}: {Code} {Error}", item.Kind, item.ChatId, ex.ErrorCode, ex.Message);
            return new SendOutcome(SendStatus.Rejected, Error: ex.Message);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or ApiRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Telegram call {Method} to chat {ChatId} failed; it will be retried", item.Kind, item.ChatId);
            return new SendOutcome(SendStatus.Transient, Error: ex.Message);
        }
    }

    /// <summary>Telegram's answers for an edit or delete of a message that is not there any more.</summary>
    internal static bool IsGoneMessage(string error) =>
        error.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase)
        || error.Contains("message to delete not found", StringComparison.OrdinalIgnoreCase)
        || error.Contains("message can't be edited", StringComparison.OrdinalIgnoreCase)
        || error.Contains("message can't be deleted", StringComparison.OrdinalIgnoreCase);
    private async Task<SendOutcome> SendFileAsync(OutboxItem item, CancellationToken ct)
    {
        InputFile file;
        MemoryStream? content = null;
        if (item.Upload is { } blobName)
        {
            if (files is null)
            {
                throw new InvalidOperationException("An upload was queued but no FileStore is registered.");
            }

            StoredFile? stored;
            try
            {
                stored = await files.ReadAsync(blobName, ct);
            }
            catch (Azure.RequestFailedException ex)
            {
                log.LogWarning(ex, "File {Blob} for chat {ChatId} could not be read; it will be retried", blobName, item.ChatId);
                return new SendOutcome(SendStatus.Transient, Error: ex.Message);
            }

            if (stored is null)
            {
                log.LogError("File {Blob} for chat {ChatId} is not in the files container; the {Method} is dropped", blobName, item.ChatId, item.Kind);
                return new SendOutcome(SendStatus.Rejected, Error: $"file {blobName} not found");
            }

            content = new MemoryStream(stored.Content, writable: false);
            file = InputFile.FromStream(content, item.FileName ?? blobName);
        }
        else if (!string.IsNullOrEmpty(item.File))
        {
            file = InputFile.FromString(item.File);
        }
        else
        {
            log.LogError("{Method} to chat {ChatId} names no file; it is dropped", item.Kind, item.ChatId);
            return new SendOutcome(SendStatus.Rejected, Error: "no file");
        }

        await using (content)
        {
            var caption = string.IsNullOrEmpty(item.Text) ? null : item.Text;
            var sent = item.Kind == OutboxKind.SendPhoto
                ? await client.SendPhoto(item.ChatId, file, caption, ParseModeOf(item), replyMarkup: ToMarkup(item.Markup), cancellationToken: ct)
                : await client.SendDocument(item.ChatId, file, caption, ParseModeOf(item), replyMarkup: ToMarkup(item.Markup), cancellationToken: ct);
            return SendOutcome.Ok(sent.MessageId);
        }
    }

    private static ParseMode ParseModeOf(OutboxItem item) => item.Html ? ParseMode.Html : ParseMode.None;

    internal static ReplyMarkup? ToMarkup(Markup? markup) => markup switch
    {
        null => null,
        { RemoveReply: true } => new ReplyKeyboardRemove(),
        { Reply: { } rows } => new ReplyKeyboardMarkup(rows.Select(r => r.Select(b => new KeyboardButton(b.Text)
        {
            RequestContact = b.RequestContact,
            RequestLocation = b.RequestLocation,
        }))) { ResizeKeyboard = true },
        _ => ToInline(markup),
    };

    internal static InlineKeyboardMarkup? ToInline(Markup? markup) =>
        markup?.Inline is { } rows
            ? new InlineKeyboardMarkup(rows.Select(r => r.Select(b => b.Url is not null
                ? InlineKeyboardButton.WithUrl(b.Text, b.Url)
                : InlineKeyboardButton.WithCallbackData(b.Text, b.Data ?? b.Text))))
            : null;
}

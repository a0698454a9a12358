using Bot.Engine.Outbox;

namespace Bot.Engine.Gateway;

public interface ITelegramGateway
{
    /// <summary>Performs one Bot API call; reports the outcome instead of throwing for Telegram's own errors.</summary>
    Task<SendOutcome> ExecuteAsync(OutboxItem item, CancellationToken ct);
}

using System.Globalization;
using Bot.Engine.Inbox;
using Bot.Engine.Ledger;
using Bot.Engine.Processing;
using Bot.Engine.Sessions;
using Bot.Features.Admin;
using Bot.Features.Common;
using Bot.Features.Loyalty.Sync;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Loyalty.Admin;

/// <summary>
/// Accrues or deducts points by phone, for the bot's /adjust and <c>POST /api/admin/loyalty/adjust</c>.
/// A linked phone: a ledger posting through the user's processor (the admin flow's balance command: the
/// client is told, a deduction below zero is refused). An unlinked phone: the adjustment waits in the
/// phone's partition and is credited when the phone is linked; a deduction may not exceed what waits.
/// <paramref name="key"/> makes a retry apply once.
/// </summary>
public sealed class LoyaltyAdjuster(BonusBook bonuses, SessionStore sessions, InboxProcessor processor, ILogger<LoyaltyAdjuster> log)
{
    public const int MaxReasonLength = 500;
    public const long MaxPoints = 1_000_000_000;

    public async Task<AdjustResult> AdjustAsync(AdjustRequest request, string key, CancellationToken ct)
    {
        if (!Phones.TryNormalize(request.Phone, out var phone, out var error))
        {
            return new AdjustResult(request.Phone, null, 0, request.Points, error);
        }

        if (request.Points == 0 || Math.Abs(request.Points) > MaxPoints)
        {
            return new AdjustResult(phone, null, 0, request.Points, $"points must be a whole number from -{MaxPoints} to {MaxPoints}, not 0");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxReasonLength)
        {
            return new AdjustResult(phone, null, 0, request.Points, $"reason is required, at most {MaxReasonLength} characters");
        }

        if (await bonuses.LinkedUserAsync(phone, ct) is { } userId)
        {
            return await PostAsync(phone, userId, request, key, ct);
        }

        var pendingKey = BonusBook.AdjustmentPending + key;
        var waiting = await bonuses.PendingPointsAsync(phone, pendingKey, ct);
        if (waiting + request.Points < 0)
        {
            return new AdjustResult(phone, null, waiting, request.Points, $"the phone has {waiting} points waiting; they cannot go below zero");
        }

        await bonuses.AddPendingAdjustmentAsync(phone, key, request.Points, request.Reason.Trim(), ct);

        // Linked meanwhile? The linker read the pending rows before this one existed: send it now (once by its key).
        if (await bonuses.LinkedUserAsync(phone, ct) is { } linked)
        {
            await bonuses.SendAdjustmentAsync(linked, new PendingAdjustment(key, request.Points, request.Reason.Trim(), phone), ct);
            return new AdjustResult(phone, linked, (long)((await sessions.GetAsync(linked, ct))?.Balance(Currencies.Points) ?? 0), request.Points);
        }

        log.LogInformation("Adjustment of {Points} points kept for unlinked phone {Phone}", request.Points, Phones.Mask(phone));
        return new AdjustResult(phone, null, waiting + request.Points, request.Points);
    }

    private async Task<AdjustResult> PostAsync(string phone, long userId, AdjustRequest request, string key, CancellationToken ct)
    {
        var commandKey = "loyalty-adjust:" + key;
        var change = new BalanceChange(Currencies.Points, request.Points, request.Reason.Trim());
        await processor.ProcessAsync(InboxEnvelope.ForCommand(userId, InternalCommand.Create(AdminCommands.Balance, commandKey, change)), ct);
        var after = await sessions.GetAsync(userId, ct) ?? throw new InvalidOperationException($"User {userId} vanished.");
        var balance = (long)after.Balance(Currencies.Points);
        if (after.Get(AdminData.Refused) == commandKey)
        {
            return new AdjustResult(phone, userId, balance, request.Points,
                $"the balance is {balance.ToString(CultureInfo.InvariantCulture)}; it cannot go below zero");
        }

        log.LogInformation("Points of user {UserId} (phone {Phone}) changed by {Points}", userId, Phones.Mask(phone), request.Points);
        return new AdjustResult(phone, userId, balance, request.Points);
    }
}

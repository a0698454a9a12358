using Azure;
using Azure.Data.Tables;
using Bot.Engine.Effects;
using Bot.Engine.Records;
using Bot.Engine.Storage;
using Bot.Features.Common;
using Bot.Features.Loyalty.Sync;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Loyalty.Linking;

/// <summary>Claims a phone for the user: the phone's link row is a shared record with one winner (a phone
/// another user holds is refused, and the refusal does not say who). On winning: the user's previous phone
/// is released, the outcome goes back as <see cref="LoyaltyCommands.Linked"/>, and every bonus and
/// adjustment waiting for the phone is sent to the user.</summary>
public sealed class LinkPhoneEffect(SharedRecords records, BonusBook bonuses, BotStorage storage, TimeProvider clock, ILogger<LinkPhoneEffect> log) : IEffectHandler
{
    public string Name => LoyaltyEffects.Link;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<LinkRequest>();
        var userId = context.UserId;
        var now = clock.GetUtcNow();
        var result = await records.ChangeAsync<PhoneLink, LinkOutcome>(LoyaltyTables.Phones, request.Phone, LoyaltyTables.LinkRow, context.Key,
            link => link is null || link.UserId == userId
                ? Change<PhoneLink, LinkOutcome>.Write(link ?? new PhoneLink(userId, now), new LinkOutcome(request.Phone, Linked: true))
                : Change<PhoneLink, LinkOutcome>.Keep(new LinkOutcome(request.Phone, Linked: false)),
            ct);
        if (result.Outcome.Linked && request.Previous is { Length: > 0 } previous && previous != request.Phone)
        {
            await ReleaseAsync(previous, userId, ct);
        }

        log.LogInformation("Phone {Phone} for user {UserId}: {Outcome}", Phones.Mask(request.Phone), userId, result.Outcome.Linked ? "linked" : "held by another user");
        await records.NotifyAsync(userId, LoyaltyCommands.Linked, context.Key, result.Outcome, ct);
        if (result.Outcome.Linked)
        {
            await bonuses.CreditPendingAsync(request.Phone, userId, ct);
        }
    }

    /// <summary>Deletes the previous phone's link row if it is still this user's (If-Match on what was read).</summary>
    private async Task ReleaseAsync(string phone, long userId, CancellationToken ct)
    {
        var table = storage.Table(LoyaltyTables.Phones);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(phone, LoyaltyTables.LinkRow, cancellationToken: ct);
        var link = row.HasValue ? await records.GetAsync<PhoneLink>(LoyaltyTables.Phones, phone, LoyaltyTables.LinkRow, ct) : null;
        if (link?.UserId != userId)
        {
            return;
        }

        try
        {
            await table.DeleteEntityAsync(phone, LoyaltyTables.LinkRow, row.Value!.ETag, ct);
            log.LogInformation("Phone {Phone} released by user {UserId}", Phones.Mask(phone), userId);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone or changed meanwhile: nothing of ours to release.
        }
    }
}

using Bot.Engine.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Features.Wallet;

/// <summary>The PaymentPolling timer's work: asks the provider about every open invoice and sends the
/// owner a wallet.status command when there is news (paid, rejected, an unknown status) or when the
/// lifetime has passed (the final check: still unpaid means expired). Command keys depend only on the
/// payment and what was seen, so a late or repeated run changes nothing twice.</summary>
public sealed class PaymentPoller(
    InvoiceStore invoices,
    IPaymentProvider provider,
    IInboxPublisher inbox,
    IOptions<WalletOptions> options,
    TimeProvider clock,
    ILogger<PaymentPoller> log)
{
    /// <summary>The timer function that runs <see cref="PollAsync"/> (CONTRACTS.md).</summary>
    public const string FunctionName = "PaymentPolling";

    /// <summary>Returns how many status commands were sent.</summary>
    public async Task<int> PollAsync(CancellationToken ct)
    {
        var open = new List<OpenInvoiceRecord>();
        await foreach (var invoice in invoices.OpenAsync(ct))
        {
            open.Add(invoice);
        }

        var sent = 0;
        foreach (var invoice in open)
        {
            ProviderPayment? payment = null;
            try
            {
                payment = await provider.GetAsync(invoice.PaymentId, ct);
            }
            catch (PaymentProviderException ex)
            {
                log.LogWarning(ex, "Status of payment {PaymentId} not read; asked again next run", invoice.PaymentId);
            }

            if (payment?.UserId is { } owner && owner != invoice.UserId)
            {
                log.LogError("Payment {PaymentId} belongs to user {Owner}, not {UserId}; skipped", invoice.PaymentId, owner, invoice.UserId);
                continue;
            }

            var next = Decide(invoice, payment, clock.GetUtcNow(), options.Value);
            if (next is not { } command)
            {
                continue;
            }

            await inbox.PublishCommandAsync(invoice.UserId, InternalCommand.Create(WalletCommands.Status, command.Key, command.Report), ct);
            sent++;
        }

        log.LogInformation("PaymentPolling checked {Open} open invoices and sent {Sent} statuses", open.Count, sent);
        return sent;
    }

    /// <summary>What to tell the owner of an open invoice, given what the provider said (null: it failed).</summary>
    public static (string Key, PaymentStatusReport Report)? Decide(
        OpenInvoiceRecord invoice, ProviderPayment? payment, DateTimeOffset now, WalletOptions options)
    {
        var id = invoice.PaymentId;
        var key = "wallet.poll:" + SafeKey.Of(id) + ":";
        var pastLifetime = now >= invoice.CreatedAt + options.Lifetime;
        if (payment is null)
        {
            // The provider keeps failing: give up only long after the lifetime.
            return now >= invoice.CreatedAt + options.Lifetime + TimeSpan.FromMinutes(options.GiveUpAfterMinutes)
                ? (key + "final", new PaymentStatusReport(id, PaymentState.Expired, invoice.Amount, Final: true))
                : null;
        }

        return payment.State switch
        {
            PaymentState.Paid or PaymentState.Rejected or PaymentState.Expired =>
                (key + payment.State.ToString().ToLowerInvariant(), Report(payment, invoice)),
            _ when pastLifetime => (key + "final", Report(payment, invoice) with { Final = true }),
            PaymentState.Unknown => (key + "unknown:" + SafeKey.Of(payment.RawStatus), Report(payment, invoice)),
            _ => null,
        };
    }

    private static PaymentStatusReport Report(ProviderPayment payment, OpenInvoiceRecord invoice) =>
        new(invoice.PaymentId, payment.State, payment.Amount ?? invoice.Amount, payment.RawStatus);
}

using Bot.Engine.Audit;
using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Features.Admin;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Wallet;

/// <summary>Creates the invoice with the provider (the effect's key is the Idempotence-Key, so a rerun
/// gets the same invoice), records it in the open-invoices table and answers wallet.created; a provider
/// failure is audited and answered with wallet.failed.</summary>
public sealed class CreateInvoiceEffect(
    IPaymentProvider provider,
    InvoiceStore invoices,
    IInboxPublisher inbox,
    AuditLog audit,
    TimeProvider clock,
    ILogger<CreateInvoiceEffect> log) : IEffectHandler
{
    public string Name => WalletEffects.Create;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<CreateInvoiceRequest>();
        ProviderPayment payment;
        try
        {
            payment = await provider.CreateAsync(
                new NewPayment(context.UserId, request.Amount, request.Description), IdempotenceKey(context.Key), ct);
        }
        catch (PaymentProviderException ex)
        {
            log.LogError(ex, "Invoice of {Amount} RUB for user {UserId} not created", request.Amount, context.UserId);
            await audit.WriteAsync(AuditKinds.Error, context.UserId, $"Invoice of {Money.Format(request.Amount)} RUB not created: {ex.Message}",
                ex.GetType().Name, ct, key: "wallet.create.failed:" + context.Key);
            await inbox.PublishCommandAsync(context.UserId, InternalCommand.Create(
                WalletCommands.Failed, "wallet.failed:" + context.Key, new InvoiceFailed(request.RequestId, ex.Message)), ct);
            return;
        }

        var amount = payment.Amount ?? request.Amount;
        var createdAt = clock.GetUtcNow();
        await invoices.AddAsync(context.UserId, payment.Id, amount, createdAt, ct);
        await audit.WriteAsync(AuditKinds.Payment, context.UserId, $"Invoice {payment.Id} of {Money.Format(amount)} RUB created",
            payment.RawStatus, ct, key: "wallet.created:" + SafeKey.Of(payment.Id));
        log.LogInformation("Invoice {PaymentId} of {Amount} RUB created for user {UserId}", payment.Id, amount, context.UserId);
        await inbox.PublishCommandAsync(context.UserId, InternalCommand.Create(
            WalletCommands.Created,
            "wallet.created:" + context.Key,
            new InvoiceCreated(payment.Id, amount, payment.ConfirmationUrl ?? "", createdAt, request.RequestId)), ct);
    }

    /// <summary>The provider's Idempotence-Key (YooKassa: at most 64 characters).</summary>
    public static string IdempotenceKey(string effectKey) => "wallet-" + SafeKey.Of(effectKey);
}

using Bot.Engine.Audit;
using Bot.Engine.Effects;
using Bot.Features.Admin;

namespace Bot.Features.Wallet;

/// <summary>An invoice became final: out of the open-invoices table, and one audit line per payment and
/// outcome (keyed, so a rerun writes it once).</summary>
public sealed class CloseInvoiceEffect(InvoiceStore invoices, AuditLog audit) : IEffectHandler
{
    public string Name => WalletEffects.Close;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<CloseInvoiceRequest>();
        await invoices.RemoveAsync(request.PaymentId, ct);
        if (!request.Audit)
        {
            return;
        }

        var amount = Money.Format(request.Amount);
        var (kind, message) = request.Outcome switch
        {
            PaymentState.Paid => (AuditKinds.Payment,
                $"Payment {request.PaymentId} of {amount} RUB credited; balance {Money.Format(request.Balance ?? 0)} RUB"),
            PaymentState.Rejected => (AuditKinds.Payment, $"Payment {request.PaymentId} of {amount} RUB rejected"),
            _ => (AuditKinds.Payment, $"Invoice {request.PaymentId} of {amount} RUB expired unpaid"),
        };
        await audit.WriteAsync(kind, context.UserId, message, request.Outcome.ToString(), ct,
            key: $"wallet.{request.Outcome.ToString().ToLowerInvariant()}:{SafeKey.Of(request.PaymentId)}");
    }
}

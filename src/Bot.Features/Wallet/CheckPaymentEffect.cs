using Bot.Engine.Audit;
using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Features.Admin;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Wallet;

/// <summary>The check button: asks the provider and answers wallet.status (asked by the user); a
/// provider failure is audited and answered as a failed status.</summary>
public sealed class CheckPaymentEffect(
    IPaymentProvider provider,
    IInboxPublisher inbox,
    AuditLog audit,
    ILogger<CheckPaymentEffect> log) : IEffectHandler
{
    public string Name => WalletEffects.Check;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<CheckPaymentRequest>();
        var key = "wallet.check:" + context.Key;
        PaymentStatusReport report;
        try
        {
            var payment = await provider.GetAsync(request.PaymentId, ct);
            if (payment.UserId is { } owner && owner != context.UserId)
            {
                log.LogWarning("User {UserId} asked about payment {PaymentId} of user {Owner}; ignored", context.UserId, request.PaymentId, owner);
                return;
            }

            report = new PaymentStatusReport(request.PaymentId, payment.State, payment.Amount, payment.RawStatus, Asked: true);
        }
        catch (PaymentProviderException ex)
        {
            log.LogError(ex, "Status of payment {PaymentId} for user {UserId} not read", request.PaymentId, context.UserId);
            await audit.WriteAsync(AuditKinds.Error, context.UserId, $"Status of payment {request.PaymentId} not read: {ex.Message}",
                ex.GetType().Name, ct, key: "wallet.check.failed:" + context.Key);
            report = new PaymentStatusReport(request.PaymentId, PaymentState.Unknown, Asked: true, Failed: true);
        }

        await inbox.PublishCommandAsync(context.UserId, InternalCommand.Create(WalletCommands.Status, key, report), ct);
    }
}

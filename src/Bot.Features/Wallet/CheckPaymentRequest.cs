namespace Bot.Features.Wallet;

/// <summary>Payload of the <see cref="WalletEffects.Check"/> effect: the user pressed "Проверить оплату".</summary>
public sealed record CheckPaymentRequest(string PaymentId);

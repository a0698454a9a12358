namespace Bot.Features.Wallet;

/// <summary>The wallet dialog's states. Outside them the user is in the menu state, where the top-up
/// button (a global callback) starts the dialog.</summary>
public static class WalletStates
{
    /// <summary>Waiting for the amount.</summary>
    public const string Amount = "wallet.amount";

    /// <summary>An amount was read; waiting for Подтвердить or Отмена.</summary>
    public const string Confirm = "wallet.confirm";

    /// <summary>Confirmed; the provider is creating the invoice (the wallet.create effect).</summary>
    public const string Creating = "wallet.creating";

    /// <summary>The invoice is open; waiting for the payment (button or PaymentPolling timer).</summary>
    public const string Waiting = "wallet.waiting";
}

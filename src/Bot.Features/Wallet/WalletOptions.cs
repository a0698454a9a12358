namespace Bot.Features.Wallet;

/// <summary>The <c>Wallet</c> settings (<c>Wallet__*</c> app settings).</summary>
public sealed class WalletOptions
{
    public const string Section = "Wallet";

    /// <summary>Which provider client creates invoices. "YooKassa" (the emulator's sandbox speaks the same API).</summary>
    public string Provider { get; set; } = "YooKassa";

    public YooKassaOptions YooKassa { get; set; } = new();

    /// <summary>How long an invoice may wait for its payment before it is declared expired.</summary>
    public int InvoiceLifetimeMinutes { get; set; } = 5;

    /// <summary>The largest top-up, in whole roubles.</summary>
    public long MaxAmount { get; set; } = 100_000;

    /// <summary>While the provider keeps failing, how long past its lifetime an invoice is still polled
    /// before it is declared expired without a final answer.</summary>
    public int GiveUpAfterMinutes { get; set; } = 24 * 60;

    public TimeSpan Lifetime => TimeSpan.FromMinutes(InvoiceLifetimeMinutes);
}

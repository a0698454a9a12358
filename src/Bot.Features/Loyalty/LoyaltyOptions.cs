using Bot.Features.Loyalty.YClients;

namespace Bot.Features.Loyalty;

/// <summary>The <c>Loyalty</c> settings (CONTRACTS.md).</summary>
public sealed class LoyaltyOptions
{
    public const string Section = "Loyalty";

    /// <summary>Points per 100 RUB of a paid visit: points = floor(amount × BonusPercent / 100).</summary>
    public decimal BonusPercent { get; set; } = 1;

    public string BookUrl { get; set; } = "";

    public string MapUrl { get; set; } = "";

    public string SupportPhone { get; set; } = "";

    /// <summary>Records of one YCLIENTS page recorded at once (each is 3 storage round trips when new; they wait on
    /// the network, not the CPU). 1 to 64; default 32.</summary>
    public int SyncParallelism { get; set; } = 32;

    public YClientsOptions YClients { get; set; } = new();
}

namespace Bot.Features.Loyalty.Admin;

/// <summary>Payload of <see cref="LoyaltyCommands.Adjusted"/>: an adjustment made while the phone was not linked,
/// credited when it is (ledger key <c>adj:{Key}</c>).</summary>
public sealed record PendingAdjustment(string Key, long Points, string Reason, string? Phone = null)
{
    public static string CommandKey(string key) => "loyalty:adj:" + key;

    public static string LedgerKey(string key) => "adj:" + key;
}

namespace Bot.Features.Loyalty.Sync;

/// <summary>Payload of <see cref="LoyaltyCommands.Bonus"/>: a paid visit's bonus for the user who holds its phone.</summary>
public sealed record BonusCredit(long RecordId, decimal Amount, long Points, DateTimeOffset? VisitAt, string? Phone = null)
{
    /// <summary>The command key: the processor applies it once per user.</summary>
    public static string CommandKey(long recordId) => "loyalty:bonus:" + recordId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The ledger key: a record's bonus is posted once, whatever repeats.</summary>
    public static string LedgerKey(long recordId) => "bonus:" + recordId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

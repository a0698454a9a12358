namespace Bot.Features.Loyalty;

/// <summary>The tables the loyalty flow owns.</summary>
public static class LoyaltyTables
{
    /// <summary>The bonus log: one row per paid record, PartitionKey = record id, RowKey <see cref="BonusRow"/>;
    /// inserted once (409 = recorded before).</summary>
    public const string Bonuses = "loyaltybonuses";

    public const string BonusRow = "bonus";

    /// <summary>The partition of the bonus table that keeps the records YCLIENTS sent that could not be read
    /// (<see cref="Sync.UnreadableRecords"/>): RowKey = the record id, zero-padded (or <c>x-</c> and a hash).</summary>
    public const string ProblemPartition = "problem";

    /// <summary>One partition per phone (E.164): the link row <see cref="LinkRow"/> (a shared record: one user
    /// per phone) and pending rows <c>p|…</c> (bonuses and adjustments waiting for the phone to be linked).</summary>
    public const string Phones = "loyaltyphones";

    public const string LinkRow = "link";

    public const string PendingPrefix = "p|";

    /// <summary>The sync's cursor lives in the engine's cursors table under this partition and row.</summary>
    public const string CursorPartition = "loyalty";

    public const string CursorRow = "bonussync";
}

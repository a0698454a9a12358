namespace Bot.Features.Admin;

/// <summary>Internal commands the admin API sends through the per-user processor.</summary>
public static class AdminCommands
{
    /// <summary>A ledger posting (<see cref="BalanceChange"/>).</summary>
    public const string Balance = "admin.balance";

    public const string Block = "admin.block";
    public const string Unblock = "admin.unblock";
}

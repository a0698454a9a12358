namespace Bot.Features.Admin;

/// <summary>One user in the users export (JSON and CSV alike).</summary>
public sealed record UserExportRow(
    long UserId,
    string? FirstName,
    string? Username,
    string? Phone,
    IReadOnlyDictionary<string, decimal> Balances,
    bool Blocked,
    bool Unreachable,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt)
{
    public static UserExportRow From(Engine.Sessions.Session s)
    {
        var balances = new SortedDictionary<string, decimal>(StringComparer.Ordinal)
        {
            [Engine.Ledger.Currencies.Rub] = s.Balance(Engine.Ledger.Currencies.Rub),
            [Engine.Ledger.Currencies.Points] = s.Balance(Engine.Ledger.Currencies.Points),
        };
        foreach (var (currency, amount) in s.Balances)
        {
            balances[currency] = amount;
        }

        return new UserExportRow(s.UserId, s.FirstName, s.Username, s.Phone, balances, s.Blocked, s.Unreachable, s.Roles.ToList(), s.CreatedAt);
    }
}

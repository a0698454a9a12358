using Bot.Features.Loyalty.YClients;

namespace Bot.Features.Loyalty;

/// <summary>
/// When a YCLIENTS record earns a bonus and how much (the flow's README says why):
/// paid = not deleted, <c>attendance</c> 1 (the client came) and <c>paid_full</c> 1 (fully paid);
/// amount = the sum of its services' <c>cost</c>; points = floor(amount × percent / 100).
/// </summary>
public static class BonusRule
{
    public static bool IsPaid(YClientsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return !record.Deleted && record.Attendance == 1 && record.PaidFull == 1;
    }

    /// <summary>What the client paid: the sum of the services' <c>cost</c> (goods are not counted).</summary>
    public static decimal PaidAmount(YClientsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Services.Sum(s => s.Cost);
    }

    /// <summary>floor(amount × percent / 100); never negative.</summary>
    public static long Points(decimal amount, decimal bonusPercent) =>
        amount <= 0 || bonusPercent <= 0 ? 0 : (long)decimal.Floor(amount * bonusPercent / 100m);

    /// <summary>The bonus a record earns, or null when it earns none (not paid, or zero points).</summary>
    public static PaidVisit? Evaluate(YClientsRecord record, decimal bonusPercent)
    {
        if (!IsPaid(record))
        {
            return null;
        }

        var amount = PaidAmount(record);
        var points = Points(amount, bonusPercent);
        return points > 0 ? new PaidVisit(record.Id, record.Client?.Phone, amount, points, record.Datetime) : null;
    }
}

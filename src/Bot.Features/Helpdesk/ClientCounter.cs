using Bot.Engine.Sessions;

namespace Bot.Features.Helpdesk;

/// <summary>A client's orders in the current billing period, kept in the session (so the limit check and the
/// count change in one commit). A session whose period is older counts zero: the period turned.</summary>
public static class ClientCounter
{
    public static int Used(Session session, BillingPeriod period) =>
        session.Get(HelpdeskData.Period) == period.Key
        && int.TryParse(session.Get(HelpdeskData.Used), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var used)
            ? used
            : 0;

    public static Session WithUsed(Session session, BillingPeriod period, int used) =>
        session.With(HelpdeskData.Period, period.Key).With(HelpdeskData.Used, used.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static IReadOnlyList<long> Assigned(Session session) =>
        (session.Get(HelpdeskData.Assigned) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
}

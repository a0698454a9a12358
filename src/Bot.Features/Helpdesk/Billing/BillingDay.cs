using Bot.Engine.FanOuts;
using Bot.Engine.Inbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Helpdesk.Billing;

/// <summary>The BillingDay timer's work (daily): on the first run of a new billing period (BILLING_DAY, midnight in
/// the company's zone) every client gets <see cref="HelpdeskCommands.NewPeriod"/>, keyed by the period, so the
/// counter starts over and the client hears the new limit once however often the timer runs. (A client's limit
/// check also counts per period by itself, so a late timer never lets the old count block a new order.) The
/// commands go out as one fan-out of notices, <c>billing-{period}</c>, paced at <c>Broadcasts:PerSecond</c> with
/// every broadcast: a company with thousands of clients does not hit Telegram's limit at midnight, and a later run
/// that day continues that fan-out (the clients are those of its first run).</summary>
public sealed partial class BillingDay(PeopleStore people, FanOut fanOut, ReferenceData reference, CompanyClock company, TimeProvider clock, ILogger<BillingDay> log)
{
    public const string FunctionName = "BillingDay";

    /// <summary>The fan-out id of a period's notices: <c>billing-yyyy-MM-dd</c> (the period's first day).</summary>
    public static string FanOutId(BillingPeriod period) => "billing-" + period.Key;

    /// <summary>Answers how many clients were told (0 outside the period's first day).</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var settings = (await reference.SnapshotAsync(ct)).Get(HelpdeskReference.Settings);
        var now = clock.GetUtcNow();
        var period = company.PeriodAt(now, settings);
        if (Engine.Time.WallClock.DateAt(now, company.Zone) != period.Start)
        {
            LogNothing(period.Key);
            return 0;
        }

        var clients = (await people.WithRoleAsync(Roles.Client, ct)).ToArray();
        if (clients.Length > 0)
        {
            await fanOut.StartNoticesAsync(FanOutId(period), clients
                .Select(client => new FanOutNotice(client.UserId, InternalCommand.Create(HelpdeskCommands.NewPeriod, $"period:{period.Key}", new { period = period.Key })))
                .ToList(), ct);
        }

        LogStarted(period.Key, clients.Length);
        return clients.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "BillingDay: period {Period} started; {Clients} clients told")]
    private partial void LogStarted(string period, int clients);

    [LoggerMessage(Level = LogLevel.Debug, Message = "BillingDay: not the first day of period {Period}")]
    private partial void LogNothing(string period);
}

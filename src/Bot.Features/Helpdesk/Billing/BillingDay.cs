using Bot.Engine.Inbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Helpdesk.Billing;

/// <summary>The BillingDay timer's work (daily): on the first run of a new billing period (BILLING_DAY, midnight in
/// the company's zone) every client gets <see cref="HelpdeskCommands.NewPeriod"/>, keyed by the period, so the
/// counter starts over and the client hears the new limit once however often the timer runs. (A client's limit
/// check also counts per period by itself, so a late timer never lets the old count block a new order.)</summary>
public sealed partial class BillingDay(PeopleStore people, IInboxPublisher inbox, ReferenceData reference, CompanyClock company, TimeProvider clock, ILogger<BillingDay> log)
{
    public const string FunctionName = "BillingDay";

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
        foreach (var client in clients)
        {
            await inbox.PublishCommandAsync(client.UserId,
                InternalCommand.Create(HelpdeskCommands.NewPeriod, $"period:{period.Key}", new { period = period.Key }), ct);
        }

        LogStarted(period.Key, clients.Length);
        return clients.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "BillingDay: period {Period} started; {Clients} clients told")]
    private partial void LogStarted(string period, int clients);

    [LoggerMessage(Level = LogLevel.Debug, Message = "BillingDay: not the first day of period {Period}")]
    private partial void LogNothing(string period);
}

namespace Bot.Features.Helpdesk.Report;

/// <summary>Payload of <see cref="HelpdeskCommands.ReportReady"/>: the numbers of the owner's short summary and the
/// name of the chart's blob in the engine's files container (null: no chart, the summary goes as text).</summary>
public sealed record ReportSummary(string From, string To, int Created, int Done, int Open, int Breaches, decimal Payout, string? Chart = null);

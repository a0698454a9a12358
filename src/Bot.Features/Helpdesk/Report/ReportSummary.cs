namespace Bot.Features.Helpdesk.Report;

/// <summary>Payload of <see cref="HelpdeskCommands.ReportReady"/>: the numbers of the owner's short summary.</summary>
public sealed record ReportSummary(string From, string To, int Created, int Done, int Open, int Breaches, decimal Payout);

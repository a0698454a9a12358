namespace Bot.Features.Helpdesk;

/// <summary>Payload of <see cref="HelpdeskCommands.ReportReady"/>: the chart to send and the summary's numbers.</summary>
public sealed record ReportReadyNotice(string File, string From, string To, int Created, int Done, int Open, int Breaches, decimal Payout);

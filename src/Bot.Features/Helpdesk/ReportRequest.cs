namespace Bot.Features.Helpdesk;

/// <summary>Payload of the report effect: a period (null: the current billing period).</summary>
public sealed record ReportRequest(DateOnly? From, DateOnly? To);

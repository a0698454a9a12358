namespace Bot.Features.Helpdesk.Report;

/// <summary>An order taken (<c>take</c>) or finished (<c>finish</c>) after its deadline, or still not by now.</summary>
public sealed record Breach(string OrderId, string Kind, int MinutesLate);

namespace Bot.Features.Helpdesk.Report;

/// <summary>A client's orders in the period: created, done, and what remains of the tariff's limit.</summary>
public sealed record ClientLine(long UserId, string Name, string? TariffId, int Created, int Done, int Remaining);

namespace Bot.Features.Helpdesk;

/// <summary>A row of the people table: who has which helpdesk roles (the session holds the same), a client's
/// tariff and assigned contractors. Effects and timers read it to find contractors, managers and clients.</summary>
public sealed record HelpdeskPerson(
    long UserId,
    string Name,
    IReadOnlyList<string> Roles,
    string? TariffId,
    IReadOnlyList<long> AssignedContractors)
{
    public bool Has(string role) => Roles.Contains(role);
}

namespace Bot.Features.Helpdesk.Report;

/// <summary>The report of a period (CONTRACTS.md shape): per client, per contractor, and the SLA breaches.</summary>
public sealed record HelpdeskReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ClientLine> Clients,
    IReadOnlyList<ContractorLine> Contractors,
    IReadOnlyList<Breach> Breaches)
{
    public int Created => Clients.Sum(c => c.Created);

    public int Done => Clients.Sum(c => c.Done);

    public decimal Payout => Contractors.Sum(c => c.Payout);
}

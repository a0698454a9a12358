namespace Bot.Features.Helpdesk;

/// <summary>Every tariff (the reference set <see cref="HelpdeskReference.Tariffs"/>).</summary>
public sealed record HelpdeskTariffs(IReadOnlyList<Tariff> Items)
{
    public Tariff? Find(string? tariffId) => Items.FirstOrDefault(t => t.TariffId == tariffId);
}

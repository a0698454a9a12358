namespace Bot.Features.Helpdesk;

/// <summary>Every tariff (the reference set <see cref="HelpdeskReference.Tariffs"/>), ordered by id.</summary>
public sealed record HelpdeskTariffs(IReadOnlyList<Tariff> Items)
{
    public Tariff? Find(string? tariffId) => Items.FirstOrDefault(t => t.TariffId == tariffId);

    /// <summary>The list with <paramref name="tariff"/> added or replacing the one of its id.</summary>
    public HelpdeskTariffs With(Tariff tariff) =>
        new(Items.Where(t => t.TariffId != tariff.TariffId).Append(tariff).OrderBy(t => t.TariffId, StringComparer.Ordinal).ToArray());

    /// <summary>The list without the tariff <paramref name="tariffId"/>; this same instance when there is none.</summary>
    public HelpdeskTariffs Without(string tariffId) =>
        Find(tariffId) is null ? this : new(Items.Where(t => t.TariffId != tariffId).ToArray());
}

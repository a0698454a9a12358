using System.Text.Json.Serialization;

namespace Bot.Features.Rewards.Shop;

/// <summary>Every pickup point (one version loaded by <see cref="PickupStore"/>), with the addresses normalised
/// once for the city search.</summary>
public sealed record PickupPoints(IReadOnlyList<PickupPoint> Points)
{
    public const int PageSize = 8;

    private string[]? _normalized;

    /// <summary>The points whose full address contains <paramref name="query"/> (case-insensitive, ё = е,
    /// spaces collapsed), in address order.</summary>
    public IReadOnlyList<PickupPoint> Search(string query)
    {
        var needle = AddressText.Normalize(query);
        if (needle.Length == 0)
        {
            return [];
        }

        var normalized = Index();
        var found = new List<PickupPoint>();
        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i].Contains(needle, StringComparison.Ordinal))
            {
                found.Add(Points[i]);
            }
        }

        found.Sort((a, b) => string.Compare(a.FullAddress, b.FullAddress, StringComparison.CurrentCulture));
        return found;
    }

    /// <summary>Normalises the addresses now (the loader does it once, not the first search).</summary>
    public PickupPoints Indexed()
    {
        Index();
        return this;
    }

    private string[] Index() => _normalized ??= Points.Select(p => AddressText.Normalize(p.FullAddress)).ToArray();

    public PickupPoint? Find(string? id) =>
        id is null ? null : Points.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    [JsonIgnore]
    public int Count => Points.Count;
}

using System.Collections.Immutable;
using System.Text.Json;
using Bot.Engine;
using Bot.Engine.Sessions;

namespace Bot.Features.Wallet;

/// <summary>The set of a user's open invoices, stored as JSON under <see cref="WalletData.Open"/>.</summary>
public sealed class OpenInvoices
{
    private readonly ImmutableSortedDictionary<string, OpenInvoice> _items;

    private OpenInvoices(ImmutableSortedDictionary<string, OpenInvoice> items) => _items = items;

    public static OpenInvoices Empty { get; } = new(ImmutableSortedDictionary<string, OpenInvoice>.Empty.WithComparers(StringComparer.Ordinal));

    public int Count => _items.Count;

    public IEnumerable<OpenInvoice> All => _items.Values;

    public static OpenInvoices Of(Session session)
    {
        var json = session.Get(WalletData.Open);
        if (string.IsNullOrEmpty(json))
        {
            return Empty;
        }

        var list = JsonSerializer.Deserialize<List<OpenInvoice>>(json, EngineJson.Options) ?? [];
        return new OpenInvoices(list.ToImmutableSortedDictionary(i => i.PaymentId, i => i, StringComparer.Ordinal));
    }

    public OpenInvoice? Find(string paymentId) => _items.GetValueOrDefault(paymentId);

    public bool Contains(string paymentId) => _items.ContainsKey(paymentId);

    public OpenInvoices Add(OpenInvoice invoice) => new(_items.SetItem(invoice.PaymentId, invoice));

    public OpenInvoices Remove(string paymentId) => new(_items.Remove(paymentId));

    /// <summary>The session with this set stored (the key removed when empty).</summary>
    public Session WriteTo(Session session) =>
        session.With(WalletData.Open, _items.Count == 0 ? null : JsonSerializer.Serialize(_items.Values.ToList(), EngineJson.Options));
}

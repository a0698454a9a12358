using Bot.Engine.Sessions;

namespace Bot.Features.Wallet;

/// <summary>The ids of the last invoices that became final, newest last, stored space-separated under
/// <see cref="WalletData.Done"/>: a repeated or racing status for one of them changes nothing.</summary>
public static class FinalInvoices
{
    public const int Kept = 20;

    public static IReadOnlyList<string> Of(Session session) =>
        (session.Get(WalletData.Done) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool Contains(Session session, string paymentId) => Of(session).Contains(paymentId, StringComparer.Ordinal);

    public static Session Add(Session session, string paymentId)
    {
        var ids = Of(session).Where(id => id != paymentId).Append(paymentId).TakeLast(Kept);
        return session.With(WalletData.Done, string.Join(' ', ids));
    }
}

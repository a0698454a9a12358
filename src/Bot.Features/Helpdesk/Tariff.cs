namespace Bot.Features.Helpdesk;

/// <summary>A client's tariff: orders per billing period, reaction and resolution times, and whether only the
/// client's assigned contractors see a new order first.</summary>
public sealed record Tariff(
    string TariffId,
    string Title,
    int OrdersPerPeriod,
    int ReactionMinutes,
    int ResolutionMinutes,
    bool AssignedContractorsOnly)
{
    /// <summary>Tariff ids: 1–32 letters, digits, '-' or '_' (they travel in callback data).</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 32 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

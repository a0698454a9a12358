namespace Bot.Features.Loyalty.Admin;

/// <summary>What an adjustment did: the phone (E.164), the user who holds it (null: not linked, the points wait),
/// the balance after (the user's, or the phone's pending points), or why it was refused.</summary>
public sealed record AdjustResult(string Phone, long? UserId, long Balance, long Points, string? Error = null);

namespace Bot.Features.Helpdesk;

/// <summary>What an order effect tells a user: the order as it now is, whether the user's action went through,
/// and for a contractor's copy the message to edit.</summary>
public sealed record OrderNotice(Order Order, bool Ok, int? MessageId = null, string? Kind = null);

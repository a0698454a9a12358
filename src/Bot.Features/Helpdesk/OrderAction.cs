namespace Bot.Features.Helpdesk;

/// <summary>Payload of the take, done and rate effects.</summary>
public sealed record OrderAction(string OrderId, string? Name = null, int? MessageId = null, int? Rating = null);

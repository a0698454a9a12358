namespace Bot.Features.Helpdesk;

/// <summary>A contractor's copy of the "new order" notice: which chat and message, so it can be edited
/// when the order is taken.</summary>
public sealed record OrderCopy(long ContractorId, int MessageId);

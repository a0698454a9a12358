namespace Bot.Features.Helpdesk;

/// <summary>What the list effect found: orders (a client's and a contractor's for <c>my</c>, open ones for
/// <c>free</c>) or the free contractors.</summary>
public sealed record ListResult(string Kind, IReadOnlyList<Order> Orders, IReadOnlyList<HelpdeskPerson> People);

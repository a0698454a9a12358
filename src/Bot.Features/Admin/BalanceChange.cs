namespace Bot.Features.Admin;

/// <summary>Payload of <see cref="AdminCommands.Balance"/>, and the body of <c>POST /api/admin/users/{userId}/balance</c>.</summary>
public sealed record BalanceChange(string Currency, decimal Delta, string Reason);

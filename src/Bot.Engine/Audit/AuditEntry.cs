namespace Bot.Engine.Audit;

/// <summary>One line of the audit log: payments, balance changes, blocks, errors.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Kind, long? UserId, string Message, string? Details = null);

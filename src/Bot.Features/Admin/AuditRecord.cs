namespace Bot.Features.Admin;

/// <summary>Payload of the <see cref="AuditEffect"/>: one audit-log line written after the commit.</summary>
public sealed record AuditRecord(string Kind, string Message, string? Details = null);

namespace Bot.Features.Admin;

/// <summary>The kinds of audit-log lines the features write.</summary>
public static class AuditKinds
{
    public const string Payment = "payment";
    public const string Balance = "balance";
    public const string Block = "block";
    public const string Error = "error";
    public const string Text = "text";
}

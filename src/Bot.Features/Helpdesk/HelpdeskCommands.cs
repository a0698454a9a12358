namespace Bot.Features.Helpdesk;

/// <summary>Internal commands of the helpdesk (from effects, timers and the admin API).</summary>
public static class HelpdeskCommands
{
    public const string Grant = "helpdesk.grant";
    public const string Revoke = "helpdesk.revoke";
    public const string Offer = "helpdesk.offer";
    public const string TakeResult = "helpdesk.take-result";
    public const string CopyTaken = "helpdesk.copy-taken";
    public const string ClientTaken = "helpdesk.client-taken";
    public const string DoneResult = "helpdesk.done-result";
    public const string ClientDone = "helpdesk.client-done";
    public const string Rated = "helpdesk.rated";
    public const string ManagerAlert = "helpdesk.manager-alert";
    public const string NewPeriod = "helpdesk.new-period";
    public const string ListResult = "helpdesk.list-result";
    public const string ReportReady = "helpdesk.report-ready";
}

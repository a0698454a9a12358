namespace Bot.Features.Helpdesk;

/// <summary>Effect names of the helpdesk.</summary>
public static class HelpdeskEffects
{
    public const string SavePerson = "helpdesk.save-person";
    public const string Create = "helpdesk.create";
    public const string CopySent = "helpdesk.copy-sent";
    public const string Take = "helpdesk.take";
    public const string Done = "helpdesk.done";
    public const string Rate = "helpdesk.rate";
    public const string List = "helpdesk.list";
    public const string Report = "helpdesk.report";
}

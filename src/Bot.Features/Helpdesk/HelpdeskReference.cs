using Bot.Engine.Reference;

namespace Bot.Features.Helpdesk;

/// <summary>The helpdesk's reference sets: handlers read them from the snapshot, admins change them.</summary>
public static class HelpdeskReference
{
    public static readonly ReferenceSet<HelpdeskSettings> Settings = new("helpdesk.settings", new HelpdeskSettings());

    public static readonly ReferenceSet<HelpdeskTariffs> Tariffs = new("helpdesk.tariffs", new HelpdeskTariffs([]));
}

namespace Bot.Features.Helpdesk;

/// <summary>The SLA thresholds the SlaEscalation timer acts on, once each per order.</summary>
public static class SlaKinds
{
    /// <summary>ASSIGNED_CONTRACTORS_TIME_LIMIT % of the reaction time: every contractor is told.</summary>
    public const string Widen = "widen";

    /// <summary>INFORM_MANAGER_CREATED_PROJECT_LIMIT % of the reaction time, still not taken: managers are told.</summary>
    public const string NotTaken = "not-taken";

    /// <summary>INFORM_MANAGER_IN_WORK_PROJECT_LIMIT % of the resolution time, still not done: managers are told.</summary>
    public const string NotDone = "not-done";
}

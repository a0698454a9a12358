namespace Bot.Features.Helpdesk;

/// <summary>The helpdesk's dialog states (everything else happens from the menu state through commands,
/// buttons and internal commands).</summary>
public static class HelpdeskStates
{
    /// <summary>A client describes the problem (text, or a photo with a caption).</summary>
    public const string Describe = "helpdesk.describe";

    /// <summary>An owner sends the id of the user to add, or shares their contact.</summary>
    public const string AddUser = "helpdesk.add_user";
}

namespace Bot.Features.Coaching;

/// <summary>Who follows the participants: a session role granted by an admin, or an id in <c>Bot:AdminUserIds</c>.</summary>
public static class CoachingRoles
{
    public const string Trainer = Engine.Routing.Roles.Trainer;
}

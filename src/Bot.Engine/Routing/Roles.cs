using Bot.Engine.Sessions;

namespace Bot.Engine.Routing;

/// <summary>The roles a route or a command can require. A session holds them in <see cref="Session.Roles"/>;
/// the ids in <c>Bot:AdminUserIds</c> have <see cref="Admin"/> and <see cref="Trainer"/> besides.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Client = "client";
    public const string Contractor = "contractor";
    public const string Manager = "manager";
    public const string Owner = "owner";

    /// <summary>Follows coaching participants (seed 000: "trainers" are the admin ids or users given this role).</summary>
    public const string Trainer = "trainer";

    /// <summary>True when the user has <paramref name="role"/>: in the session, or as an admin id from settings.</summary>
    public static bool Has(Session session, string role, BotOptions bot) =>
        session.HasRole(role) || (role is Admin or Trainer && bot.IsAdmin(session.UserId));
}

using Bot.Engine.Routing;

namespace Bot.Features.Helpdesk;

/// <summary>The seed's four roles (the names are the engine's <see cref="Roles"/>).</summary>
public static class HelpdeskRoles
{
    public static IReadOnlyList<string> All { get; } = [Roles.Client, Roles.Contractor, Roles.Manager, Roles.Owner];

    public static bool IsKnown(string? role) => role is Roles.Client or Roles.Contractor or Roles.Manager or Roles.Owner;
}

namespace Bot.Features.Helpdesk;

/// <summary>Payload of <see cref="HelpdeskCommands.Grant"/> and <see cref="HelpdeskCommands.Revoke"/>: a role for
/// the user, with a tariff and assigned contractors for a client.</summary>
public sealed record RoleGrant(string Role, string? TariffId = null, IReadOnlyList<long>? AssignedContractors = null, long? By = null);

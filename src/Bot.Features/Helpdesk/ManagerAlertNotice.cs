namespace Bot.Features.Helpdesk;

/// <summary>Payload of <see cref="HelpdeskCommands.ManagerAlert"/>.</summary>
public sealed record ManagerAlertNotice(Order Order, string Kind, int Percent);

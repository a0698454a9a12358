namespace Bot.Features.Loyalty.Linking;

/// <summary>The shared record of a phone: the user who linked it.</summary>
public sealed record PhoneLink(long UserId, DateTimeOffset LinkedAt);

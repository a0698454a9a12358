namespace Bot.Features.Loyalty.Linking;

/// <summary>Payload of <see cref="LoyaltyCommands.Linked"/>: the phone is now this user's, or another user holds it
/// (who is not said).</summary>
public sealed record LinkOutcome(string Phone, bool Linked);

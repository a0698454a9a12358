namespace Bot.Features.Loyalty.Linking;

/// <summary>Payload of <see cref="LoyaltyEffects.Link"/>: claim <paramref name="Phone"/> (E.164); release
/// <paramref name="Previous"/> when the claim wins.</summary>
public sealed record LinkRequest(string Phone, string? Previous);

namespace Bot.Features.Loyalty.Sync;

/// <summary>Payload of <see cref="LoyaltyEffects.Notified"/>: a bonus (<paramref name="RecordId"/>) or a pending
/// adjustment was posted and its notice committed; the bonus log says so and the phone's pending row goes.</summary>
public sealed record NotifiedRequest(string? Phone, string PendingKey, long? RecordId);

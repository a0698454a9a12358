namespace Bot.Features.Rewards.Walks;

/// <summary>Geocode the city the user typed, in their language.</summary>
public sealed record GeocodeQuery(string City, string Language);

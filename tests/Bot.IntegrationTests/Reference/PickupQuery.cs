namespace Bot.IntegrationTests.Reference;

public sealed record PickupQuery(string City);

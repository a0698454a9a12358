namespace Bot.IntegrationTests.Reference;

public sealed record PickupPoints(IReadOnlyList<string> Names);

namespace Bot.IntegrationTests.Records;

/// <summary>A shared record: how many of an item are left.</summary>
public sealed record Stock(int Left);

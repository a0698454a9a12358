namespace Bot.IntegrationTests.Records;

public sealed record ReserveRequest(string Item);

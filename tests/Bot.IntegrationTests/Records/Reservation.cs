namespace Bot.IntegrationTests.Records;

/// <summary>The outcome told to the user: won (with what is left) or refused.</summary>
public sealed record Reservation(bool Won, int Left);

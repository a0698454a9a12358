namespace Bot.IntegrationTests;

/// <summary>The counter flow's reference data: the label of its reply.</summary>
public sealed record CounterSettings(string Label);

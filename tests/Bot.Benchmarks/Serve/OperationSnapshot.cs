namespace Bot.Benchmarks.Serve;

/// <summary>Storage requests by kind: <see cref="App"/> from the engine's StorageOperationCounter (the
/// app's own clients), <see cref="Http"/> from every storage request the host process made.</summary>
internal sealed record OperationSnapshot(IReadOnlyDictionary<string, long> App, IReadOnlyDictionary<string, long> Http);

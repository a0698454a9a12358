namespace Bot.Engine.Storage;

/// <summary>A table a flow needs; registered in DI so that start-up creates it.</summary>
public sealed record StorageTable(string Name);

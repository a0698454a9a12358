namespace Bot.Engine.Storage;

/// <summary>The one home of queue, table and setting names. Queue names are constants so that
/// Functions trigger attributes can use them.</summary>
public static class StorageNames
{
    public const string InboxQueue = "inbox";
    public const string OutboxQueue = "outbox";

    /// <summary>Commands to many users (fan-out recipients, paced notices): the same processor as the inbox, on a
    /// queue of their own, so that a user's own message never waits behind a broadcast's backlog.</summary>
    public const string BulkQueue = "bulk";
    public const string PoisonSuffix = "-poison";

    public const string ConnectionSetting = "AzureWebJobsStorage";

    public const string SessionsTable = "sessions";
    public const string SchedulesTable = "schedules";
    public const string TextsTable = "texts";
    public const string AuditTable = "audit";
    public const string CursorsTable = "cursors";
    public const string DeadLettersTable = "deadletters";
    public const string ReferenceTable = "reference";

    /// <summary>Fan-outs: progress, recipients, outcomes; and the shared send pacer (created by AddBotEngine).</summary>
    public const string FanOutsTable = "fanouts";

    /// <summary>Blob container of files the bot uploads (generated images): see <see cref="Files.FileStore"/>.</summary>
    public const string FilesContainer = "files";

    public static IReadOnlyList<string> EngineTables { get; } =
        [SessionsTable, SchedulesTable, TextsTable, AuditTable, CursorsTable, DeadLettersTable, ReferenceTable];

    public static IReadOnlyList<string> Queues { get; } = [InboxQueue, OutboxQueue, BulkQueue];
}

using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Bot.Benchmarks.Scenarios;

/// <summary>What Azurite itself sustains for the pipeline's operations, straight through the Azure SDK
/// with 16 concurrent callers (the queue workers' concurrency): the session range query, a 2-entity
/// transaction (session replace + outbox row insert), a delete transaction, and queue send / receive
/// (batches of 16) / delete. Each is bounded by a count and a deadline.</summary>
internal static class AzuriteCeiling
{
    private const int Concurrency = 16;
    private const int Partitions = 200;
    private const int Count = 3000;
    private const int Round = 160;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(4);

    public static async Task<CeilingResult> RunAsync(string connectionString, CancellationToken ct)
    {
        var prefix = "ceil" + Guid.NewGuid().ToString("N")[..8];
        var table = new TableClient(connectionString, prefix + "sessions");
        await table.CreateIfNotExistsAsync(ct);
        var queue = new QueueClient(connectionString, prefix + "inbox", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync(cancellationToken: ct);

        for (var p = 0; p < Partitions; p++)
        {
            await table.UpsertEntityAsync(Session(p, 0), TableUpdateMode.Replace, ct);
        }

        // Warm-up (Azurite's JIT and the SDK's connections), not measured.
        await RateAsync(i => table.GetEntityIfExistsAsync<TableEntity>(Pk(i), "s", cancellationToken: ct), ct, 1000);
        await RateAsync(i => queue.SendMessageAsync(EnvelopeJson, ct), ct, 300);
        await queue.ClearMessagesAsync(ct);

        var reads = await RateAsync(i =>
            table.QueryAsync<TableEntity>($"PartitionKey eq '{Pk(i)}' and RowKey ge 's' and RowKey lt 't'", cancellationToken: ct)
                .AsPages().GetAsyncEnumerator(ct).MoveNextAsync().AsTask(), ct);

        var written = new System.Collections.Concurrent.ConcurrentBag<(string Pk, string Rk)>();
        var commits = await RateAsync(async i =>
        {
            var rk = $"s|o|{i:D12}|000";
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, Session(i, i)),
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Pk(i), rk) { ["Item"] = OutboxItemJson, ["CreatedAt"] = DateTimeOffset.UtcNow }),
                ], ct);
            written.Add((Pk(i), rk));
        }, ct);

        var toDelete = written.ToArray();
        var deletes = await RateAsync(async i =>
        {
            if (i < toDelete.Length)
            {
                var (pk, rk) = toDelete[i];
                await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, rk), ETag.All)], ct);
            }
        }, ct, toDelete.Length);

        // The queue in rounds of 160 messages (send all, receive them 16 at a time, delete all), so that it
        // stays as short as the pipeline's inbox does: Azurite slows down on long queues.
        var (sent, sendSeconds, calls, receiveSeconds, receivedCount, deleted, deleteSeconds) = (0, 0.0, 0, 0.0, 0, 0, 0.0);
        var queueClock = System.Diagnostics.Stopwatch.StartNew();
        while (sent < Count && queueClock.Elapsed < Deadline * 2)
        {
            var send = await RateAsync(_ => queue.SendMessageAsync(EnvelopeJson, ct), ct, Round);
            var received = new System.Collections.Concurrent.ConcurrentBag<QueueMessage>();
            var receive = await RateAsync(async _ =>
            {
                foreach (var m in (await queue.ReceiveMessagesAsync(16, TimeSpan.FromMinutes(5), ct)).Value)
                {
                    received.Add(m);
                }
            }, ct, Round / 16);
            var messages = received.ToArray();
            var delete = await RateAsync(i => queue.DeleteMessageAsync(messages[i].MessageId, messages[i].PopReceipt, ct), ct, messages.Length);
            (sent, sendSeconds) = (sent + send.Done, sendSeconds + send.Seconds);
            (calls, receiveSeconds, receivedCount) = (calls + receive.Done, receiveSeconds + receive.Seconds, receivedCount + messages.Length);
            (deleted, deleteSeconds) = (deleted + delete.Done, deleteSeconds + delete.Seconds);
        }

        await table.DeleteAsync(CancellationToken.None);
        await queue.DeleteAsync(CancellationToken.None);
        var result = new CeilingResult(reads.Rate, commits.Rate, deletes.Rate, sent / sendSeconds, calls / receiveSeconds, receivedCount / receiveSeconds, deleted / deleteSeconds);
        Console.Error.WriteLine($"  Azurite: {result}");
        return result;
    }

    private static string Pk(int i) => (5_000_000 + (i % Partitions)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity Session(int i, long seq) => new(Pk(i), "s")
    {
        ["State"] = "menu",
        ["Data"] = "{}",
        ["Locale"] = "en",
        ["FirstName"] = "B",
        ["Roles"] = "",
        ["Balances"] = "{}",
        ["Blocked"] = false,
        ["Unreachable"] = false,
        ["CreatedAt"] = DateTimeOffset.UtcNow,
        ["LastSeenAt"] = DateTimeOffset.UtcNow,
        ["Recent"] = string.Join(',', Enumerable.Range(0, 64).Select(k => "u:" + (1_000_000 + k))),
        ["Seq"] = seq,
    };

    private const string OutboxItemJson = """{"kind":"SendMessage","chatId":5000001,"text":"I did not understand that. Choose from the menu:","markup":{"inline":[[{"text":"Wallet","callbackData":"wallet:open"}]]}}""";

    private const string EnvelopeJson = """{"u":5000001,"uid":1000001,"upd":{"update_id":1000001,"message":{"message_id":1,"date":1700000000,"chat":{"id":5000001,"type":"private","first_name":"B"},"from":{"id":5000001,"is_bot":false,"first_name":"B","language_code":"en"},"text":"hello"}}}""";

    /// <summary>Runs <paramref name="operation"/> for indexes 0.. on 16 callers until the count or the deadline.</summary>
    private static async Task<(double Rate, int Done, double Seconds)> RateAsync(Func<int, Task> operation, CancellationToken ct, int count = Count)
    {
        var next = -1;
        var done = 0;
        var clock = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && clock.Elapsed < Deadline)
            {
                await operation(i);
                Interlocked.Increment(ref done);
            }
        }, ct));
        await Task.WhenAll(callers);
        return (done / clock.Elapsed.TotalSeconds, done, clock.Elapsed.TotalSeconds);
    }
}

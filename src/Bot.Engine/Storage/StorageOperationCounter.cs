using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Bot.Engine.Storage;

/// <summary>Counts storage requests on the client side, by kind, for cost measurements (Azure bills
/// table and queue storage per operation). Register it in DI and <see cref="BotStorage"/> uses it.</summary>
public sealed class StorageOperationCounter
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    public long this[string kind] => _counts.GetValueOrDefault(kind);

    public long Total => _counts.Values.Sum();

    public void Reset() => _counts.Clear();

    internal HttpPipelinePolicy TablePolicy() => new Counting(this, Table);

    internal HttpPipelinePolicy QueuePolicy() => new Counting(this, Queue);

    /// <summary>"table.read" (a point read or one query page), "table.transaction", "table.write".</summary>
    private static string Table(Request request) =>
        request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) ? "table.transaction"
        : request.Method == RequestMethod.Get ? "table.read"
        : "table.write";

    /// <summary>"queue.send", "queue.receive", "queue.delete", "queue.update", "queue.other".</summary>
    private static string Queue(Request request)
    {
        var path = request.Uri.Path;
        var messages = path.EndsWith("/messages", StringComparison.Ordinal) || path.Contains("/messages/", StringComparison.Ordinal);
        if (!messages)
        {
            return "queue.other";
        }

        if (request.Method == RequestMethod.Post) return "queue.send";
        if (request.Method == RequestMethod.Delete) return "queue.delete";
        if (request.Method == RequestMethod.Put) return "queue.update";
        return "queue.receive";
    }

    private sealed class Counting(StorageOperationCounter owner, Func<Request, string> classify) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) =>
            owner._counts.AddOrUpdate(classify(message.Request), 1, (_, n) => n + 1);
    }
}

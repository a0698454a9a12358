using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bot.Benchmarks.Serve;

/// <summary>Counts every storage request of this process by kind, whichever client sends it, from
/// HttpClient's diagnostic events. The local host's queue workers and pipeline monitor use queue clients
/// of their own (no counting policy), so this is how their receives and deletes are seen. Kinds are the
/// same as <c>StorageOperationCounter</c>'s.</summary>
internal sealed class HttpStorageCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly int _tablePort;
    private readonly int _queuePort;
    private readonly List<IDisposable> _subscriptions = [];

    private HttpStorageCounter(int tablePort, int queuePort)
    {
        _tablePort = tablePort;
        _queuePort = queuePort;
    }

    public static HttpStorageCounter Start(string connectionString)
    {
        var counter = new HttpStorageCounter(Port(connectionString, "TableEndpoint"), Port(connectionString, "QueueEndpoint"));
        counter._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(counter));
        return counter;
    }

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    public void Reset() => _counts.Clear();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "HttpHandlerDiagnosticListener")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, (name, _, _) => name == "System.Net.Http.Request"));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != "System.Net.Http.Request" || value.Value is null)
        {
            return;
        }

        if (value.Value.GetType().GetProperty("Request")?.GetValue(value.Value) is not HttpRequestMessage { RequestUri: { } uri } request)
        {
            return;
        }

        var kind = uri.Port == _tablePort ? Table(request, uri) : uri.Port == _queuePort ? Queue(request, uri) : null;
        if (kind is not null)
        {
            _counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var s in _subscriptions)
            {
                s.Dispose();
            }

            _subscriptions.Clear();
        }
    }

    private static string Table(HttpRequestMessage request, Uri uri) =>
        uri.AbsolutePath.EndsWith("$batch", StringComparison.Ordinal) ? "table.transaction"
        : request.Method == HttpMethod.Get ? "table.read"
        : "table.write";

    private static string Queue(HttpRequestMessage request, Uri uri)
    {
        var path = uri.AbsolutePath;
        if (!path.EndsWith("/messages", StringComparison.Ordinal) && !path.Contains("/messages/", StringComparison.Ordinal))
        {
            return "queue.other";
        }

        return request.Method == HttpMethod.Post ? "queue.send"
            : request.Method == HttpMethod.Delete ? "queue.delete"
            : request.Method == HttpMethod.Put ? "queue.update"
            : "queue.receive";
    }

    private static int Port(string connectionString, string key)
    {
        var part = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .First(p => p.StartsWith(key + "=", StringComparison.OrdinalIgnoreCase));
        return new Uri(part[(key.Length + 1)..]).Port;
    }
}

using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Bot.Engine.Storage;

/// <summary>Table, queue and blob container clients by logical name, created once. Queue messages are Base64, as the
/// Functions queue extension expects.</summary>
public sealed class BotStorage
{
    private readonly TableServiceClient _tables;
    private readonly QueueServiceClient _queues;
    private readonly BlobServiceClient? _blobs;
    private readonly string _prefix;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TableClient> _tableClients = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, QueueClient> _queueClients = new();

    public BotStorage(StorageOptions options, StorageOperationCounter? counter = null)
    {
        _prefix = options.Prefix;
        var tableOptions = new TableClientOptions();
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var blobOptions = new BlobClientOptions();
        if (counter is not null)
        {
            // Per retry, so that every request the service sees (and bills) is counted.
            tableOptions.AddPolicy(counter.TablePolicy(), HttpPipelinePosition.PerRetry);
            queueOptions.AddPolicy(counter.QueuePolicy(), HttpPipelinePosition.PerRetry);
        }

        if (options.ConnectionString is { } cs)
        {
            _tables = new TableServiceClient(cs, tableOptions);
            _queues = new QueueServiceClient(cs, queueOptions);
            _blobs = new BlobServiceClient(cs, blobOptions);
        }
        else
        {
            TokenCredential credential = options.ManagedIdentityClientId is { } clientId
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : new DefaultAzureCredential();
            _tables = new TableServiceClient(options.TableServiceUri!, credential, tableOptions);
            _queues = new QueueServiceClient(options.QueueServiceUri!, credential, queueOptions);
            _blobs = options.BlobServiceUri is { } blobUri ? new BlobServiceClient(blobUri, credential, blobOptions) : null;
        }
    }

    public string Prefix => _prefix;

    public TableClient Table(string name) =>
        _tableClients.GetOrAdd(name, n => _tables.GetTableClient(_prefix + n));

    public QueueClient Queue(string name) =>
        _queueClients.GetOrAdd(name, n => _queues.GetQueueClient(QueueName(n)));

    public string QueueName(string name) => (_prefix + name).ToLowerInvariant();

    /// <summary>A blob container by logical name (prefixed, lower case, characters a container name cannot
    /// hold dropped). Not created here: <see cref="Files.FileStore"/> creates its container on first use.</summary>
    public BlobContainerClient Container(string name)
    {
        var blobs = _blobs ?? throw new InvalidOperationException(
            "Blob storage is not configured: set Storage:BlobServiceUri (or AzureWebJobsStorage__blobServiceUri) with a managed identity.");
        var containerName = new string([.. (_prefix + name).ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        return blobs.GetBlobContainerClient(containerName);
    }

    public async Task EnsureCreatedAsync(IEnumerable<string> tables, IEnumerable<string> queues, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            await Table(table).CreateIfNotExistsAsync(ct);
        }

        foreach (var queue in queues)
        {
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: ct);
            await Queue(queue + StorageNames.PoisonSuffix).CreateIfNotExistsAsync(cancellationToken: ct);
        }
    }
}

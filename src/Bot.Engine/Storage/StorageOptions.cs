using Microsoft.Extensions.Configuration;

namespace Bot.Engine.Storage;

/// <summary>How the app reaches storage: a connection string (Azurite, local runs) or service URIs
/// with a managed identity (Azure). Read from <c>Storage:*</c> first, then from the Functions host's
/// own <c>AzureWebJobsStorage</c> settings so that one set of settings serves both.</summary>
public sealed record StorageOptions
{
    public string? ConnectionString { get; init; }
    public Uri? TableServiceUri { get; init; }
    public Uri? QueueServiceUri { get; init; }

    /// <summary>Blob endpoint (files the bot uploads); with a managed identity, from <c>Storage:BlobServiceUri</c>
    /// or <c>AzureWebJobsStorage__blobServiceUri</c>.</summary>
    public Uri? BlobServiceUri { get; init; }
    public string? ManagedIdentityClientId { get; init; }

    /// <summary>Prepended to every table and queue name; lets test runs share one storage account.</summary>
    public string Prefix { get; init; } = "";

    public bool UsesIdentity => ConnectionString is null;

    public static StorageOptions FromConfiguration(IConfiguration configuration)
    {
        var storage = configuration.GetSection("Storage");
        var host = configuration.GetSection(StorageNames.ConnectionSetting);
        var connectionString = NullIfEmpty(storage["ConnectionString"]) ?? NullIfEmpty(host.Value);
        var prefix = storage["Prefix"] ?? "";
        if (connectionString is not null)
        {
            return new StorageOptions { ConnectionString = connectionString, Prefix = prefix };
        }

        var tableUri = NullIfEmpty(storage["TableServiceUri"]) ?? NullIfEmpty(host["tableServiceUri"]);
        var queueUri = NullIfEmpty(storage["QueueServiceUri"]) ?? NullIfEmpty(host["queueServiceUri"]);
        if (tableUri is null || queueUri is null)
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Storage:ConnectionString (or AzureWebJobsStorage), or " +
                "AzureWebJobsStorage__tableServiceUri and AzureWebJobsStorage__queueServiceUri with a managed identity.");
        }

        var blobUri = NullIfEmpty(storage["BlobServiceUri"]) ?? NullIfEmpty(host["blobServiceUri"]);
        return new StorageOptions
        {
            TableServiceUri = new Uri(tableUri),
            QueueServiceUri = new Uri(queueUri),
            BlobServiceUri = blobUri is null ? null : new Uri(blobUri),
            ManagedIdentityClientId = NullIfEmpty(storage["ClientId"]) ?? NullIfEmpty(host["clientId"]),
            Prefix = prefix,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

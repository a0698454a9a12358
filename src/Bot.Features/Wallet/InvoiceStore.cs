using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Bot.Engine.Sessions;
using Bot.Engine.Storage;

namespace Bot.Features.Wallet;

/// <summary>The open invoices of every user, for the PaymentPolling timer: table "invoices", partition
/// "open", one row per payment id. Written by the create effect, removed by the close effect.</summary>
public sealed class InvoiceStore(BotStorage storage)
{
    public const string TableName = "invoices";
    public const string OpenPartition = "open";

    private TableClient Table => storage.Table(TableName);

    public async Task AddAsync(long userId, string paymentId, decimal amount, DateTimeOffset createdAt, CancellationToken ct)
    {
        var entity = new TableEntity(OpenPartition, UserPartition.SafeKey(paymentId))
        {
            ["PaymentId"] = paymentId,
            ["UserId"] = userId,
            ["Amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["CreatedAt"] = createdAt,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    public async Task RemoveAsync(string paymentId, CancellationToken ct)
    {
        try
        {
            await Table.DeleteEntityAsync(OpenPartition, UserPartition.SafeKey(paymentId), ETag.All, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Removed before (the close effect ran twice, or the button and the timer both closed it).
        }
    }

    public async IAsyncEnumerable<OpenInvoiceRecord> OpenAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in Table.QueryAsync<TableEntity>(x => x.PartitionKey == OpenPartition, cancellationToken: ct))
        {
            yield return new OpenInvoiceRecord(
                e.GetString("PaymentId") ?? e.RowKey,
                e.GetInt64("UserId") ?? 0,
                decimal.Parse(e.GetString("Amount") ?? "0", CultureInfo.InvariantCulture),
                e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
        }
    }
}

using Azure;
using Azure.Data.Tables;
using Bot.Engine.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Engine.FanOuts;

/// <summary>Hands out send slots at <c>Broadcasts:PerSecond</c> to any number of instances: one shared row
/// holds the next free instant, and a batch reserves N consecutive slots from max(now, nextFree) with an
/// ETag-conditional update (on 412 it re-reads and tries again). Slots become queue visibility delays,
/// which cannot exceed 7 days: a reservation that would end later is refused.</summary>
public sealed class SendPacer(BotStorage storage, IOptions<FanOutOptions> options, TimeProvider clock)
{
    public const string PartitionKey = "~pacer";
    public const string RowKey = "sends";

    /// <summary>Azure Queue Storage's largest visibility delay.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);

    private const string NextFreeColumn = "NextFree";

    public async Task<PacedSlots> ReserveAsync(int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var interval = options.Value.Interval;
        var table = storage.Table(StorageNames.FanOutsTable);
        while (true)
        {
            var now = clock.GetUtcNow();
            var row = await table.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: ct);
            var nextFree = row.HasValue ? row.Value!.GetDateTimeOffset(NextFreeColumn) ?? now : now;
            var slots = new PacedSlots(nextFree > now ? nextFree : now, count, interval);
            if (slots.End - now > MaxDelay)
            {
                throw new InvalidOperationException(
                    $"The send queue is booked until {nextFree:u}: {count} more sends would start more than {MaxDelay.TotalDays} days from now, beyond what a queue delay allows.");
            }

            var entity = new TableEntity(PartitionKey, RowKey) { [NextFreeColumn] = slots.End };
            try
            {
                if (row.HasValue)
                {
                    await table.UpdateEntityAsync(entity, row.Value!.ETag, TableUpdateMode.Replace, ct);
                }
                else
                {
                    await table.AddEntityAsync(entity, ct);
                }

                return slots;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another instance reserved meanwhile: re-read and take the slots after its batch.
            }
        }
    }
}

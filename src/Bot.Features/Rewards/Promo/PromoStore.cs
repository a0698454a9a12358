using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Records;
using Bot.Engine.Storage;

namespace Bot.Features.Rewards.Promo;

/// <summary>The admin side of promo codes: read, list, put (keeping the uses so far, through
/// <see cref="SharedRecords"/> so it never loses a use taken meanwhile) and delete.</summary>
public sealed class PromoStore(BotStorage storage, SharedRecords records)
{
    public Task<PromoCode?> GetAsync(string code, CancellationToken ct) =>
        records.GetAsync<PromoCode>(RewardsTables.Promo, code, RewardsTables.PromoRow, ct);

    public async IAsyncEnumerable<PromoCode> AllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RewardsTables.PromoRow}");
        await foreach (var row in storage.Table(RewardsTables.Promo).QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            if (row.GetString("Json") is { } json && JsonSerializer.Deserialize<PromoCode>(json, EngineJson.Options) is { } promo)
            {
                yield return promo;
            }
        }
    }

    public async Task<PromoCode> PutAsync(string code, long points, int maxUses, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var result = await records.ChangeAsync<PromoCode, PromoCode>(RewardsTables.Promo, code, RewardsTables.PromoRow, "admin-put:" + Guid.NewGuid().ToString("N"),
            old =>
            {
                var promo = new PromoCode(code, points, maxUses, expiresAt, old?.Uses ?? 0);
                return Change<PromoCode, PromoCode>.Write(promo, promo);
            }, ct);
        return result.Outcome;
    }

    /// <summary>Deletes the code (its claim rows stay as history); false when there was none.</summary>
    public async Task<bool> DeleteAsync(string code, CancellationToken ct)
    {
        try
        {
            await storage.Table(RewardsTables.Promo).DeleteEntityAsync(code, RewardsTables.PromoRow, ETag.All, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }
}

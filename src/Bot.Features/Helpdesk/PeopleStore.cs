using System.Text.Json;
using Azure.Data.Tables;
using Bot.Engine;
using Bot.Engine.Storage;

namespace Bot.Features.Helpdesk;

/// <summary>The people table: one row per user with a helpdesk role. Written by the user's own effect after
/// their session changed (so it follows the session), read by effects and timers.</summary>
public sealed class PeopleStore(BotStorage storage)
{
    private const string Partition = "p";
    private const string JsonProperty = "Json";

    public async Task SaveAsync(HelpdeskPerson person, CancellationToken ct)
    {
        var table = storage.Table(HelpdeskTables.People);
        if (person.Roles.Count == 0)
        {
            await table.DeleteEntityAsync(Partition, RowKey(person.UserId), cancellationToken: ct);
            return;
        }

        await table.UpsertEntityAsync(
            new TableEntity(Partition, RowKey(person.UserId)) { [JsonProperty] = JsonSerializer.Serialize(person, EngineJson.Options) },
            TableUpdateMode.Replace, ct);
    }

    public async Task<HelpdeskPerson?> GetAsync(long userId, CancellationToken ct)
    {
        var response = await storage.Table(HelpdeskTables.People).GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(userId), cancellationToken: ct);
        return response.HasValue ? Read(response.Value!) : null;
    }

    /// <summary>Everyone (one partition query); filter by role in memory (a company has tens or hundreds of people).</summary>
    public async Task<IReadOnlyList<HelpdeskPerson>> ListAsync(CancellationToken ct)
    {
        var people = new List<HelpdeskPerson>();
        await foreach (var entity in storage.Table(HelpdeskTables.People).QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: ct))
        {
            if (Read(entity) is { } person)
            {
                people.Add(person);
            }
        }

        return people;
    }

    public async Task<IReadOnlyList<HelpdeskPerson>> WithRoleAsync(string role, CancellationToken ct) =>
        (await ListAsync(ct)).Where(p => p.Has(role)).ToArray();

    private static HelpdeskPerson? Read(TableEntity entity) =>
        entity.GetString(JsonProperty) is { } json ? JsonSerializer.Deserialize<HelpdeskPerson>(json, EngineJson.Options) : null;

    private static string RowKey(long userId) => userId.ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
}

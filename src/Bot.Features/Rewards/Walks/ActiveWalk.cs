using System.Text.Json;
using Bot.Engine;
using Bot.Engine.Sessions;

namespace Bot.Features.Rewards.Walks;

/// <summary>The walk in progress, kept in the session under <see cref="RewardsData.Walk"/>: its id (also its
/// ledger key <c>walk:{id}</c>), start, the family it counts for (null: for the user), the temperature at the
/// start and where it came from ("weather" or "user"), whether the weather lookup is still out, and whether
/// «Завершить прогулку» was pressed before the temperature was known.</summary>
public sealed record ActiveWalk(
    string Id,
    DateTimeOffset StartedAt,
    string? FamilyId,
    decimal? TemperatureC = null,
    string? Source = null,
    bool AwaitingWeather = false,
    bool FinishRequested = false)
{
    public const string FromWeather = "weather";
    public const string FromUser = "user";

    public static ActiveWalk? Of(Session session) =>
        session.Get(RewardsData.Walk) is { } json ? JsonSerializer.Deserialize<ActiveWalk>(json, EngineJson.Options) : null;

    public Session WriteTo(Session session) => session.With(RewardsData.Walk, JsonSerializer.Serialize(this, EngineJson.Options));

    public static string NewId(long userId, DateTimeOffset now) =>
        $"{userId}-{now.UtcDateTime:yyyyMMddHHmmss}";

    public static string LedgerKey(string walkId) => "walk:" + walkId;
}

using System.Collections.Concurrent;
using Bot.Engine.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bot.Engine.Time;

/// <summary>Each user's time zone: <see cref="Session.TimeZone"/> when set, else <c>Bot:DefaultTimeZone</c>
/// (<c>Europe/Moscow</c> by default). A kept id that is not a zone (any more) falls back to the default
/// and is logged once per id, not once per update. Read-only: handlers take it from
/// <see cref="Routing.FlowContext.Services"/>.</summary>
public sealed class UserTimeZones
{
    /// <summary>What <c>Bot:DefaultTimeZone</c> falls back to when it names no zone itself.</summary>
    public const string FallbackZoneId = "Europe/Moscow";

    private readonly ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);
    private readonly ILogger<UserTimeZones> _log;

    public UserTimeZones(IOptions<BotOptions> options, ILogger<UserTimeZones> log)
    {
        _log = log;
        var configured = options.Value.DefaultTimeZone;
        if (TimeZoneParser.ZoneOrNull(configured) is { } zone)
        {
            Default = zone;
            DefaultId = configured;
        }
        else
        {
            log.LogError("Bot:DefaultTimeZone {ZoneId} is not a time zone; {Fallback} is the default", configured, FallbackZoneId);
            Default = DateTimeZoneProviders.Tzdb[FallbackZoneId];
            DefaultId = FallbackZoneId;
        }
    }

    public string DefaultId { get; }

    public DateTimeZone Default { get; }

    /// <summary>The zone for a kept id (IANA id or <c>UTC±HH:mm</c>); the default when null or unknown.</summary>
    public DateTimeZone Resolve(string? zoneId)
    {
        if (string.IsNullOrEmpty(zoneId))
        {
            return Default;
        }

        if (TimeZoneParser.ZoneOrNull(zoneId) is { } zone)
        {
            return zone;
        }

        if (_reported.TryAdd(zoneId, 0))
        {
            _log.LogWarning("Time zone {ZoneId} is unknown; {Default} is used instead", zoneId, DefaultId);
        }

        return Default;
    }

    public DateTimeZone For(Session session) => Resolve(session.TimeZone);

    /// <summary>"<paramref name="time"/> the user's time on <paramref name="date"/>" as a UTC instant.</summary>
    public DateTimeOffset ToUtc(Session session, DateOnly date, TimeOnly time) => WallClock.ToUtc(date, time, For(session));

    /// <summary>The next instant after <paramref name="after"/> when the user's clock shows <paramref name="time"/>.</summary>
    public DateTimeOffset NextOccurrence(Session session, TimeOnly time, DateTimeOffset after) =>
        WallClock.NextOccurrence(time, after, For(session));

    /// <summary>The user's date at <paramref name="now"/>.</summary>
    public DateOnly Today(Session session, DateTimeOffset now) => WallClock.DateAt(now, For(session));

    /// <summary>The user's wall-clock date and time at <paramref name="instant"/>, for display.</summary>
    public DateTime LocalAt(Session session, DateTimeOffset instant) => WallClock.LocalAt(instant, For(session));
}

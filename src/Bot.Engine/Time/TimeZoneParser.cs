using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.TimeZones;

namespace Bot.Engine.Time;

/// <summary>Reads a time zone a user typed into the id kept in the session: an IANA id
/// (<c>Europe/Berlin</c>, any letter case), a UTC offset (<c>+3</c>, <c>UTC+03:00</c>, <c>GMT-5:30</c>,
/// <c>-0530</c> → a fixed offset <c>UTC+03:00</c>, no daylight saving), or a city: the city part of any
/// IANA id (<c>Berlin</c>, <c>new york</c>, <c>Tokyo</c>) or one of a short list of Russian names
/// (<see cref="RussianCities"/>).</summary>
public static partial class TimeZoneParser
{
    /// <summary>Cities in Russian, each to the IANA zone it keeps time with. Deliberately short: the
    /// largest cities of Russia and neighbours whose users write in Russian. Anything else: an offset.</summary>
    public static readonly FrozenDictionary<string, string> RussianCities = new Dictionary<string, string>
    {
        ["москва"] = "Europe/Moscow",
        ["санкт петербург"] = "Europe/Moscow",
        ["петербург"] = "Europe/Moscow",
        ["спб"] = "Europe/Moscow",
        ["питер"] = "Europe/Moscow",
        ["казань"] = "Europe/Moscow",
        ["нижний новгород"] = "Europe/Moscow",
        ["ростов на дону"] = "Europe/Moscow",
        ["краснодар"] = "Europe/Moscow",
        ["воронеж"] = "Europe/Moscow",
        ["калининград"] = "Europe/Kaliningrad",
        ["самара"] = "Europe/Samara",
        ["волгоград"] = "Europe/Volgograd",
        ["екатеринбург"] = "Asia/Yekaterinburg",
        ["челябинск"] = "Asia/Yekaterinburg",
        ["уфа"] = "Asia/Yekaterinburg",
        ["пермь"] = "Asia/Yekaterinburg",
        ["омск"] = "Asia/Omsk",
        ["новосибирск"] = "Asia/Novosibirsk",
        ["красноярск"] = "Asia/Krasnoyarsk",
        ["иркутск"] = "Asia/Irkutsk",
        ["якутск"] = "Asia/Yakutsk",
        ["хабаровск"] = "Asia/Vladivostok",
        ["владивосток"] = "Asia/Vladivostok",
        ["магадан"] = "Asia/Magadan",
        ["петропавловск камчатский"] = "Asia/Kamchatka",
        ["минск"] = "Europe/Minsk",
        ["киев"] = "Europe/Kyiv",
        ["алматы"] = "Asia/Almaty",
        ["ташкент"] = "Asia/Tashkent",
        ["тбилиси"] = "Asia/Tbilisi",
        ["ереван"] = "Asia/Yerevan",
        ["баку"] = "Asia/Baku",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    private static readonly FrozenDictionary<string, string> IdsIgnoringCase =
        Tzdb.Ids.GroupBy(id => id, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>"new york" → America/New_York: the last part of every canonical geographic id.</summary>
    private static readonly FrozenDictionary<string, string> CitiesOfIds =
        TzdbDateTimeZoneSource.Default.CanonicalIdMap
            .Where(kv => kv.Key == kv.Value && kv.Key.Contains('/', StringComparison.Ordinal) && !kv.Key.StartsWith("Etc/", StringComparison.Ordinal))
            .GroupBy(kv => Normalize(kv.Key[(kv.Key.LastIndexOf('/') + 1)..]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(kv => kv.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);

    /// <summary>True with the zone id to keep (an IANA id, <c>UTC</c>, or <c>UTC±HH:mm</c>) when
    /// <paramref name="text"/> names a zone.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? zoneId)
    {
        zoneId = null;
        var s = text?.Trim() ?? "";
        if (s.Length is 0 or > 64)
        {
            return false;
        }

        if (TryOffset(s, out var offset))
        {
            zoneId = OffsetId(offset);
            return true;
        }

        if (IdsIgnoringCase.TryGetValue(s.Replace(' ', '_'), out var id))
        {
            zoneId = id;
            return true;
        }

        var key = Normalize(s);
        if (RussianCities.TryGetValue(key, out id) || CitiesOfIds.TryGetValue(key, out id))
        {
            zoneId = id;
            return true;
        }

        return false;
    }

    /// <summary>The zone a kept id stands for (what <see cref="TryParse"/> gives), or null when unknown.</summary>
    public static DateTimeZone? ZoneOrNull(string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return null;
        }

        if (Tzdb.GetZoneOrNull(zoneId) is { } zone)
        {
            return zone;
        }

        return zoneId.StartsWith("UTC", StringComparison.Ordinal) && TryOffset(zoneId, out var offset)
            ? DateTimeZone.ForOffset(offset)
            : null;
    }

    /// <summary><c>UTC</c> for zero, else <c>UTC+03:00</c>, <c>UTC-05:30</c>.</summary>
    public static string OffsetId(Offset offset)
    {
        if (offset == Offset.Zero)
        {
            return "UTC";
        }

        var span = offset.ToTimeSpan();
        return string.Create(CultureInfo.InvariantCulture, $"UTC{(span < TimeSpan.Zero ? '-' : '+')}{span.Duration():hh\\:mm}");
    }

    /// <summary>"+3", "UTC+03:00", "GMT-5:30", "-0530", "UTC": from −12:00 to +14:00, minutes 00–59.</summary>
    internal static bool TryOffset(string text, out Offset offset)
    {
        offset = Offset.Zero;
        var m = OffsetPattern().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        if (!m.Groups["sign"].Success)
        {
            return true; // "UTC" or "GMT" alone
        }

        var hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var negative = m.Groups["sign"].Value is "-" or "−";
        var total = (hours * 60) + minutes;
        if (minutes > 59 || (negative ? total > 12 * 60 : total > 14 * 60))
        {
            return false;
        }

        offset = Offset.FromSeconds((negative ? -total : total) * 60);
        return true;
    }

    private static string Normalize(string s) =>
        s.Trim().ToLowerInvariant().Replace('ё', 'е').Replace('_', ' ').Replace('-', ' ');

    [GeneratedRegex(@"^(?:(?:UTC|GMT)\s*)?(?:(?<sign>[+\-−])\s*(?<h>\d{1,2})(?::?(?<m>\d{2}))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}

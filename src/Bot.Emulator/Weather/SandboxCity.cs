namespace Bot.Emulator.Weather;

/// <summary>A place the sandbox's geocoding knows, with its Russian and English names.</summary>
internal sealed record SandboxCity(
    long Id,
    string NameRu,
    string NameEn,
    decimal Latitude,
    decimal Longitude,
    decimal Elevation,
    string CountryCode,
    string CountryRu,
    string CountryEn,
    string TimeZone,
    long Population);

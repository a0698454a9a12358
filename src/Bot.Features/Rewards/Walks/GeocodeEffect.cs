using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Features.Rewards.Walks.Weather;

namespace Bot.Features.Rewards.Walks;

/// <summary>Geocodes the user's city once (the result is kept in the session); answers <see cref="RewardsCommands.CityFound"/>.</summary>
public sealed class GeocodeEffect(IInboxPublisher inbox, IWeatherProvider weather) : LookupEffect<GeocodeQuery, GeocodeResult>(inbox)
{
    public override string Name => RewardsCommands.GeocodeEffect;

    public override string ResultCommand => RewardsCommands.CityFound;

    protected override async Task<GeocodeResult> LookupAsync(GeocodeQuery query, CancellationToken ct) =>
        await weather.FindCityAsync(query.City, query.Language, ct) switch
        {
            CityLookup.Found found => new GeocodeResult(query.City, found.Location, null),
            CityLookup.Unavailable down => new GeocodeResult(query.City, null, down.Reason),
            _ => new GeocodeResult(query.City, null, null),
        };
}

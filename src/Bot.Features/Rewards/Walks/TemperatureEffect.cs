using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Features.Rewards.Walks.Weather;

namespace Bot.Features.Rewards.Walks;

/// <summary>Asks the weather provider for the temperature at the walk's start; answers <see cref="RewardsCommands.Temperature"/>.</summary>
public sealed class TemperatureEffect(IInboxPublisher inbox, IWeatherProvider weather) : LookupEffect<TemperatureQuery, TemperatureResult>(inbox)
{
    public override string Name => RewardsCommands.WeatherEffect;

    public override string ResultCommand => RewardsCommands.Temperature;

    protected override async Task<TemperatureResult> LookupAsync(TemperatureQuery query, CancellationToken ct) =>
        await weather.GetTemperatureAsync(query.Location, ct) switch
        {
            WeatherReading.Found found => new TemperatureResult(query.WalkId, found.TemperatureC, null),
            WeatherReading.Unavailable down => new TemperatureResult(query.WalkId, null, down.Reason),
            _ => new TemperatureResult(query.WalkId, null, "no reading"),
        };
}

using Bot.Features.Rewards.Walks.Weather;

namespace Bot.Features.Rewards;

/// <summary>The <c>Rewards</c> settings (<c>Rewards__*</c> app settings).</summary>
public sealed class RewardsOptions
{
    public const string Section = "Rewards";

    /// <summary>Points for every 1000 steps before the temperature coefficient (<c>Rewards:PointsPer1000Steps</c>).</summary>
    public decimal PointsPer1000Steps { get; set; } = 10;

    /// <summary>The weather provider (<c>Rewards:Weather:*</c>).</summary>
    public WeatherOptions Weather { get; set; } = new();
}

using Bot.Features.Rewards.Walks.Weather;

namespace Bot.Features.Rewards;

/// <summary>The <c>Rewards</c> settings (<c>Rewards__*</c> app settings).</summary>
public sealed class RewardsOptions
{
    public const string Section = "Rewards";

    /// <summary>Points for every 1000 steps before the temperature coefficient (<c>Rewards:PointsPer1000Steps</c>).</summary>
    public decimal PointsPer1000Steps { get; set; } = 10;

    /// <summary>Points that both sides of a referral get, once (<c>Rewards:ReferralPoints</c>).</summary>
    public long ReferralPoints { get; set; } = 50;

    /// <summary>The most steps one user may log per day, their local day (<c>Rewards:MaxStepsPerDay</c>).</summary>
    public long MaxStepsPerDay { get; set; } = 50_000;

    /// <summary>A walk longer than this is refused (<c>Rewards:MaxWalkMinutes</c>).</summary>
    public int MaxWalkMinutes { get; set; } = 240;

    /// <summary>How often a family's pool is shared out among its members (<c>Rewards:FamilySharePeriodDays</c>).</summary>
    public int FamilySharePeriodDays { get; set; } = 7;

    /// <summary>The bot's username without @, for invitation links <c>t.me/&lt;bot&gt;?start=…</c>
    /// (<c>Rewards:BotUsername</c>); empty = the bot gives the code to type instead of a link.</summary>
    public string BotUsername { get; set; } = "";

    /// <summary>The weather provider (<c>Rewards:Weather:*</c>).</summary>
    public WeatherOptions Weather { get; set; } = new();

    public TimeSpan SharePeriod => TimeSpan.FromDays(Math.Max(1, FamilySharePeriodDays));
}

namespace Bot.Features.Loyalty;

/// <summary>The loyalty flow's callback data (at most 64 bytes).</summary>
public static class LoyaltyCallbacks
{
    public const string Start = "loyalty:start";
    public const string AdjustConfirm = "loyalty:adj:ok";
    public const string AdjustCancel = "loyalty:adj:no";
}

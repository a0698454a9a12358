namespace Bot.Features.Rewards.Families;

/// <summary>The operations on a family and the statuses of their outcomes.</summary>
public static class FamilyOps
{
    public const string Create = "create";
    public const string Join = "join";
    public const string Leave = "leave";
    public const string Contribute = "contribute";
    public const string Settle = "settle";

    public const string Ok = "ok";
    public const string NotFound = "not-found";
    public const string NotMember = "not-member";
    public const string Clash = "clash";
    public const string Stale = "stale";
}

using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Engine.Time;
using Bot.Features.Menu;
using Bot.Features.Rewards.Families;
using Bot.Features.Rewards.Promo;
using Bot.Features.Rewards.Referrals;
using Bot.Features.Rewards.Walks;
using Bot.Features.Rewards.Walks.Weather;
using Microsoft.Extensions.Options;

namespace Bot.Features.Rewards;

/// <summary>Seed 001: walks with temperature coefficients, promo codes, families and referrals. The whole
/// transition table is here; the handlers live in the part's folder (Walks/, Promo/, Families/, Referrals/).
/// Handlers are pure: weather, promo uses and families change in effects whose answers come back as commands.</summary>
public sealed class RewardsFlow : IFlow, IStartPayloadHandler
{
    public const string FlowName = "rewards";
    public const string ReferralPrefix = "ref_";
    public const string FamilyPrefix = "fam_";

    private readonly WalkHandlers _walks;
    private readonly FamilyHandlers _families;
    private readonly ReferralHandlers _referrals;

    public RewardsFlow(IOptions<RewardsOptions> options, IWeatherProvider weather, UserTimeZones zones)
    {
        RewardsOptions Settings() => options.Value;
        _walks = new WalkHandlers(Settings, weather, zones);
        _families = new FamilyHandlers(Settings, zones);
        _referrals = new ReferralHandlers(Settings);
    }

    public string Name => FlowName;

    public MenuEntry? MenuEntry { get; } = new(RewardsTexts.MenuButton, RewardsCallbacks.Walk, Order: 20);

    public IEnumerable<TextDefinition> Texts => RewardsTexts.All;

    public IEnumerable<string> KeptDataKeys => RewardsData.Kept;

    public IEnumerable<ReferenceSet> ReferenceSets => [RewardsReference.Coefficients];

    public IEnumerable<FlowCommand> Commands { get; } =
    [
        new("walk", RewardsTexts.CommandWalk),
        new("promo", RewardsTexts.CommandPromo),
        new("family", RewardsTexts.CommandFamily),
        new("invite", RewardsTexts.CommandInvite),
    ];

    public void Map(RouteTable routes) => routes
        // walks
        .Command("walk", _walks.Begin)
        .Callback(RewardsCallbacks.Walk, _walks.Begin)
        .Callback(RewardsCallbacks.Alone, _walks.Alone)
        .Callback(RewardsCallbacks.ForFamily, _walks.ForFamily)
        .Callback(RewardsCallbacks.ChangeCity, _walks.ChangeCity)
        .Callback(RewardsCallbacks.FinishPrefix, _walks.Finish)
        .On(RewardsStates.City, InputKind.Text, _walks.CityEntered)
        .On(RewardsStates.Temperature, InputKind.Text, _walks.TemperatureEntered)
        .On(RewardsStates.Steps, InputKind.Text, _walks.StepsEntered)
        .WrongInput(RewardsStates.City, ctx => Other(ctx, RewardsTexts.AskCity))
        .WrongInput(RewardsStates.Temperature, ctx => Other(ctx, RewardsTexts.TemperatureNotANumber))
        .WrongInput(RewardsStates.Steps, ctx => Other(ctx, RewardsTexts.StepsNotANumber))
        .Internal(RewardsCommands.CityFound, _walks.CityFound)
        .Internal(RewardsCommands.Temperature, _walks.TemperatureFound)
        // promo codes
        .Command("promo", PromoHandlers.Ask)
        .Callback(RewardsCallbacks.Promo, PromoHandlers.Ask)
        .On(RewardsStates.PromoCode, InputKind.Text, PromoHandlers.CodeEntered)
        .WrongInput(RewardsStates.PromoCode, ctx => Other(ctx, RewardsTexts.PromoIntro))
        .Internal(RewardsCommands.PromoResult, PromoHandlers.Result)
        // families
        .Command("family", _families.Show)
        .Callback(RewardsCallbacks.FamilyCreate, FamilyHandlers.AskName)
        .Callback(RewardsCallbacks.FamilyJoin, FamilyHandlers.AskCode)
        .Callback(RewardsCallbacks.FamilyLeave, FamilyHandlers.Leave)
        .Callback(RewardsCallbacks.FamilyInvite, FamilyHandlers.Invite)
        .On(RewardsStates.FamilyName, InputKind.Text, FamilyHandlers.NameEntered)
        .On(RewardsStates.FamilyCode, InputKind.Text, FamilyHandlers.CodeEntered)
        .WrongInput(RewardsStates.FamilyName, ctx => Other(ctx, RewardsTexts.FamilyAskName))
        .WrongInput(RewardsStates.FamilyCode, ctx => Other(ctx, RewardsTexts.FamilyAskCode))
        .Internal(RewardsCommands.FamilyResult, _families.Result)
        .Internal(RewardsCommands.FamilyView, _families.Viewed)
        .Internal(RewardsCommands.FamilyNews, FamilyHandlers.News)
        .Internal(RewardsCommands.FamilySettle, FamilyHandlers.Settle)
        .Internal(RewardsCommands.FamilyShare, FamilyHandlers.Share)
        // referrals
        .Command("invite", _referrals.Invite)
        .Internal(RewardsCommands.ReferralJoined, _referrals.Joined)
        .Internal(RewardsCommands.ReferralReward, _referrals.Rewarded)
        .Internal(RewardsCommands.ReferralUnknown, ReferralHandlers.Unknown)
        .Callback(RewardsCallbacks.Cancel, Cancel);

    /// <summary>Deep links: <c>ref_&lt;code&gt;</c> (referral) and <c>fam_&lt;code&gt;</c> (join a family).</summary>
    public Decision? StartWith(FlowContext ctx, string payload, Decision greeted)
    {
        if (payload.StartsWith(ReferralPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ReferralHandlers.Started(greeted, ctx, payload[ReferralPrefix.Length..]);
        }

        if (payload.StartsWith(FamilyPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return FamilyHandlers.Join(greeted, ctx, payload[FamilyPrefix.Length..]);
        }

        return null;
    }

    /// <summary>«Отмена» in any rewards prompt: back to the menu (a walk in progress stays).</summary>
    private static Decision Cancel(FlowContext ctx) =>
        WalkHandlers.Pressed(ctx).Set(RewardsData.CityOnly, null).GoTo(ServiceStates.Menu)
            .Reply(ctx.T(RewardsTexts.Cancelled))
            .Reply(ctx.T(MenuTexts.MainMenu), MenuFlow.MenuMarkup(ctx));

    private static Decision Other(FlowContext ctx, string hintKey) => ctx.Input.Kind switch
    {
        InputKind.Command => ctx.Decide().Reply(ctx.T(MenuTexts.UnknownCommand)),
        InputKind.Callback => ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton)),
        _ => ctx.Decide().Reply(ctx.T(hintKey)),
    };
}

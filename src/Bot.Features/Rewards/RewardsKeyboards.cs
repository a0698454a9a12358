using Bot.Engine.Outbox;
using Bot.Engine.Routing;

namespace Bot.Features.Rewards;

/// <summary>The rewards flow's inline keyboards.</summary>
public static class RewardsKeyboards
{
    /// <summary>«Для себя» «Для семьи», and «Сменить город» under them when a city is kept.</summary>
    public static Markup WalkChoice(FlowContext ctx, bool changeCity = false) => changeCity
        ? Markup.InlineRows(
            [Button.Callback(ctx.T(RewardsTexts.AloneButton), RewardsCallbacks.Alone), Button.Callback(ctx.T(RewardsTexts.FamilyWalkButton), RewardsCallbacks.ForFamily)],
            [Button.Callback(ctx.T(RewardsTexts.ChangeCityButton), RewardsCallbacks.ChangeCity)])
        : Markup.InlineRows(
            [Button.Callback(ctx.T(RewardsTexts.AloneButton), RewardsCallbacks.Alone), Button.Callback(ctx.T(RewardsTexts.FamilyWalkButton), RewardsCallbacks.ForFamily)]);

    public static Markup Finish(FlowContext ctx, string walkId) =>
        Markup.InlineColumn(Button.Callback(ctx.T(RewardsTexts.FinishButton), RewardsCallbacks.Finish(walkId)));

    public static Markup Cancel(FlowContext ctx) => Markup.InlineColumn(Button.Callback(ctx.T(RewardsTexts.CancelButton), RewardsCallbacks.Cancel));

    public static Markup NoFamily(FlowContext ctx) => Markup.InlineColumn(
        Button.Callback(ctx.T(RewardsTexts.FamilyCreateButton), RewardsCallbacks.FamilyCreate),
        Button.Callback(ctx.T(RewardsTexts.FamilyJoinButton), RewardsCallbacks.FamilyJoin));

    public static Markup FamilyCard(FlowContext ctx) => Markup.InlineRows(
        [Button.Callback(ctx.T(RewardsTexts.FamilyInviteButton), RewardsCallbacks.FamilyInvite), Button.Callback(ctx.T(RewardsTexts.FamilyLeaveButton), RewardsCallbacks.FamilyLeave)]);
}

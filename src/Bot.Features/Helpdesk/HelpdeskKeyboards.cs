using Bot.Engine.Outbox;
using Bot.Engine.Routing;

namespace Bot.Features.Helpdesk;

/// <summary>The helpdesk's inline keyboards.</summary>
public static class HelpdeskKeyboards
{
    public static Markup Cancel(FlowContext ctx) =>
        Markup.InlineColumn(Button.Callback(ctx.T(HelpdeskTexts.CancelButton), HelpdeskCallbacks.Cancel));

    public static Markup Take(FlowContext ctx, string orderId) =>
        Markup.InlineColumn(Button.Callback(ctx.T(HelpdeskTexts.TakeButton), HelpdeskCallbacks.Take(orderId)));

    public static Markup Done(FlowContext ctx, string orderId) =>
        Markup.InlineColumn(Button.Callback(ctx.T(HelpdeskTexts.DoneButton), HelpdeskCallbacks.Done(orderId)));

    /// <summary>«1» … «5» in one row.</summary>
    public static Markup Rate(string orderId) =>
        Markup.InlineRows(Enumerable.Range(1, 5).Select(n => Button.Callback(n.ToString(System.Globalization.CultureInfo.InvariantCulture), HelpdeskCallbacks.Rate(orderId, n))).ToArray());

    /// <summary>«Взять #ID» per free order, one a row.</summary>
    public static Markup TakeEach(FlowContext ctx, IEnumerable<Order> orders) =>
        Markup.InlineColumn(orders.Select(o => Button.Callback($"{ctx.T(HelpdeskTexts.TakeButton)} #{o.OrderId}", HelpdeskCallbacks.Take(o.OrderId))).ToArray());

    public static Markup ChooseRole(FlowContext ctx, long userId) => Markup.InlineRows(
        [Button.Callback(ctx.T(HelpdeskTexts.RoleClient), HelpdeskCallbacks.Role(userId, Roles.Client)),
         Button.Callback(ctx.T(HelpdeskTexts.RoleContractor), HelpdeskCallbacks.Role(userId, Roles.Contractor))],
        [Button.Callback(ctx.T(HelpdeskTexts.RoleManager), HelpdeskCallbacks.Role(userId, Roles.Manager)),
         Button.Callback(ctx.T(HelpdeskTexts.RoleOwner), HelpdeskCallbacks.Role(userId, Roles.Owner))],
        [Button.Callback(ctx.T(HelpdeskTexts.CancelButton), HelpdeskCallbacks.Cancel)]);

    public static Markup ChooseTariff(FlowContext ctx, long userId, IEnumerable<Tariff> tariffs) =>
        Markup.InlineColumn(tariffs.Select(t => Button.Callback(t.Title, HelpdeskCallbacks.TariffFor(userId, t.TariffId)))
            .Append(Button.Callback(ctx.T(HelpdeskTexts.CancelButton), HelpdeskCallbacks.Cancel)).ToArray());
}

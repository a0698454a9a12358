using System.Globalization;
using Bot.Engine.Inbox;
using Bot.Engine.Outbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Features.Menu;

namespace Bot.Features.Helpdesk;

/// <summary>Seed 003: an IT helpdesk. Clients create orders within their tariff's limit; contractors are told
/// (assigned ones first), take them with one winner and finish them; managers are alerted by the SlaEscalation
/// timer; owners add people and read reports. Handlers are pure: orders are shared records changed by effects
/// (<see cref="OrderEffects"/>), whose outcomes come back as the internal commands routed here.</summary>
public sealed class HelpdeskFlow(CompanyClock clock) : IFlow
{
    public const string FlowName = "helpdesk";
    public const string MenuCallback = "hd:menu";

    public string Name => FlowName;

    public MenuEntry? MenuEntry { get; } = new(HelpdeskTexts.MenuButton, MenuCallback, Order: 40);

    public IEnumerable<TextDefinition> Texts => HelpdeskTexts.All;

    public IEnumerable<string> KeptDataKeys => HelpdeskData.Kept;

    public IEnumerable<ReferenceSet> ReferenceSets => [HelpdeskReference.Settings, HelpdeskReference.Tariffs];

    public IEnumerable<FlowCommand> Commands { get; } =
    [
        new("new_order", HelpdeskTexts.CommandNewOrder, Roles.Client),
        new("my_orders", HelpdeskTexts.CommandMyOrders),
        new("free_orders", HelpdeskTexts.CommandFreeOrders, Roles.Contractor),
        new("free_contractors", HelpdeskTexts.CommandFreeContractors, Roles.Manager),
        new("add_user", HelpdeskTexts.CommandAddUser, Roles.Owner),
        new("report", HelpdeskTexts.CommandReport, Roles.Owner),
    ];

    public void Map(RouteTable routes) => routes
        // client
        .Callback(MenuCallback, ctx => ctx.Decide().Reply(ctx.T(HelpdeskTexts.Start)))
        .Command("new_order", NewOrder, requires: Roles.Client)
        .On(HelpdeskStates.Describe, InputKind.Text, Described)
        .On(HelpdeskStates.Describe, InputKind.Photo, Described)
        .On(HelpdeskStates.Describe, InputKind.Document, ctx => ctx.Decide().Reply(ctx.T(HelpdeskTexts.DocumentRefused), HelpdeskKeyboards.Cancel(ctx)))
        .WrongInput(HelpdeskStates.Describe, ctx => Other(ctx, c => c.Decide().Reply(c.T(HelpdeskTexts.DescriptionHint), HelpdeskKeyboards.Cancel(c))))
        .Callback(HelpdeskCallbacks.Cancel, Cancel)
        .Callback(HelpdeskCallbacks.RatePrefix, Rate)
        .Internal(HelpdeskCommands.ClientTaken, ClientTaken)
        .Internal(HelpdeskCommands.ClientDone, ClientDone)
        .Internal(HelpdeskCommands.Rated, Rated)
        .Internal(HelpdeskCommands.NewPeriod, NewPeriod)
        // everyone
        .Command("my_orders", ctx => List(ctx, ListRequest.My))
        .Internal(HelpdeskCommands.ListResult, Listed)
        // contractor
        .Command("free_orders", ctx => List(ctx, ListRequest.Free), requires: Roles.Contractor)
        .Internal(HelpdeskCommands.Offer, Offer)
        .Callback(HelpdeskCallbacks.TakePrefix, Take)
        .Internal(HelpdeskCommands.TakeResult, TakeResult)
        .Internal(HelpdeskCommands.CopyTaken, CopyTaken)
        .Callback(HelpdeskCallbacks.DonePrefix, Done)
        .Internal(HelpdeskCommands.DoneResult, DoneResult)
        // manager
        .Command("free_contractors", ctx => List(ctx, ListRequest.Contractors), requires: Roles.Manager)
        .Internal(HelpdeskCommands.ManagerAlert, ManagerAlert)
        // owner
        .Command("add_user", AddUser, requires: Roles.Owner)
        .On(HelpdeskStates.AddUser, InputKind.Text, UserNamed)
        .On(HelpdeskStates.AddUser, InputKind.Contact, UserNamed)
        .WrongInput(HelpdeskStates.AddUser, ctx => Other(ctx, UserNotRecognised))
        .Callback(HelpdeskCallbacks.RolePrefix, RoleChosen)
        .Callback(HelpdeskCallbacks.TariffPrefix, TariffChosen)
        .Command("report", Report, requires: Roles.Owner)
        .Internal(HelpdeskCommands.ReportReady, ReportReady)
        // roles (admin API, owners in the bot, Helpdesk:OwnerIds at start-up)
        .Internal(HelpdeskCommands.Grant, Grant)
        .Internal(HelpdeskCommands.Revoke, Revoke);

    // ---- client ----

    /// <summary>/new_order: a client with a tariff and orders left this period is asked for the description;
    /// otherwise a refusal naming the limit and when the period renews.</summary>
    internal Decision NewOrder(FlowContext ctx)
    {
        var (tariff, refusal) = CheckLimit(ctx);
        if (tariff is null)
        {
            return refusal!;
        }

        return ctx.Decide()
            .ClearKeptButtons(HelpdeskData.Prompt)
            .GoTo(HelpdeskStates.Describe)
            .Reply(ctx.T(HelpdeskTexts.AskDescription), HelpdeskKeyboards.Cancel(ctx), keepIdAs: HelpdeskData.Prompt);
    }

    /// <summary>The description (text, or a photo with or without a caption; the order keeps the photo's file id):
    /// the order is created by the create effect; the period's count goes up in the same commit.</summary>
    internal Decision Described(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        var description = (ctx.Input.Text ?? "").Trim();
        if (description.Length == 0 && ctx.Input.PhotoFileId is null)
        {
            return ctx.Decide().Reply(ctx.T(HelpdeskTexts.DescriptionHint), HelpdeskKeyboards.Cancel(ctx));
        }

        var (tariff, refusal) = CheckLimit(ctx);
        if (tariff is null)
        {
            return refusal!.ClearKeptButtons(HelpdeskData.Prompt).GoTo(ServiceStates.Menu);
        }

        var settings = ctx.Reference(HelpdeskReference.Settings);
        var period = clock.PeriodAt(ctx.Now, settings);
        var used = ClientCounter.Used(ctx.Session, period) + 1;
        var assigned = ClientCounter.Assigned(ctx.Session);
        var assignedFirst = tariff.AssignedContractorsOnly && assigned.Count > 0;
        var order = new Order
        {
            OrderId = OrderIds.From(ctx.Input.Key),
            ClientId = ctx.Session.UserId,
            ClientName = ctx.Session.FirstName ?? ctx.Session.UserId.ToString(CultureInfo.InvariantCulture),
            Description = description.Length == 0 ? ctx.T(HelpdeskTexts.PhotoOnly) : description.Length > 2000 ? description[..2000] : description,
            PhotoFileId = ctx.Input.PhotoFileId,
            CreatedAt = ctx.Now,
            TariffId = tariff.TariffId,
            ReactionMinutes = tariff.ReactionMinutes,
            ResolutionMinutes = tariff.ResolutionMinutes,
            AssignedContractors = assigned,
            AssignedFirst = assignedFirst,
            Widened = !assignedFirst,
        };
        return ctx.Decide()
            .ClearKeptButtons(HelpdeskData.Prompt)
            .GoTo(ServiceStates.Menu)
            .Change(s => ClientCounter.WithUsed(s, period, used))
            .Effect(HelpdeskEffects.Create, order)
            .Reply(ctx.T(HelpdeskTexts.OrderCreated,
                ("order", order.OrderId), ("reaction", tariff.ReactionMinutes),
                ("remaining", Math.Max(0, tariff.OrdersPerPeriod - used)), ("limit", tariff.OrdersPerPeriod)));
    }

    internal static Decision Cancel(FlowContext ctx)
    {
        var decision = ctx.Decide().ClearKeptButtons(HelpdeskData.Prompt).GoTo(ServiceStates.Menu);
        if (ctx.Input.Kind == InputKind.Callback && ctx.Input.MessageId is { } pressed)
        {
            decision = decision.ClearButtons(pressed);
        }

        return decision.Reply(ctx.T(ctx.Session.State == HelpdeskStates.Describe ? HelpdeskTexts.Cancelled : MenuTexts.MainMenu));
    }

    internal static Decision ClientTaken(FlowContext ctx)
    {
        var notice = ctx.Input.PayloadAs<OrderNotice>()!;
        return ctx.Decide().Reply(ctx.T(HelpdeskTexts.ClientTaken, ("order", notice.Order.OrderId), ("contractor", notice.Order.ContractorName)));
    }

    internal static Decision ClientDone(FlowContext ctx)
    {
        var notice = ctx.Input.PayloadAs<OrderNotice>()!;
        return ctx.Decide().Reply(ctx.T(HelpdeskTexts.ClientDone, ("order", notice.Order.OrderId)), HelpdeskKeyboards.Rate(notice.Order.OrderId));
    }

    /// <summary>«1»…«5» under the "done" message: the rate effect keeps the first rating.</summary>
    internal static Decision Rate(FlowContext ctx)
    {
        var pair = HelpdeskCallbacks.Pair(ctx.Input.CallbackData, HelpdeskCallbacks.RatePrefix);
        if (pair is not { } p || !int.TryParse(p.Second, NumberStyles.None, CultureInfo.InvariantCulture, out var stars) || stars is < 1 or > 5)
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        var decision = ctx.Decide().Answer(null).Effect(HelpdeskEffects.Rate, new OrderAction(p.First, Rating: stars));
        return ctx.Input.MessageId is { } message ? decision.ClearButtons(message) : decision;
    }

    internal static Decision Rated(FlowContext ctx)
    {
        var notice = ctx.Input.PayloadAs<OrderNotice>()!;
        return ctx.Decide().Reply(notice.Ok
            ? ctx.T(HelpdeskTexts.RateThanks, ("order", notice.Order.OrderId), ("rating", notice.Order.Rating))
            : ctx.T(HelpdeskTexts.RateRefused, ("order", notice.Order.OrderId)));
    }

    /// <summary>The BillingDay timer: the client's counter starts over and the client hears the new limit.</summary>
    internal Decision NewPeriod(FlowContext ctx)
    {
        var settings = ctx.Reference(HelpdeskReference.Settings);
        var period = clock.PeriodAt(ctx.Now, settings);
        var tariff = ctx.Reference(HelpdeskReference.Tariffs).Find(ctx.Session.Get(HelpdeskData.Tariff));
        if (tariff is null || !ctx.Session.HasRole(Roles.Client) || ctx.Session.Get(HelpdeskData.Period) == period.Key)
        {
            return ctx.Session.HasRole(Roles.Client) && tariff is not null ? ctx.Decide() : ctx.Decide().Change(s => ClientCounter.WithUsed(s, period, ClientCounter.Used(s, period)));
        }

        return ctx.Decide()
            .Change(s => ClientCounter.WithUsed(s, period, 0))
            .Reply(ctx.T(HelpdeskTexts.NewPeriod, ("tariff", tariff.Title), ("limit", tariff.OrdersPerPeriod), ("renews", clock.FormatDate(period.End))));
    }

    // ---- lists ----

    internal static Decision List(FlowContext ctx, string kind) =>
        ctx.Decide().Effect(HelpdeskEffects.List, new ListRequest(kind, ctx.Session.UserId));

    internal Decision Listed(FlowContext ctx)
    {
        var result = ctx.Input.PayloadAs<ListResult>()!;
        return result.Kind switch
        {
            ListRequest.Free => result.Orders.Count == 0
                ? ctx.Decide().Reply(ctx.T(HelpdeskTexts.NoFreeOrders))
                : ctx.Decide().Reply(Lines(ctx, ctx.T(HelpdeskTexts.FreeOrders), result.Orders), HelpdeskKeyboards.TakeEach(ctx, result.Orders.Take(20))),
            ListRequest.Contractors => ctx.Decide().Reply(result.People.Count == 0
                ? ctx.T(HelpdeskTexts.NoFreeContractors)
                : ctx.T(HelpdeskTexts.FreeContractors) + "\n" + string.Join("\n", result.People.Select(p => ctx.T(HelpdeskTexts.ContractorLine, ("name", p.Name), ("id", p.UserId))))),
            _ => MyOrders(ctx, result),
        };
    }

    private Decision MyOrders(FlowContext ctx, ListResult result)
    {
        var parts = new List<string>();
        var mine = result.Orders.Where(o => o.ClientId == ctx.Session.UserId).ToArray();
        var tariff = ctx.Reference(HelpdeskReference.Tariffs).Find(ctx.Session.Get(HelpdeskData.Tariff));
        if (ctx.Session.HasRole(Roles.Client) && tariff is not null)
        {
            var period = clock.PeriodAt(ctx.Now, ctx.Reference(HelpdeskReference.Settings));
            var header = ctx.T(HelpdeskTexts.MyOrdersClient,
                ("remaining", Math.Max(0, tariff.OrdersPerPeriod - ClientCounter.Used(ctx.Session, period))),
                ("limit", tariff.OrdersPerPeriod), ("renews", clock.FormatDate(period.End)));
            parts.Add(mine.Length == 0 ? header + "\n" + ctx.T(HelpdeskTexts.NoOrders) : Lines(ctx, header, mine));
        }

        if (ctx.Session.HasRole(Roles.Contractor))
        {
            var inWork = result.Orders.Where(o => o.ContractorId == ctx.Session.UserId && o.Status == OrderStatus.Taken).ToArray();
            parts.Add(inWork.Length == 0
                ? ctx.T(HelpdeskTexts.MyOrdersContractor) + "\n" + ctx.T(HelpdeskTexts.NoOrders)
                : Lines(ctx, ctx.T(HelpdeskTexts.MyOrdersContractor), inWork));
            if (inWork.Length > 0)
            {
                return ctx.Decide().Reply(string.Join("\n\n", parts), Markup.InlineColumn(inWork.Take(20)
                    .Select(o => Button.Callback($"{ctx.T(HelpdeskTexts.DoneButton)} #{o.OrderId}", HelpdeskCallbacks.Done(o.OrderId))).ToArray()));
            }
        }

        if (parts.Count == 0)
        {
            parts.Add(mine.Length == 0 ? ctx.T(HelpdeskTexts.NoOrders) : Lines(ctx, ctx.T(HelpdeskTexts.MyOrdersContractor), mine));
        }

        return ctx.Decide().Reply(string.Join("\n\n", parts));
    }

    private static string Lines(FlowContext ctx, string header, IEnumerable<Order> orders) =>
        header + "\n" + string.Join("\n", orders.Take(20).Select(o => ctx.T(HelpdeskTexts.OrderLine,
            ("order", o.OrderId), ("status", StatusText(ctx, o.Status)), ("description", Short(o.Description, 60)))));

    // ---- contractor ----

    /// <summary>A "new order" notice from the fan-out: sent with «Взять», its message id handed to the copy
    /// effect so the notice can be edited when someone takes the order.</summary>
    internal Decision Offer(FlowContext ctx)
    {
        var order = ctx.Input.PayloadAs<Order>()!;
        var fanOut = ctx.Input.FanOutId;
        if (!ctx.Session.HasRole(Roles.Contractor))
        {
            return fanOut is null ? ctx.Decide() : ctx.Decide().SkipFanOut(fanOut);
        }

        var text = ctx.T(HelpdeskTexts.Offer, ("order", order.OrderId), ("client", order.ClientName),
            ("description", Short(order.Description, 700)), ("deadline", clock.Format(order.ReactionDeadline)));
        var item = order.PhotoFileId is { } photo
            ? new OutboxItem { Kind = OutboxKind.SendPhoto, ChatId = ctx.Session.UserId, File = photo, Text = text }
            : OutboxItem.Message(ctx.Session.UserId, text);
        return ctx.Decide().Send(item with
        {
            Markup = HelpdeskKeyboards.Take(ctx, order.OrderId),
            FanOutId = fanOut,
            KeepId = KeepMessageId.ForEffect(HelpdeskEffects.CopySent, new OrderAction(order.OrderId)),
        });
    }

    /// <summary>«Взять»: the take effect decides, with one winner among every contractor pressing.</summary>
    internal static Decision Take(FlowContext ctx)
    {
        var orderId = HelpdeskCallbacks.After(ctx.Input.CallbackData, HelpdeskCallbacks.TakePrefix);
        if (!OrderIds.IsValid(orderId) || !ctx.Session.HasRole(Roles.Contractor))
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        return ctx.Decide()
            .Answer(ctx.T(HelpdeskTexts.Taking))
            .Effect(HelpdeskEffects.Take, new OrderAction(orderId!, ctx.Session.FirstName ?? ctx.Session.UserId.ToString(CultureInfo.InvariantCulture), ctx.Input.MessageId));
    }

    internal Decision TakeResult(FlowContext ctx)
    {
        var notice = ctx.Input.PayloadAs<OrderNotice>()!;
        var order = notice.Order;
        if (!notice.Ok)
        {
            var refused = ctx.Decide().Reply(ctx.T(HelpdeskTexts.TakenByOther, ("order", order.OrderId)));
            return notice.MessageId is { } pressed ? refused.ClearButtons(pressed) : refused;
        }

        var text = ctx.T(HelpdeskTexts.YouTook, ("order", order.OrderId), ("description", Short(order.Description, 700)),
            ("deadline", clock.Format(order.ResolutionDeadline ?? ctx.Now)));
        return notice.MessageId is { } message && order.PhotoFileId is null
            ? ctx.Decide().Edit(message, text, HelpdeskKeyboards.Done(ctx, order.OrderId))
            : (notice.MessageId is { } photoMessage ? ctx.Decide().ClearButtons(photoMessage) : ctx.Decide())
                .Reply(text, HelpdeskKeyboards.Done(ctx, order.OrderId));
    }

    /// <summary>Someone else took the order: this contractor's copy of the notice says so, without «Взять».</summary>
    internal static Decision CopyTaken(FlowContext ctx)
    {
        var notice = ctx.Input.PayloadAs<OrderNotice>()!;
        if (notice.MessageId is not { } message)
        {
            return ctx.Decide();
        }

        var text = ctx.T(HelpdeskTexts.CopyTaken, ("order", notice.Order.OrderId), ("contractor", notice.Order.ContractorName));
        return notice.Order.PhotoFileId is null ? ctx.Decide().Edit(message, text) : ctx.Decide().EditCaption(message, text);
    }

    /// <summary>«Готово»: the done effect completes an order the contractor has in work.</summary>
    internal static Decision Done(FlowContext ctx)
    {
        var orderId = HelpdeskCallbacks.After(ctx.Input.CallbackData, HelpdeskCallbacks.DonePrefix);
        if (!OrderIds.IsValid(orderId))
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        return ctx.Decide().Answer(null).Effect(HelpdeskEffects.Done, new OrderAction(orderId!, MessageId: ctx.Input.MessageId));
    }

    internal static Decision DoneResult(FlowContext ctx)
    {
        var notice = ctx.Input.PayloadAs<OrderNotice>()!;
        if (!notice.Ok)
        {
            return ctx.Decide().Reply(ctx.T(HelpdeskTexts.DoneRefused, ("order", notice.Order.OrderId)));
        }

        var decision = notice.MessageId is { } message ? ctx.Decide().ClearButtons(message) : ctx.Decide();
        return decision.Reply(ctx.T(HelpdeskTexts.YouDone, ("order", notice.Order.OrderId), ("rate", ctx.Reference(HelpdeskReference.Settings).OrderRate)));
    }

    // ---- manager ----

    internal Decision ManagerAlert(FlowContext ctx)
    {
        var alert = ctx.Input.PayloadAs<ManagerAlertNotice>()!;
        var order = alert.Order;
        var text = alert.Kind == SlaKinds.NotTaken
            ? ctx.T(HelpdeskTexts.AlertNotTaken, ("order", order.OrderId), ("client", order.ClientName), ("percent", alert.Percent),
                ("deadline", clock.Format(order.ReactionDeadline)), ("description", Short(order.Description, 300)))
            : ctx.T(HelpdeskTexts.AlertNotDone, ("order", order.OrderId), ("contractor", order.ContractorName), ("percent", alert.Percent),
                ("deadline", clock.Format(order.ResolutionDeadline ?? ctx.Now)), ("description", Short(order.Description, 300)));
        return ctx.Decide().Reply(text);
    }

    // ---- owner ----

    internal static Decision AddUser(FlowContext ctx) => ctx.Decide()
        .ClearKeptButtons(HelpdeskData.Prompt)
        .GoTo(HelpdeskStates.AddUser)
        .Reply(ctx.T(HelpdeskTexts.AskUser), HelpdeskKeyboards.Cancel(ctx), keepIdAs: HelpdeskData.Prompt);

    /// <summary>A typed id or a shared contact names the user; the role buttons follow.</summary>
    internal static Decision UserNamed(FlowContext ctx)
    {
        if (IsCancelWord(ctx))
        {
            return Cancel(ctx);
        }

        long? userId = ctx.Input.Kind == InputKind.Contact
            ? ctx.Input.ContactUserId
            : long.TryParse((ctx.Input.Text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var typed) && typed > 0 ? typed : null;
        if (userId is not { } id)
        {
            return UserNotRecognised(ctx);
        }

        return ctx.Decide()
            .ClearKeptButtons(HelpdeskData.Prompt)
            .GoTo(ServiceStates.Menu)
            .Reply(ctx.T(HelpdeskTexts.ChooseRole, ("id", id)), HelpdeskKeyboards.ChooseRole(ctx, id));
    }

    private static Decision UserNotRecognised(FlowContext ctx) =>
        ctx.Decide().Reply(ctx.T(HelpdeskTexts.UserNotRecognised), HelpdeskKeyboards.Cancel(ctx));

    internal static Decision RoleChosen(FlowContext ctx)
    {
        var pair = HelpdeskCallbacks.Pair(ctx.Input.CallbackData, HelpdeskCallbacks.RolePrefix);
        if (!ctx.Session.HasRole(Roles.Owner) || pair is not { } p
            || !long.TryParse(p.First, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            || !HelpdeskRoles.IsKnown(p.Second))
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        var decision = ctx.Decide().Answer(null);
        decision = ctx.Input.MessageId is { } pressed ? decision.ClearButtons(pressed) : decision;
        if (p.Second != Roles.Client)
        {
            return GrantFromBot(ctx, decision, userId, new RoleGrant(p.Second, By: ctx.Session.UserId));
        }

        var tariffs = ctx.Reference(HelpdeskReference.Tariffs).Items;
        return tariffs.Count == 0
            ? decision.Reply(ctx.T(HelpdeskTexts.NoTariffs))
            : decision.Reply(ctx.T(HelpdeskTexts.ChooseTariff, ("id", userId)), HelpdeskKeyboards.ChooseTariff(ctx, userId, tariffs));
    }

    internal static Decision TariffChosen(FlowContext ctx)
    {
        var pair = HelpdeskCallbacks.Pair(ctx.Input.CallbackData, HelpdeskCallbacks.TariffPrefix);
        if (!ctx.Session.HasRole(Roles.Owner) || pair is not { } p
            || !long.TryParse(p.First, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            || ctx.Reference(HelpdeskReference.Tariffs).Find(p.Second) is null)
        {
            return ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton));
        }

        var decision = ctx.Decide().Answer(null);
        decision = ctx.Input.MessageId is { } pressed ? decision.ClearButtons(pressed) : decision;
        return GrantFromBot(ctx, decision, userId, new RoleGrant(Roles.Client, p.Second, By: ctx.Session.UserId));
    }

    private static Decision GrantFromBot(FlowContext ctx, Decision decision, long userId, RoleGrant grant) => decision
        .Command(userId, InternalCommand.Create(HelpdeskCommands.Grant, $"grant:{ctx.Input.Key}", grant))
        .Reply(ctx.T(HelpdeskTexts.UserAdded, ("id", userId), ("role", RoleText(ctx, grant.Role))));

    internal static Decision Report(FlowContext ctx) =>
        ctx.Decide().Effect(HelpdeskEffects.Report, new ReportRequest(null, null));

    /// <summary>The report's chart as a photo (uploaded from the blob the report effect saved) with the summary as
    /// its caption; without a chart, the summary as a message.</summary>
    internal static Decision ReportReady(FlowContext ctx)
    {
        var ready = ctx.Input.PayloadAs<Report.ReportSummary>()!;
        var summary = ctx.T(HelpdeskTexts.ReportSummary, ("from", ready.From), ("to", ready.To), ("created", ready.Created),
            ("done", ready.Done), ("open", ready.Open), ("breaches", ready.Breaches), ("payout", ready.Payout));
        return ready.Chart is { } chart
            ? ctx.Decide().Send(OutboxItem.PhotoUpload(ctx.Session.UserId, chart, summary))
            : ctx.Decide().Reply(summary);
    }

    // ---- roles ----

    /// <summary>A role for this user (admin API, an owner in the bot, Helpdesk:OwnerIds): the session changes and
    /// the people table follows through an effect.</summary>
    internal static Decision Grant(FlowContext ctx)
    {
        var grant = ctx.Input.PayloadAs<RoleGrant>()!;
        var had = ctx.Session.HasRole(grant.Role);
        var decision = ctx.Decide().Change(s => s with { Roles = s.Roles.Add(grant.Role) });
        if (grant.Role == Roles.Client)
        {
            if (grant.TariffId is not null)
            {
                decision = decision.Set(HelpdeskData.Tariff, grant.TariffId);
            }

            if (grant.AssignedContractors is { } assigned)
            {
                decision = decision.Set(HelpdeskData.Assigned, assigned.Count == 0 ? null : string.Join(',', assigned.Select(a => a.ToString(CultureInfo.InvariantCulture))));
            }
        }

        decision = decision.Effect(HelpdeskEffects.SavePerson, PersonOf(decision.Session));
        return had ? decision : decision.Reply(ctx.T(HelpdeskTexts.RoleGranted, ("role", RoleText(ctx, grant.Role))));
    }

    internal static Decision Revoke(FlowContext ctx)
    {
        var grant = ctx.Input.PayloadAs<RoleGrant>()!;
        if (!ctx.Session.HasRole(grant.Role))
        {
            return ctx.Decide();
        }

        var decision = ctx.Decide().Change(s => s with { Roles = s.Roles.Remove(grant.Role) });
        return decision
            .Effect(HelpdeskEffects.SavePerson, PersonOf(decision.Session))
            .Reply(ctx.T(HelpdeskTexts.RoleRevoked, ("role", RoleText(ctx, grant.Role))));
    }

    public static HelpdeskPerson PersonOf(Session session) => new(
        session.UserId,
        session.FirstName ?? session.UserId.ToString(CultureInfo.InvariantCulture),
        session.Roles.Where(HelpdeskRoles.IsKnown).ToArray(),
        session.Get(HelpdeskData.Tariff),
        ClientCounter.Assigned(session));

    // ---- helpers ----

    /// <summary>The client's tariff when an order may be created now, else the refusal.</summary>
    private (Tariff? Tariff, Decision? Refusal) CheckLimit(FlowContext ctx)
    {
        var tariff = ctx.Reference(HelpdeskReference.Tariffs).Find(ctx.Session.Get(HelpdeskData.Tariff));
        if (tariff is null)
        {
            return (null, ctx.Decide().Reply(ctx.T(HelpdeskTexts.NoTariff)));
        }

        var period = clock.PeriodAt(ctx.Now, ctx.Reference(HelpdeskReference.Settings));
        if (ClientCounter.Used(ctx.Session, period) >= tariff.OrdersPerPeriod)
        {
            return (null, ctx.Decide().Reply(ctx.T(HelpdeskTexts.LimitReached,
                ("tariff", tariff.Title), ("limit", tariff.OrdersPerPeriod), ("renews", clock.Format(period.EndsAt(clock.Zone))))));
        }

        return (tariff, null);
    }

    private static Decision Other(FlowContext ctx, Handler hint) => ctx.Input.Kind switch
    {
        InputKind.Command => ctx.Decide().Reply(ctx.T(MenuTexts.UnknownCommand)),
        InputKind.Callback => ctx.Decide().Answer(ctx.T(MenuTexts.StaleButton)),
        _ => hint(ctx),
    };

    private static bool IsCancelWord(FlowContext ctx) =>
        ctx.Input.Text is { } text
        && (string.Equals(text.Trim(), ctx.Texts.Get(HelpdeskTexts.CancelButton, "ru"), StringComparison.OrdinalIgnoreCase)
            || string.Equals(text.Trim(), ctx.Texts.Get(HelpdeskTexts.CancelButton, "en"), StringComparison.OrdinalIgnoreCase));

    private static string StatusText(FlowContext ctx, string status) => ctx.T(status switch
    {
        OrderStatus.Taken => HelpdeskTexts.StatusTaken,
        OrderStatus.Done => HelpdeskTexts.StatusDone,
        OrderStatus.Cancelled => HelpdeskTexts.StatusCancelled,
        _ => HelpdeskTexts.StatusCreated,
    });

    private static string RoleText(FlowContext ctx, string role) => ctx.T(role switch
    {
        Roles.Client => HelpdeskTexts.RoleClient,
        Roles.Contractor => HelpdeskTexts.RoleContractor,
        Roles.Manager => HelpdeskTexts.RoleManager,
        _ => HelpdeskTexts.RoleOwner,
    });

    private static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

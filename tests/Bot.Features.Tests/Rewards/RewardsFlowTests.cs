using System.Collections.Frozen;
using Bot.Engine;
using Bot.Engine.Ledger;
using Bot.Engine.Outbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Engine.Time;
using Bot.Features.Menu;
using Bot.Features.Rewards;
using Bot.Features.Rewards.Families;
using Bot.Features.Rewards.Promo;
using Bot.Features.Rewards.Walks;
using Bot.Features.Rewards.Walks.Coefficients;
using Bot.Features.Rewards.Walks.Weather;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Bot.Features.Tests.Rewards;

/// <summary>The rewards flow's handlers through its own route table (handlers are pure).</summary>
public sealed class RewardsFlowTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TextSnapshot Texts = new(RewardsTexts.All.Concat(MenuTexts.All).ToFrozenDictionary(t => t.Key));
    private readonly RouteTable _routes = new();
    private readonly Mock<IWeatherProvider> _weather = new();
    private ReferenceSnapshot _references = ReferenceSnapshot.Empty;

    public RewardsFlowTests()
    {
        var options = Options.Create(new RewardsOptions { MaxStepsPerDay = 20_000, MaxWalkMinutes = 120, BotUsername = "steps_bot" });
        var zones = new UserTimeZones(Options.Create(new BotOptions()), NullLogger<UserTimeZones>.Instance);
        new RewardsFlow(options, _weather.Object, zones).Map(_routes);
    }

    private Session Session { get; set; } = new() { UserId = 42, FirstName = "Anna", State = ServiceStates.Menu, Locale = "ru", Seq = 3 };

    private Decision Run(Input input, DateTimeOffset? at = null)
    {
        var ctx = new FlowContext(Session, input, at ?? Now, Texts, new ServiceCollection().BuildServiceProvider(), []) { References = _references };
        var decision = _routes.Resolve(Session.State, input)!(ctx);
        Session = decision.Session;
        return decision;
    }

    private static Input Text(string text) => new() { Kind = InputKind.Text, Text = text, Key = "u:" + Guid.NewGuid() };

    private static Input Command(string name) => new() { Kind = InputKind.Command, CommandName = "/" + name, Text = "", Key = "u:" + Guid.NewGuid() };

    private static Input Callback(string data) => new() { Kind = InputKind.Callback, CallbackData = data, MessageId = 7, CallbackQueryId = "q", Key = "u:" + Guid.NewGuid() };

    private static IReadOnlyList<string> Replies(Decision d) => d.Outbox.Where(o => o.Kind == OutboxKind.SendMessage).Select(o => o.Text!).ToList();

    private void StartWalkWithUserTemperature(string temperature)
    {
        _weather.Setup(w => w.IsConfigured).Returns(false);
        Run(Command("walk"));
        var started = Run(Callback(RewardsCallbacks.Alone));
        Assert.Contains("Сервис погоды не подключён", Assert.Single(Replies(started)), StringComparison.Ordinal);
        Run(Text(temperature));
    }

    [Fact]
    public void Walk_uses_the_admin_table_and_posts_once_under_the_walk_key()
    {
        _references = ReferenceSnapshot.Empty.With(RewardsReference.Coefficients, (IReadOnlyList<CoefficientRange>)[new CoefficientRange(-30, 0, 2m)]);
        StartWalkWithUserTemperature("-3,5");
        var walkId = ActiveWalk.Of(Session)!.Id;

        Run(Callback(RewardsCallbacks.Finish(walkId)), Now.AddMinutes(40));
        var done = Run(Text("7 500"), Now.AddMinutes(41));

        var posting = Assert.Single(done.Postings);
        Assert.Equal((Currencies.Points, 150m, "walk:" + walkId), (posting.Currency, posting.Amount, posting.Key));
        Assert.Contains("Баллы: 7500 / 1000 × 10 × 2 = 150", Assert.Single(Replies(done)), StringComparison.Ordinal);
        Assert.Null(ActiveWalk.Of(Session));
        Assert.Single(done.Outbox, o => o.Effect == RewardsCommands.WalkLogEffect);

        var again = Run(Callback(RewardsCallbacks.Finish(walkId)), Now.AddMinutes(42));
        Assert.Empty(again.Postings);
        Assert.Equal("Сейчас нет начатой прогулки. Начните её командой /walk.", Assert.Single(Replies(again)));
    }

    [Fact]
    public void Walk_longer_than_the_limit_is_refused_with_the_reason()
    {
        StartWalkWithUserTemperature("10");

        var refused = Run(Callback(RewardsCallbacks.Finish(ActiveWalk.Of(Session)!.Id)), Now.AddMinutes(121));

        Assert.Equal("Прогулка не засчитана: она длилась дольше 120 мин. Начните новую командой /walk.", Assert.Single(Replies(refused)));
        Assert.Null(ActiveWalk.Of(Session));
    }

    [Fact]
    public void Steps_over_what_is_left_of_the_day_are_refused()
    {
        Session = Session.With(RewardsData.StepsToday, "2026-03-01:15000");
        StartWalkWithUserTemperature("10");
        Run(Callback(RewardsCallbacks.Finish(ActiveWalk.Of(Session)!.Id)), Now.AddMinutes(30));

        var refused = Run(Text("6000"), Now.AddMinutes(31));

        Assert.Equal("За день можно засчитать не больше 20000 шагов; сегодня осталось 5000. Напишите число не больше 5000.", Assert.Single(Replies(refused)));
        Assert.Empty(refused.Postings);
        Assert.Single(Run(Text("5000"), Now.AddMinutes(32)).Postings);
    }

    [Fact]
    public void Family_walk_posts_nothing_and_adds_to_the_pool()
    {
        Session = Session.With(RewardsData.Family, "FAMILY22");
        _weather.Setup(w => w.IsConfigured).Returns(false);
        Run(Command("walk"));
        Run(Callback(RewardsCallbacks.ForFamily));
        Run(Text("20"));
        Run(Callback(RewardsCallbacks.Finish(ActiveWalk.Of(Session)!.Id)), Now.AddMinutes(30));

        var done = Run(Text("3000"), Now.AddMinutes(31));

        Assert.Empty(done.Postings);
        var effect = Assert.Single(done.Outbox, o => o.Effect == RewardsCommands.FamilyEffect);
        var request = System.Text.Json.JsonSerializer.Deserialize<FamilyRequest>(System.Text.Json.JsonSerializer.Serialize(effect.Payload, EngineJson.Options), EngineJson.Options)!;
        Assert.Equal((FamilyOps.Contribute, "FAMILY22", 3000L, 30L), (request.Op, request.FamilyId, request.Steps, request.Points));
    }

    [Fact]
    public void Reused_promo_code_is_refused_without_asking_the_record()
    {
        Session = Session.With(RewardsData.PromoUsed, "WINTER");
        Run(Command("promo"));

        var refused = Run(Text(" winter "));

        Assert.Equal("Вы уже использовали промокод WINTER: один промокод можно активировать один раз.", Assert.Single(Replies(refused)));
        Assert.DoesNotContain(refused.Outbox, o => o.Effect == RewardsCommands.PromoEffect);
    }

    [Fact]
    public void Granted_promo_posts_under_the_code_key_and_remembers_the_code()
    {
        Session = Session.With(RewardsData.PromoPending, "SPRING");
        var input = new Input { Kind = InputKind.Internal, Key = "c:1", Internal = Bot.Engine.Inbox.InternalCommand.Create(RewardsCommands.PromoResult, "k", new PromoOutcome("SPRING", PromoOutcome.Granted, 25)) };

        var granted = Run(input);

        Assert.Equal("promo:SPRING", Assert.Single(granted.Postings).Key);
        Assert.Equal("SPRING", Session.Get(RewardsData.PromoUsed));
        Assert.Null(Session.Get(RewardsData.PromoPending));
    }

    [Fact]
    public void Second_family_is_refused_while_in_one()
    {
        Session = Session.With(RewardsData.Family, "FAMILY22");

        var refused = Run(Callback(RewardsCallbacks.FamilyJoin));

        Assert.Equal("Вы уже состоите в семье. Чтобы вступить в другую, сначала выйдите из текущей (/family).", Assert.Single(Replies(refused)));
        Assert.DoesNotContain(refused.Outbox, o => o.Effect == RewardsCommands.FamilyEffect);
    }

    [Fact]
    public void Invite_link_uses_the_bot_username_and_the_users_code()
    {
        var invite = Assert.Single(Replies(Run(Command("invite"))));

        Assert.Contains("https://t.me/steps_bot?start=ref_16", invite, StringComparison.Ordinal);
    }
}

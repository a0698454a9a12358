using System.Collections.Frozen;
using Bot.Engine;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Ledger;
using Bot.Engine.Texts;
using Bot.Engine.Time;
using Bot.Features.Admin;
using Bot.Features.Menu;
using Bot.Features.Wallet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Features.Tests.Menu;

public sealed class MenuFlowTests
{
    private sealed class OtherFlow : IFlow
    {
        public string Name => "coaching";
        public MenuEntry? MenuEntry => new("other.button", "other:open", 20);
        public IEnumerable<TextDefinition> Texts => [new("other.button", "Другое", "Other")];
        public void Map(RouteTable routes) { }
    }

    private const string Admins = "900";

    private static (RouteTable Table, FlowContext Context) Setup(Session session, Input input, string enabled = "wallet,coaching")
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(new BotOptions { AdminUserIds = Admins }));
        services.AddSingleton<UserTimeZones>();
        services.AddSingleton<IFlow, MenuFlow>();
        services.AddSingleton<IFlow, AdminFlow>();
        services.AddSingleton<IFlow>(new WalletFlow(Options.Create(new WalletOptions())));
        services.AddSingleton<IFlow, OtherFlow>();
        services.AddSingleton(Options.Create(new FeatureOptions { Enabled = enabled }));
        services.AddSingleton<Router>();
        var provider = services.BuildServiceProvider();
        var router = provider.GetRequiredService<Router>();
        var texts = new TextSnapshot(router.Flows.SelectMany(f => f.Texts).ToFrozenDictionary(t => t.Key));
        return (router.Table, new FlowContext(session, input, DateTimeOffset.UnixEpoch, texts, provider, router.Menu));
    }

    private static Decision Run(Session session, Input input, string enabled = "wallet,coaching")
    {
        var (table, ctx) = Setup(session, input, enabled);
        var bot = new BotOptions { AdminUserIds = Admins };
        return table.Resolve(session.State, input, role => Roles.Has(session, role, bot))!(ctx);
    }

    private static readonly Session Anna = new() { UserId = 42, FirstName = "Anna", State = "wallet.amount", Locale = "ru" };

    [Theory]
    [InlineData("/start")]
    [InlineData("/menu")]
    [InlineData("/cancel")]
    public void GlobalCommands_DropDialogData_ButKeepWhatFlowsDeclareLasting(string command)
    {
        var session = Anna.With(WalletData.Open, "pay-1:100").With(WalletData.Done, "pay-0").With(WalletData.Amount, "100").With("coach.day", "3");

        var decision = Run(session, FlowHarness.Command(command));

        Assert.Equal(ServiceStates.Menu, decision.Session.State);
        Assert.Equal([WalletData.Done, WalletData.Open], decision.Session.Data.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Start_GreetsByFirstName_AndShowsTheEnabledFlowsAsButtons()
    {
        var decision = Run(Anna, FlowHarness.Command("/start"));

        var message = Assert.Single(FlowHarness.Messages(decision));
        Assert.StartsWith("Привет, Anna!", message.Text, StringComparison.Ordinal);
        Assert.Equal(["Пополнить баланс", "Другое"], FlowHarness.Buttons(message).Select(b => b.Text));
    }

    [Fact]
    public void Start_WithTheWalletAlone_UsesTheSeedGreeting()
    {
        var decision = Run(Anna, FlowHarness.Command("/start"), enabled: "wallet");

        var message = Assert.Single(FlowHarness.Messages(decision));
        Assert.Equal("Привет, Anna\nЯ - бот для пополнения баланса.\nНажмите на кнопку, чтобы пополнить баланс", message.Text);
        Assert.Equal(["Пополнить баланс"], FlowHarness.Buttons(message).Select(b => b.Text));
    }

    [Fact]
    public void UnknownText_GetsAHelpfulReplyWithTheMenu()
    {
        var decision = Run(Anna with { State = ServiceStates.Menu }, FlowHarness.Text("hello?"));

        var message = Assert.Single(FlowHarness.Messages(decision));
        Assert.Equal(MenuTexts.All.Single(t => t.Key == MenuTexts.Unknown).Ru, message.Text);
        Assert.NotEmpty(FlowHarness.Buttons(message));
    }

    [Fact]
    public void UnknownCommand_SaysSo() =>
        Assert.Equal(MenuTexts.All.Single(t => t.Key == MenuTexts.UnknownCommand).Ru,
            FlowHarness.Reply(Run(Anna with { State = ServiceStates.Menu }, FlowHarness.Command("/nope"))));

    [Fact]
    public void Help_ListsTheCommandsTheUserMayUse_WithTheirDescriptions()
    {
        var text = FlowHarness.Reply(Run(Anna with { State = ServiceStates.Menu }, FlowHarness.Command("/help")));

        Assert.Equal(
            "Я помогаю с тем, что есть в меню. Команды:\n/start — Начать заново\n/menu — Открыть меню\n/help — Помощь: список команд\n" +
            "/cancel — Отменить текущее действие\n/balance — Баланс и последние операции",
            text);
    }

    [Fact]
    public void Help_ForAnAdmin_ListsTheAdminCommandToo()
    {
        var text = FlowHarness.Reply(Run(Anna with { UserId = 900, State = ServiceStates.Menu }, FlowHarness.Command("/help")));
        Assert.EndsWith("/admin — Как попасть в админ-панель", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommandTheUsersRoleLacks_IsAnsweredAsAnUnknownCommand()
    {
        var unknown = MenuTexts.All.Single(t => t.Key == MenuTexts.UnknownCommand).Ru;
        Assert.Equal(unknown, FlowHarness.Reply(Run(Anna with { State = ServiceStates.Menu }, FlowHarness.Command("/admin"))));
        Assert.NotEqual(unknown, FlowHarness.Reply(Run(Anna with { UserId = 900, State = ServiceStates.Menu }, FlowHarness.Command("/admin"))));
        Assert.NotEqual(unknown, FlowHarness.Reply(Run(Anna with { Roles = [Roles.Admin], State = ServiceStates.Menu }, FlowHarness.Command("/admin"))));
    }

    [Fact]
    public void Balance_ShowsEveryBalance_AndTheLatestEntriesNewestFirst_InTheUsersTime()
    {
        var at = new DateTimeOffset(2026, 3, 1, 21, 30, 0, TimeSpan.Zero);
        var session = Anna with
        {
            State = ServiceStates.Menu,
            TimeZone = "Asia/Tokyo",
            Balances = System.Collections.Immutable.ImmutableSortedDictionary<string, decimal>.Empty.Add(Currencies.Rub, 150.5m).Add(Currencies.Points, 25),
            RecentPostings =
            [
                new LedgerLine(Currencies.Rub, 200, "Top-up, payment p1", 200, at),
                new LedgerLine(Currencies.Rub, -49.5m, "подарок", 150.5m, at.AddHours(1)),
                new LedgerLine(Currencies.Points, 25, "promo", 25, at.AddHours(2)),
            ],
        };

        var text = FlowHarness.Reply(Run(session, FlowHarness.Command("/balance")));

        Assert.Equal(
            "Ваш баланс:\n150.5 ₽\n25 баллов\n\nПоследние операции:\n" +
            "02.03.2026 08:30  +25 баллов — promo\n02.03.2026 07:30  -49.5 ₽ — подарок\n02.03.2026 06:30  +200 ₽ — Top-up, payment p1",
            text);
    }

    [Fact]
    public void Balance_OfANewUser_SaysThereIsNothingYet() =>
        Assert.Equal("Ваш баланс:\nпока ничего нет\n\nПоследние операции:\nопераций пока не было",
            FlowHarness.Reply(Run(Anna with { State = ServiceStates.Menu }, FlowHarness.Command("/balance"))));

    [Fact]
    public void Cancel_WithTheWalletAlone_SaysCancelledBeforeTheGreeting()
    {
        var texts = FlowHarness.ReplyTexts(Run(Anna, FlowHarness.Command("/cancel"), enabled: "wallet"));

        Assert.Equal("Действие отменено.", texts[0]);
        Assert.StartsWith("Привет, Anna\nЯ - бот для пополнения баланса.", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Cancel_WithSeveralFlows_SaysCancelledBeforeTheMenu() =>
        Assert.Equal(["Действие отменено.", "Главное меню:"], FlowHarness.ReplyTexts(Run(Anna, FlowHarness.Command("/cancel"))));
}

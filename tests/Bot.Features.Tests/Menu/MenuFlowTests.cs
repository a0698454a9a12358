using System.Collections.Frozen;
using Bot.Engine;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
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

    private static (RouteTable Table, FlowContext Context) Setup(Session session, Input input, string enabled = "wallet,coaching")
    {
        var services = new ServiceCollection();
        services.AddSingleton<IFlow, MenuFlow>();
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
        return table.Resolve(session.State, input)!(ctx);
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
}

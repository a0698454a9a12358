using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Microsoft.Extensions.Options;

namespace Bot.Engine.Tests.Routing;

/// <summary>The router notes which flow mapped each route, so the processor can record the flows a user used
/// (broadcasts' <c>flow:&lt;name&gt;</c> segment).</summary>
public sealed class RouteOwnerTests
{
    private sealed class NamedFlow(string name, Action<RouteTable> map, bool core = false) : IFlow
    {
        public string Name => name;
        public bool IsCore => core;
        public MenuEntry? MenuEntry => null;
        public IEnumerable<TextDefinition> Texts => [];
        public void Map(RouteTable routes) => map(routes);
    }

    private static readonly Handler Greet = ctx => ctx.Decide().Reply("hi");
    private static readonly Handler Amount = ctx => ctx.Decide().Reply("amount");
    private static readonly Handler Pay = ctx => ctx.Decide().Reply("pay");

    [Fact]
    public void EveryRouteKnowsTheFlowThatMappedIt()
    {
        var router = new Router(
            [
                new NamedFlow("menu", r => r.Command("/start", Greet), core: true),
                new NamedFlow("wallet", r => r.On("amount", InputKind.Text, Amount).Callback("wallet:", Pay)),
            ],
            Options.Create(new FeatureOptions { Enabled = "wallet" }));

        Assert.Equal("menu", router.Table.FlowOf(router.Table.Resolve(ServiceStates.Menu, new Input { Kind = InputKind.Command, CommandName = "/start" })!));
        Assert.Equal("wallet", router.Table.FlowOf(router.Table.Resolve("amount", new Input { Kind = InputKind.Text, Text = "5" })!));
        Assert.Equal("wallet", router.Table.FlowOf(router.Table.Resolve(ServiceStates.Menu, new Input { Kind = InputKind.Callback, CallbackData = "wallet:go" })!));
    }

    [Fact]
    public void ARouteAddedOutsideAFlow_HasNoOwner()
    {
        var table = new RouteTable().Command("/x", Greet);

        Assert.Null(table.FlowOf(Greet));
    }

    [Fact]
    public void SessionFlows_SurviveTheTableRow()
    {
        var session = new Session { UserId = 5, Flows = ["wallet", "menu"] };

        var back = SessionEntityMapper.FromEntity(SessionEntityMapper.ToEntity(session));

        Assert.Equal(["menu", "wallet"], back.Flows);
        Assert.True(back.UsedFlow("wallet"));
        Assert.False(back.UsedFlow("rewards"));
    }
}

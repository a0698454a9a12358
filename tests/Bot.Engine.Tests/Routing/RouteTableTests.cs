using System.Text.Json;
using Bot.Engine.Inbox;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Engine.Tests.Routing;

public sealed class RouteTableTests
{
    private static Handler Named(string name) => ctx => ctx.Decide().Reply(name);

    private static string? Resolve(RouteTable table, string state, Input input)
    {
        var handler = table.Resolve(state, input);
        if (handler is null)
        {
            return null;
        }

        var ctx = new FlowContext(new Session { UserId = 1, State = state }, input, DateTimeOffset.UnixEpoch,
            new TextSnapshot(System.Collections.Frozen.FrozenDictionary<string, TextDefinition>.Empty), new ServiceCollection().BuildServiceProvider(), []);
        return handler(ctx).Outbox.Single().Text;
    }

    private static RouteTable Table() => new RouteTable()
        .Command("/start", Named("global start"))
        .On("amount", InputKind.Text, Named("amount text"))
        .On("amount", InputKind.Command, Named("amount command"))
        .Callback("wallet:", Named("wallet callback"))
        .Callback("wallet:check", Named("check callback"))
        .WrongInput("amount", Named("amount wrong input"))
        .Internal("wallet.status", Named("status"))
        .Fallback(Named("fallback"));

    [Fact]
    public void GlobalCommandsComeBeforeStateRoutes() =>
        Assert.Equal("global start", Resolve(Table(), "amount", new Input { Kind = InputKind.Command, CommandName = "/start" }));

    [Fact]
    public void StateRouteHandlesItsKind() =>
        Assert.Equal("amount text", Resolve(Table(), "amount", new Input { Kind = InputKind.Text, Text = "100" }));

    [Fact]
    public void UnroutedKindInAStateGetsThatStatesWrongInputReply() =>
        Assert.Equal("amount wrong input", Resolve(Table(), "amount", new Input { Kind = InputKind.Photo }));

    [Fact]
    public void UnknownStateFallsBack() =>
        Assert.Equal("fallback", Resolve(Table(), "elsewhere", new Input { Kind = InputKind.Text, Text = "hi" }));

    [Theory]
    [InlineData("wallet:topup", "wallet callback")]
    [InlineData("wallet:check:abc", "check callback")]
    [InlineData("other:x", "fallback")]
    public void CallbacksMatchTheLongestPrefixInAnyState(string data, string expected) =>
        Assert.Equal(expected, Resolve(Table(), "menu", new Input { Kind = InputKind.Callback, CallbackData = data }));

    [Fact]
    public void InternalCommandsRouteByNameWhateverTheState() =>
        Assert.Equal("status", Resolve(Table(), "amount", new Input
        {
            Kind = InputKind.Internal,
            Internal = new InternalCommand("wallet.status", "k", JsonSerializer.SerializeToElement(new { })),
        }));

    [Fact]
    public void UnknownInternalCommandHasNoRoute() =>
        Assert.Null(Resolve(Table(), "amount", new Input { Kind = InputKind.Internal, Internal = new InternalCommand("nope", "k") }));

    [Fact]
    public void PausedStateRoutesOnlyGlobalCommandsAndItsOwnReply()
    {
        var table = Table().WrongInput(ServiceStates.Paused, Named("paused"));
        Assert.Equal("paused", Resolve(table, ServiceStates.Paused, new Input { Kind = InputKind.Callback, CallbackData = "wallet:topup" }));
        Assert.Equal("global start", Resolve(table, ServiceStates.Paused, new Input { Kind = InputKind.Command, CommandName = "/start" }));
    }

    [Fact]
    public void TwoRoutesForOneStateAndKindAreRefused() =>
        Assert.Throws<InvalidOperationException>(() => Table().On("amount", InputKind.Text, Named("again")));
}

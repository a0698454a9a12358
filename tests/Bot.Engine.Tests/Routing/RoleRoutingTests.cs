using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Microsoft.Extensions.Options;

namespace Bot.Engine.Tests.Routing;

public sealed class RoleRoutingTests
{
    private static Handler Named(string name) => ctx => ctx.Decide().Reply(name);

    private static readonly Handler Report = Named("report");
    private static readonly Handler Fallback = Named("unknown command");

    private static RouteTable Table() => new RouteTable()
        .Command("report", Report, requires: Roles.Owner)
        .Command("/Help", Named("help"))
        .Fallback(Fallback);

    private static Input Command(string name) => new() { Kind = InputKind.Command, CommandName = name };

    [Fact]
    public void ACommandThatRequiresARole_IsRoutedForThatRole() =>
        Assert.Same(Report, Table().Resolve(ServiceStates.Menu, Command("/report"), role => role == Roles.Owner));

    [Fact]
    public void ACommandTheUsersRoleLacks_ResolvesAsAnUnknownCommand()
    {
        Assert.Same(Fallback, Table().Resolve(ServiceStates.Menu, Command("/report"), role => role == Roles.Client));
        Assert.Same(Fallback, Table().Resolve(ServiceStates.Menu, Command("/report"))); // no role check given: refused
        Assert.Same(Fallback, Table().Resolve(ServiceStates.Menu, Command("/nosuch"), _ => true));
    }

    [Fact]
    public void CommandNames_AreTheSameWithOrWithoutTheSlash()
    {
        var table = Table();
        Assert.True(table.HasCommand("/report"));
        Assert.True(table.HasCommand("help"));
        Assert.Equal(Roles.Owner, table.RequiredRole("/REPORT"));
        Assert.Null(table.RequiredRole("help"));
        Assert.Equal("report", new FlowCommand("/Report", "k").Name);
    }

    [Fact]
    public void AdminIdsFromSettings_AreTrainers_OthersOnlyWithTheSessionRole()
    {
        var bot = new BotOptions { AdminUserIds = "7" };
        Assert.True(Roles.Has(new Session { UserId = 7 }, Roles.Trainer, bot));
        Assert.False(Roles.Has(new Session { UserId = 8 }, Roles.Trainer, bot));
        Assert.True(Roles.Has(new Session { UserId = 8, Roles = [Roles.Trainer] }, Roles.Trainer, bot));
        Assert.False(Roles.Has(new Session { UserId = 7 }, Roles.Owner, bot));
    }

    [Fact]
    public void AdminIdsFromSettings_HaveTheAdminRole_OthersTheirSessionRoles()
    {
        var bot = new BotOptions { AdminUserIds = "7, 9" };
        Assert.True(Roles.Has(new Session { UserId = 9 }, Roles.Admin, bot));
        Assert.False(Roles.Has(new Session { UserId = 8 }, Roles.Admin, bot));
        Assert.True(Roles.Has(new Session { UserId = 8, Roles = [Roles.Admin] }, Roles.Admin, bot));
        Assert.True(Roles.Has(new Session { UserId = 8, Roles = [Roles.Owner] }, Roles.Owner, bot));
        Assert.False(Roles.Has(new Session { UserId = 9 }, Roles.Owner, bot));
    }

    private sealed class ReportFlow(string? offeredRole, bool mapped = true) : IFlow
    {
        public string Name => "helpdesk";
        public MenuEntry? MenuEntry => null;
        public IEnumerable<TextDefinition> Texts => [];
        public IEnumerable<FlowCommand> Commands => [new("report", "report.description", offeredRole), new("mine", "mine.description")];

        public void Map(RouteTable routes)
        {
            routes.Command("mine", Named("mine"));
            if (mapped)
            {
                routes.Command("report", Report, requires: Roles.Owner);
            }
        }
    }

    private static Router RouterOf(IFlow flow, string enabled = "helpdesk") =>
        new([flow], Options.Create(new FeatureOptions { Enabled = enabled }));

    [Fact]
    public void TheRouter_ListsTheEnabledFlowsCommands_AndWhichAUserMayUse()
    {
        var router = RouterOf(new ReportFlow(Roles.Owner));
        var bot = new BotOptions();

        Assert.Equal(["report", "mine"], router.Commands.Select(c => c.Name));
        Assert.Equal(["mine"], router.CommandsFor(new Session { UserId = 1 }, bot).Select(c => c.Name));
        Assert.Equal(["report", "mine"], router.CommandsFor(new Session { UserId = 1, Roles = [Roles.Owner] }, bot).Select(c => c.Name));
    }

    [Fact]
    public void ADisabledFlow_OffersNoCommands() =>
        Assert.Empty(RouterOf(new ReportFlow(Roles.Owner), enabled: "wallet").Commands);

    [Fact]
    public void ACommandOfferedWithoutARoute_OrWithAnotherRole_StopsTheStart()
    {
        Assert.Throws<InvalidOperationException>(() => RouterOf(new ReportFlow(Roles.Owner, mapped: false)));
        Assert.Throws<InvalidOperationException>(() => RouterOf(new ReportFlow(offeredRole: null)));
    }
}

using Microsoft.Extensions.Options;

namespace Bot.Engine.Routing;

/// <summary>The route table of the enabled flows, built once.</summary>
public sealed class Router
{
    public Router(IEnumerable<IFlow> flows, IOptions<FeatureOptions> features)
    {
        var enabled = features.Value.EnabledSet;
        // A disabled flow's lasting data is kept too: switching a flow off must not lose a credit.
        KeptDataKeys = flows.SelectMany(f => f.KeptDataKeys).ToHashSet(StringComparer.Ordinal);
        Flows = flows.Where(f => f.IsCore || enabled.Contains(f.Name)).ToArray();
        Table = new RouteTable();
        foreach (var flow in Flows)
        {
            Table.Mapping = flow.Name;
            flow.Map(Table);
        }

        Table.Mapping = null;
        Commands = Flows.SelectMany(f => f.Commands).ToArray();
        foreach (var command in Commands)
        {
            if (!Table.HasCommand(command.Name))
            {
                throw new InvalidOperationException($"Command /{command.Name} is offered but has no route.");
            }

            if (Table.RequiredRole(command.Name) != command.Role)
            {
                throw new InvalidOperationException(
                    $"Command /{command.Name} is offered for role '{command.Role}' but its route requires '{Table.RequiredRole(command.Name)}'.");
            }
        }

        Menu = Flows.Where(f => f.MenuEntry is not null).Select(f => f.MenuEntry!).OrderBy(m => m.Order).ToArray();
    }

    public IReadOnlyList<IFlow> Flows { get; }

    public RouteTable Table { get; }

    public IReadOnlyList<MenuEntry> Menu { get; }

    /// <summary>The commands the enabled flows offer, in flow order: /help and the Telegram menu list these.</summary>
    public IReadOnlyList<FlowCommand> Commands { get; }

    /// <summary>The commands a user may use: those without a role and those whose role they have.</summary>
    public IEnumerable<FlowCommand> CommandsFor(Sessions.Session session, BotOptions bot) =>
        Commands.Where(c => c.Role is null || Roles.Has(session, c.Role, bot));

    public IReadOnlySet<string> KeptDataKeys { get; }

    public bool IsEnabled(string flow) => Flows.Any(f => string.Equals(f.Name, flow, StringComparison.OrdinalIgnoreCase));
}

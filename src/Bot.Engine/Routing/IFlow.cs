using Bot.Engine.Reference;
using Bot.Engine.Texts;

namespace Bot.Engine.Routing;

/// <summary>A feature flow. Registered in DI; <c>Features:Enabled</c> picks which are routed.</summary>
public interface IFlow
{
    /// <summary>The name used in <c>Features:Enabled</c> ("wallet", "rewards", …).</summary>
    string Name { get; }

    /// <summary>Always routed whatever <c>Features:Enabled</c> says (the main menu itself).</summary>
    bool IsCore => false;

    MenuEntry? MenuEntry { get; }

    IEnumerable<TextDefinition> Texts { get; }

    /// <summary>Data keys that outlive a dialog: /start, /menu and /cancel keep them (e.g. the wallet's open
    /// invoices, which must still be credited when paid later).</summary>
    IEnumerable<string> KeptDataKeys => [];

    /// <summary>Read-only data the flow's handlers read through <see cref="FlowContext.Reference{T}"/>.</summary>
    IEnumerable<ReferenceSet> ReferenceSets => [];

    /// <summary>The commands this flow offers, in the order /help and the Telegram menu list them.</summary>
    IEnumerable<FlowCommand> Commands => [];

    void Map(RouteTable routes);
}

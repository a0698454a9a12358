namespace Bot.Engine.Routing;

/// <summary>A command a flow offers, for /help and the Telegram command menu: its name without the slash
/// ("balance"), the text key of its description (ru and en), and the role it requires (null: everyone).
/// The route of the same name must require the same role (the router checks at start-up).</summary>
public sealed record FlowCommand(string Name, string DescriptionKey, string? Role = null)
{
    public string Name { get; } = RouteTable.CommandKey(Name)[1..];
}

using Bot.Engine.Reference;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;

namespace Bot.Engine.Routing;

/// <summary>What a handler sees. <see cref="Services"/> is for read-only lookups (options, catalogues).</summary>
public sealed class FlowContext(Session session, Input input, DateTimeOffset now, TextSnapshot texts, IServiceProvider services, IReadOnlyList<MenuEntry> menu)
{
    public Session Session { get; } = session;
    public Input Input { get; } = input;
    public DateTimeOffset Now { get; } = now;
    public IServiceProvider Services { get; } = services;
    public TextSnapshot Texts { get; } = texts;

    /// <summary>The enabled flows' main-menu entries, in order.</summary>
    public IReadOnlyList<MenuEntry> Menu { get; } = menu;

    /// <summary>The reference data loaded before routing (see <see cref="IFlow.ReferenceSets"/>).</summary>
    public ReferenceSnapshot References { get; init; } = ReferenceSnapshot.Empty;

    /// <summary>A reference set's current value (its default until one is stored).</summary>
    public T Reference<T>(ReferenceSet<T> set)
        where T : notnull => References.Get(set);

    public Decision Decide() => new() { Session = Session };

    /// <summary>The text for <paramref name="key"/> in the user's language with {name} placeholders filled.</summary>
    public string T(string key, params (string Name, object? Value)[] args) => Texts.Get(key, Session.Locale, args);
}

using System.Collections.Frozen;

namespace Bot.Engine.Reference;

/// <summary>The reference data of one moment, already deserialized: what handlers read through
/// <see cref="Routing.FlowContext.Reference{T}"/>. Immutable; build one in a flow's unit tests with
/// <see cref="Empty"/> and <see cref="With{T}"/>.</summary>
public sealed class ReferenceSnapshot
{
    private readonly FrozenDictionary<string, object> _values;

    internal ReferenceSnapshot(IReadOnlyDictionary<string, object> values) =>
        _values = values.ToFrozenDictionary(StringComparer.Ordinal);

    public static ReferenceSnapshot Empty { get; } = new(new Dictionary<string, object>());

    /// <summary>The set's value; its default when nothing (readable) is stored.</summary>
    public T Get<T>(ReferenceSet<T> set)
        where T : notnull =>
        _values.TryGetValue(set.Name, out var value) && value is T typed ? typed : set.Default;

    /// <summary>A copy with <paramref name="set"/> holding <paramref name="value"/> (for tests of handlers).</summary>
    public ReferenceSnapshot With<T>(ReferenceSet<T> set, T value)
        where T : notnull =>
        new(new Dictionary<string, object>(_values, StringComparer.Ordinal) { [set.Name] = value });
}

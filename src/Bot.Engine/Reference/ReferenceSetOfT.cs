namespace Bot.Engine.Reference;

/// <summary>A reference set whose value is a <typeparamref name="T"/> (stored as JSON). Make <typeparamref name="T"/>
/// immutable (records, <c>IReadOnlyList</c>): one deserialized value is shared by every handler until the data
/// changes. <see cref="Default"/> is what handlers see until an admin stores a value, or when the stored value
/// no longer reads as a <typeparamref name="T"/>.</summary>
public sealed class ReferenceSet<T>(string name, T defaultValue) : ReferenceSet(name, typeof(T))
    where T : notnull
{
    public T Default { get; } = defaultValue;

    internal override object? DefaultValue => Default;
}

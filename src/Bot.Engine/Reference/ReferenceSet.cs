using System.Text.Json;

namespace Bot.Engine.Reference;

/// <summary>A named piece of read-only data that handlers read (a catalog, tariffs, a program). Declared by a
/// flow in <see cref="Routing.IFlow.ReferenceSets"/> as a <see cref="ReferenceSet{T}"/>.</summary>
public abstract class ReferenceSet
{
    public const int MaxNameLength = 100;

    private protected ReferenceSet(string name, Type valueType)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || !name.All(IsNameChar))
        {
            throw new ArgumentException(
                $"Reference set name '{name}' must be 1-{MaxNameLength} characters of a-z, A-Z, 0-9, '.', '_' or '-'.", nameof(name));
        }

        Name = name;
        ValueType = valueType;
    }

    /// <summary>The set's name: its partition in the reference table and its name in admin calls.</summary>
    public string Name { get; }

    public Type ValueType { get; }

    internal abstract object? DefaultValue { get; }

    /// <summary>Reads a stored value; throws <see cref="JsonException"/> when it is not a value of the type.</summary>
    internal object? Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, ValueType, EngineJson.Options)
        ?? throw new JsonException($"Reference set '{Name}' holds null.");

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}

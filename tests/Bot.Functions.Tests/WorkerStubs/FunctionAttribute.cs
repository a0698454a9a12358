namespace Microsoft.Azure.Functions.Worker;

// Stub of Microsoft.Azure.Functions.Worker.Core's FunctionAttribute.
[AttributeUsage(AttributeTargets.Method)]
public sealed class FunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

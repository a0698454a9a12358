namespace Microsoft.Azure.Functions.Worker;

// Stub of Microsoft.Azure.Functions.Worker.Extensions.Http's HttpTriggerAttribute.
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class HttpTriggerAttribute : Attribute
{
    public HttpTriggerAttribute(params string[] methods)
    {
        AuthLevel = AuthorizationLevel.Function;
        Methods = methods;
    }

    public HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods)
    {
        AuthLevel = authLevel;
        Methods = methods;
    }

    public string? Route { get; set; }

    public string[]? Methods { get; }

    public AuthorizationLevel AuthLevel { get; }
}

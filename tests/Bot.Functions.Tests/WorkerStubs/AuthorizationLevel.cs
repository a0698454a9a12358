namespace Microsoft.Azure.Functions.Worker;

// Stub of Microsoft.Azure.Functions.Worker.Extensions.Http's AuthorizationLevel.
public enum AuthorizationLevel
{
    Anonymous,
    User,
    Function,
    System,
    Admin,
}

namespace Microsoft.Azure.Functions.Worker;

// Stub of Microsoft.Azure.Functions.Worker.Extensions.Storage.Queues' QueueTriggerAttribute.
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class QueueTriggerAttribute(string queueName) : Attribute
{
    public string QueueName { get; } = queueName;

    public string? Connection { get; set; }
}

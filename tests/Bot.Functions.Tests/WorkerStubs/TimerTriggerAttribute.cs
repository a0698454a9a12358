namespace Microsoft.Azure.Functions.Worker;

// Stub of Microsoft.Azure.Functions.Worker.Extensions.Timer's TimerTriggerAttribute.
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class TimerTriggerAttribute(string schedule) : Attribute
{
    public string Schedule { get; private set; } = schedule;

    public bool UseMonitor { get; set; } = true;

    public bool RunOnStartup { get; set; }
}

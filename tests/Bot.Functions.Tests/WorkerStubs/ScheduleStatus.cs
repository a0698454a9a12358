namespace Microsoft.Azure.Functions.Worker;

// Stub of Microsoft.Azure.Functions.Worker.Extensions.Timer's ScheduleStatus.
public class ScheduleStatus
{
    public DateTime Last { get; set; }

    public DateTime Next { get; set; }

    public DateTime LastUpdated { get; set; }
}

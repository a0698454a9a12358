namespace Bot.Emulator;

/// <summary>
/// Something of the host's that can say whether it is quiet (its queues are empty and nothing is in
/// flight). <c>POST /emulator/settle</c> waits until every registered monitor says so.
/// </summary>
public interface IPipelineMonitor
{
    Task<bool> IsIdleAsync(CancellationToken ct);
}

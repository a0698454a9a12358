namespace Bot.LocalHost.Hosting;

/// <summary>Counts work in flight outside the queue workers (timer runs, functions run by hand, a batch of
/// polled updates being queued), so that the pipeline monitor does not call the host idle meanwhile.</summary>
public sealed class PipelineActivity
{
    private int _running;

    public bool IsBusy => Volatile.Read(ref _running) > 0;

    public IDisposable Begin()
    {
        Interlocked.Increment(ref _running);
        return new Scope(this);
    }

    private sealed class Scope(PipelineActivity owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref owner._running);
            }
        }
    }
}

using Bot.LocalHost.Functions;
using Cronos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.LocalHost.Timers;

/// <summary>Runs every registered timer function on its schedule, measured on the app's clock (the
/// emulator's virtual clock), checking about four times a second. A timer runs once per due occurrence
/// however many occurrences were missed (a clock advanced by an hour runs Reminders once, late, as the
/// Functions host does with IsPastDue), and never overlaps itself.</summary>
public sealed class TimerScheduler : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(250);

    private readonly TimeProvider _clock;
    private readonly FunctionRunner _runner;
    private readonly ILogger<TimerScheduler> _log;
    private readonly IReadOnlyList<Entry> _timers;

    public TimerScheduler(LocalFunctionRegistry functions, IConfiguration configuration, TimeProvider clock, FunctionRunner runner, ILogger<TimerScheduler> log)
    {
        _clock = clock;
        _runner = runner;
        _log = log;
        var now = clock.GetUtcNow();
        var timers = new List<Entry>();
        foreach (var function in functions.All)
        {
            if (TimerSchedules.ScheduleFor(function.Name, configuration) is not { } schedule)
            {
                continue;
            }

            CronExpression cron;
            try
            {
                cron = CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
            }
            catch (CronFormatException ex)
            {
                throw new InvalidOperationException(
                    $"{TimerSchedules.SettingFor(function.Name)} '{schedule}' is not a six-field NCRONTAB expression: {ex.Message}", ex);
            }

            timers.Add(new Entry(function, schedule, cron, Next(cron, now)));
        }

        _timers = timers;
    }

    /// <summary>The timers and their schedule expressions.</summary>
    public IEnumerable<(string Name, string Schedule)> Timers => _timers.Select(t => (t.Function.Name, t.Schedule));

    /// <summary>True while a timer runs or is due (its time has come on the clock but the next check has
    /// not started it yet): right after the clock moves, the pipeline is not idle.</summary>
    public bool IsBusy
    {
        get
        {
            var now = _clock.GetUtcNow();
            return _timers.Any(t => t.Running || t.NextAt <= now);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var timer in _timers)
        {
            _log.LogInformation("Timer {Function} on schedule {Schedule}, next at {Next}", timer.Function.Name, timer.Schedule, timer.NextAt);
        }

        using var ticker = new PeriodicTimer(CheckInterval, TimeProvider.System);
        var running = new List<Task>();
        try
        {
            do
            {
                var now = _clock.GetUtcNow();
                foreach (var timer in _timers.Where(t => !t.Running && t.NextAt <= now))
                {
                    var late = now - timer.NextAt > CheckInterval * 4;
                    timer.Running = true;
                    timer.NextAt = Next(timer.Cron, now);
                    running.Add(RunAsync(timer, late, stoppingToken));
                }

                running.RemoveAll(t => t.IsCompleted);
            }
            while (await ticker.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }

        await Task.WhenAll(running);
    }

    private async Task RunAsync(Entry timer, bool late, CancellationToken ct)
    {
        try
        {
            await Task.Yield();
            if (late)
            {
                _log.LogInformation("{Function} is running late", timer.Function.Name);
            }

            await _runner.RunAsync(timer.Function, "timer", ct);
        }
        finally
        {
            timer.Running = false;
        }
    }

    private static DateTimeOffset Next(CronExpression cron, DateTimeOffset after) =>
        cron.GetNextOccurrence(after.UtcDateTime) is { } next
            ? new DateTimeOffset(next, TimeSpan.Zero)
            : DateTimeOffset.MaxValue;

    private sealed class Entry(LocalFunction function, string schedule, CronExpression cron, DateTimeOffset next)
    {
        public LocalFunction Function { get; } = function;
        public string Schedule { get; } = schedule;
        public CronExpression Cron { get; } = cron;

        public DateTimeOffset NextAt
        {
            get => new(Interlocked.Read(ref _nextTicks), TimeSpan.Zero);
            set => Interlocked.Exchange(ref _nextTicks, value.UtcTicks);
        }

        public bool Running
        {
            get => Volatile.Read(ref _running);
            set => Volatile.Write(ref _running, value);
        }

        private long _nextTicks = next.UtcTicks;
        private bool _running;
    }
}

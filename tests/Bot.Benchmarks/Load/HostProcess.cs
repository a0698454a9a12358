using System.Diagnostics;
using System.Globalization;
using Bot.Benchmarks.Serve;

namespace Bot.Benchmarks.Load;

/// <summary>The local host as a child process (this program with <c>--serve</c>) on 127.0.0.1 and a free
/// port, against the given storage, with Server GC as an ASP.NET Core app has it. Its peak working set
/// is read from the kernel (VmHWM) so that it is the host's alone, not the load generator's.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private int _disposed;

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private HostProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; private set; }

    public static async Task<HostProcess> StartAsync(
        string storageConnectionString, string webhookSecret, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(HostProcess).Assembly.Location);
        }

        foreach (var arg in new[] { BenchHost.Flag, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Storage__ConnectionString"] = storageConnectionString;
        start.Environment["Telegram__WebhookSecret"] = webhookSecret;
        start.Environment["LocalHost__Banner"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The local host did not start.");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var host = new HostProcess(process, "");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            if (e.Data.StartsWith(BenchHost.ListeningPrefix, StringComparison.Ordinal))
            {
                listening.TrySetResult(e.Data[BenchHost.ListeningPrefix.Length..].Trim());
            }

            host.Remember(e.Data);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { host.Remember(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var done = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(timeout));
        if (done != listening.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw new InvalidOperationException("The local host did not start listening:\n" + host.Tail());
        }

        host.Url = (await listening.Task).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        return host;
    }

    /// <summary>The peak resident set (VmHWM) of the host process, in MiB.</summary>
    public double PeakWorkingSetMiB()
    {
        var status = $"/proc/{_process.Id}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }

        _process.Refresh();
        return _process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    public string Tail()
    {
        lock (_lastLines)
        {
            return string.Join('\n', _lastLines);
        }
    }

    private void Remember(string line)
    {
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
    }
}

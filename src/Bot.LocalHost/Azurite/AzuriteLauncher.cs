using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.LocalHost.Azurite;

/// <summary>Local storage for runs and tests: reuses an Azurite already listening on the default ports,
/// otherwise installs Azurite with npm on first use (into .tools/ of the repository) and starts it on
/// free ports, in memory (or, given a data folder, keeping its data there across restarts), with telemetry off;
/// stops it on dispose.</summary>
public sealed class AzuriteLauncher : IAsyncDisposable
{
    public const string Version = "3.35.0";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process? _process;
    private int _disposed;

    private readonly bool _persisted;

    private AzuriteLauncher(string connectionString, Process? process, bool reused, bool persisted = false)
    {
        ConnectionString = connectionString;
        _process = process;
        Reused = reused;
        _persisted = persisted;
    }

    public string ConnectionString { get; }

    /// <summary>True when an Azurite already running on the default ports is used.</summary>
    public bool Reused { get; }

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AccountKey +
        $";BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1" +
        $";QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1" +
        $";TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    /// <summary>The folder <c>Storage:Persist=true</c> keeps Azurite's data in: <c>.tools/azurite-data</c> of the repository.</summary>
    public static string DefaultDataFolder => Path.Combine(ToolsFolder(), "azurite-data");

    /// <param name="dataFolder">Null: in memory (the default), data gone when Azurite stops. A folder: Azurite keeps
    /// its tables, queues and blobs there (<c>--location</c>), so a restart finds them again.</param>
    public static async Task<AzuriteLauncher> StartAsync(ILogger? log = null, bool reuseRunning = true, CancellationToken ct = default, string? dataFolder = null)
    {
        log ??= NullLogger.Instance;
        if (reuseRunning && IsListening(10000) && IsListening(10001) && IsListening(10002))
        {
            log.LogInformation("Using the Azurite already listening on 127.0.0.1:10000-10002");
            return new AzuriteLauncher(ConnectionStringFor(10000, 10001, 10002), null, reused: true);
        }

        var bin = await EnsureInstalledAsync(log, ct);
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(bin)
        {
            ArgumentList =
            {
                "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // In-memory persistence writes nothing but its debug log; keep that out of the working folder.
            WorkingDirectory = Path.GetTempPath(),
        };
        if (dataFolder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataFolder);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) { log.LogWarning("azurite: {Line}", e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(IsListening(blob) && IsListening(queue) && IsListening(table)))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
            }

            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Azurite did not listen within 60 s.");
            }

            await Task.Delay(100, ct);
        }

        log.LogInformation("Azurite {Version} started on 127.0.0.1 ports {Blob}/{Queue}/{Table}, data {Data}", Version, blob, queue, table, dataFolder ?? "in memory");
        return new AzuriteLauncher(ConnectionStringFor(blob, queue, table), process, reused: false, persisted: dataFolder is not null);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_process is { HasExited: false } && _persisted && !OperatingSystem.IsWindows())
        {
            // A persisted Azurite saves its metadata when it closes: ask it to (SIGINT), then wait a while.
            using (var interrupt = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false }))
            {
                interrupt?.WaitForExit(5000);
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                // It did not close in time: stopped below like an in-memory one.
            }
        }

        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    /// <summary>The azurite executable: AZURITE_BIN, or an npm install in .tools/azurite (once, under a lock).</summary>
    private static async Task<string> EnsureInstalledAsync(ILogger log, CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable("AZURITE_BIN") is { Length: > 0 } custom)
        {
            return custom;
        }

        var folder = Path.Combine(ToolsFolder(), "azurite");
        var bin = Path.Combine(folder, "node_modules", ".bin", "azurite");
        if (File.Exists(bin))
        {
            return bin;
        }

        Directory.CreateDirectory(folder);
        await using var gate = await AcquireLockAsync(Path.Combine(folder, ".install.lock"), ct);
        if (File.Exists(bin))
        {
            return bin;
        }

        log.LogInformation("Installing Azurite {Version} with npm into {Folder} (first run only)", Version, folder);
        var npm = new ProcessStartInfo("npm")
        {
            ArgumentList = { "install", "--prefix", folder, "--no-audit", "--no-fund", "--loglevel=error", $"azurite@{Version}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm did not start; is Node.js installed?");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0 || !File.Exists(bin))
        {
            throw new InvalidOperationException($"npm install azurite failed ({process.ExitCode}): {await stderr}");
        }

        return bin;
    }

    /// <summary>.tools/ at the repository root (the folder with Functions.sln), else a per-user cache.</summary>
    private static string ToolsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return Path.Combine(dir.FullName, ".tools");
            }
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "bot-backend", "tools");
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, ct);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(IPAddress.Loopback, port).Wait(200) && client.Connected;
        }
        catch (Exception ex) when (ex is SocketException or AggregateException)
        {
            return false;
        }
    }
}

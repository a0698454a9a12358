using System.Diagnostics;
using System.Reflection;

namespace Bot.Functions.Tests;

/// <summary>
/// <c>dotnet publish src/Bot.Functions -c &lt;this test's configuration&gt; --no-build</c> into a temporary folder,
/// once per test class: the package the pipeline zips and deploys (the pipeline runs the same command without
/// <c>--no-build</c>). <c>--no-build</c> keeps it cheap: the app was just built as this project's reference,
/// so publish only copies.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);

    public PublishedApp()
    {
        Folder = Path.Combine(Path.GetTempPath(), "bot-functions-publish-" + Guid.NewGuid().ToString("N"));
        var configuration = typeof(PublishedApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var project = Path.Combine(SettingsDriftTests.RepoRoot(), "src", "Bot.Functions", "Bot.Functions.csproj");

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", project, "-c", configuration, "--no-build", "-o", Folder, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PublishTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish did not finish within {PublishTimeout}");
        }

        Output = output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
        ExitCode = process.ExitCode;
    }

    /// <summary>The publish folder (deleted when the tests are done).</summary>
    public string Folder { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

using System.Text.Json;
using Bot.Functions.Functions;

namespace Bot.Functions.Tests;

/// <summary>The deploy package (<c>dotnet publish src/Bot.Functions</c>) holds what the Functions host needs and
/// nothing from local.settings.json.</summary>
public sealed class PublishOutputTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    [Fact]
    public void Publish_succeeds()
    {
        Assert.True(app.ExitCode == 0, "dotnet publish failed:" + Environment.NewLine + app.Output);
    }

    [Theory]
    [InlineData("functions.metadata")]
    [InlineData("host.json")]
    [InlineData("worker.config.json")]
    [InlineData("Bot.Functions.dll")]
    [InlineData("Bot.Functions.runtimeconfig.json")]
    [InlineData("Bot.Functions.deps.json")]
    [InlineData("Bot.Engine.dll")]
    [InlineData("Bot.Features.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.Extensions.Timer.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.Extensions.Storage.Queues.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore.dll")]
    public void Package_holds(string file)
    {
        Assert.True(File.Exists(Path.Combine(app.Folder, file)), $"{file} is not in the publish output {app.Folder}");
    }

    /// <summary>The host loads the extensions the functions' triggers need (queues; timers and HTTP are built in)
    /// from .azurefunctions/, which the WorkerExtensions project produces.</summary>
    [Fact]
    public void Package_holds_the_extensions_folder_with_the_queue_extension()
    {
        var extensions = Path.Combine(app.Folder, ".azurefunctions");

        Assert.True(Directory.Exists(extensions), $".azurefunctions/ is not in the publish output {app.Folder}");
        Assert.True(File.Exists(Path.Combine(extensions, "Microsoft.Azure.Functions.Worker.Extensions.dll")));
        Assert.True(File.Exists(Path.Combine(extensions, "Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.Folder, "extensions.json")));
        var names = json.RootElement.GetProperty("extensions").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("AzureStorageQueues", names);
    }

    [Fact]
    public void Package_metadata_is_the_build_metadata_and_host_json_keeps_the_empty_route_prefix()
    {
        var published = File.ReadAllText(Path.Combine(app.Folder, "functions.metadata"));

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")), published);
        Assert.Contains($"\"{nameof(TelegramWebhook)}\"", published, StringComparison.Ordinal);
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.Folder, "host.json")));
        Assert.Equal("", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    /// <summary>local.settings.json is for `func start` on a developer machine; its values (secrets among them)
    /// must never ship: no such file, and none of its non-trivial values in any text file of the package.</summary>
    [Fact]
    public void Package_holds_nothing_from_local_settings()
    {
        Assert.Empty(Directory.EnumerateFiles(app.Folder, "local.settings*.json", SearchOption.AllDirectories));

        var root = SettingsDriftTests.RepoRoot();
        var sources = new[] { "local.settings.json", "local.settings.example.json" }
            .Select(name => Path.Combine(root, name))
            .Where(File.Exists);
        var secrets = sources
            .SelectMany(path =>
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
                return document.RootElement.GetProperty("Values").EnumerateObject()
                    .Where(p => p.Name.Contains("Secret", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Token", StringComparison.OrdinalIgnoreCase))
                    .Select(p => p.Value.GetString())
                    .OfType<string>()
                    .Where(value => value.Length >= 8)
                    .ToList();
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(secrets);

        var leaks = Directory.EnumerateFiles(app.Folder, "*.json", SearchOption.AllDirectories)
            .SelectMany(file => secrets.Where(secret => File.ReadAllText(file).Contains(secret, StringComparison.Ordinal)).Select(_ => Path.GetRelativePath(app.Folder, file)))
            .ToList();
        Assert.True(leaks.Count == 0, $"Local settings values found in: {string.Join(", ", leaks)}");
    }
}

using Bot.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks.Load;

/// <summary>The in-process local host the single-scenario runs use (<c>--loyalty-sync</c>, <c>--scheduled-morning</c>).</summary>
internal static class InProcessHost
{
    /// <summary>A builder for a local host on 127.0.0.1 (a free port) against the Azurite already listening on
    /// 127.0.0.1:10000, under a storage prefix of its own (<paramref name="prefix"/> + 8 random characters), with only
    /// <paramref name="flow"/> enabled, no banner and warnings only; <paramref name="settings"/> on top.</summary>
    public static WebApplicationBuilder Builder(string prefix, string flow, IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [LocalHostSettings.Urls] = "http://127.0.0.1:0",
            [LocalHostSettings.StorageConnectionString] = "UseDevelopmentStorage=true",
            ["Storage:Prefix"] = prefix + Guid.NewGuid().ToString("N")[..8],
            ["Features:Enabled"] = flow,
            [LocalHostSettings.Banner] = "false",
        }).AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        return builder;
    }
}

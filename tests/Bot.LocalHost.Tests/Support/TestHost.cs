using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.LocalHost.Tests.Support;

/// <summary>The local host started in-process on a free 127.0.0.1 port, through the same
/// <c>AddLocalHostAsync</c>/<c>MapLocalHost</c> as Program.cs, and an HttpClient that talks to it as a
/// script would.</summary>
public sealed class TestHost : IAsyncDisposable
{
    /// <summary>A flow name no real flow has: hosts route only the core menu (and the test flow when added).</summary>
    public const string EnabledFlows = LocalTestFlow.FlowName;

    /// <summary>A schedule that does not fire during a test run.</summary>
    public const string Never = "0 0 0 1 1 *";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TestHost(WebApplication app, string url)
    {
        App = app;
        Url = url;
        Http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public string Url { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => App.Services;

    public string AdminKey => App.Configuration[LocalHostSettings.AdminFunctionKey]!;

    public static async Task<TestHost> StartAsync(
        string? storageConnectionString,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Development",
        });
        var config = new Dictionary<string, string?>
        {
            [LocalHostSettings.Urls] = "http://127.0.0.1:0",
            ["Storage:Prefix"] = "t" + Guid.NewGuid().ToString("N")[..10],
            ["Features:Enabled"] = EnabledFlows,
            [LocalHostSettings.Banner] = "false",
        };
        if (storageConnectionString is not null)
        {
            config[LocalHostSettings.StorageConnectionString] = storageConnectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        await builder.AddLocalHostAsync();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapLocalHost();
        await app.StartAsync();
        return new TestHost(app, app.Services.GetRequiredService<LocalHostAddress>().Url);
    }

    public async Task<long> SendAsync(long userId, string text, string firstName = "Anna", string languageCode = "ru")
    {
        var response = await Http.PostAsJsonAsync($"/emulator/users/{userId}/messages", new { text, firstName, languageCode });
        return await UpdateIdAsync(response);
    }

    public async Task<long> PressAsync(long userId, string button)
    {
        var response = await Http.PostAsJsonAsync($"/emulator/users/{userId}/callbacks", new { button });
        return await UpdateIdAsync(response);
    }

    public async Task SettleAsync()
    {
        using var response = await Http.PostAsync("/emulator/settle", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"settle answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<IReadOnlyList<ChatLine>> ChatAsync(long userId)
    {
        using var response = await Http.GetAsync($"/emulator/users/{userId}/chat");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<ChatLine>>(Json))!;
    }

    public async Task<IReadOnlyList<ChatLine>> BotMessagesAsync(long userId) =>
        (await ChatAsync(userId)).Where(l => l.FromBot).ToList();

    public async Task<JsonArray> CallsAsync() =>
        (JsonArray)JsonNode.Parse(await Http.GetStringAsync("/emulator/calls"))!;

    public async Task<HttpResponseMessage> AdvanceClockAsync(TimeSpan by) =>
        (await Http.PostAsJsonAsync("/emulator/clock/advance", new { minutes = by.TotalMinutes })).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static async Task<long> UpdateIdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"the emulator answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["updateId"]!.GetValue<long>();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Emulator.Tests;

/// <summary>
/// The emulator hosted as the local host hosts it (real Kestrel on 127.0.0.1, a free port), with a
/// test webhook receiver at <c>/hook</c>.
/// </summary>
public sealed class EmulatorApp : IAsyncDisposable
{
    public const string Token = "100000001:emulator-token";

    private readonly WebApplication _app;

    private EmulatorApp(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public WebhookReceiver Receiver => _app.Services.GetRequiredService<WebhookReceiver>();

    public string HookUrl => BaseUrl + "/hook";

    public static async Task<EmulatorApp> StartAsync(Action<IServiceCollection>? services = null, Action<EmulatorOptions>? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddTelegramEmulator(o =>
        {
            o.WebhookRetryInitialDelay = TimeSpan.FromMilliseconds(50);
            o.WebhookRetryMaxDelay = TimeSpan.FromMilliseconds(200);
            o.PublicBaseUrl = "http://sandbox.test";
            options?.Invoke(o);
        });
        builder.Services.AddSingleton<WebhookReceiver>();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapTelegramEmulator();
        app.MapPost("/hook", (HttpContext context, WebhookReceiver receiver) => receiver.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new EmulatorApp(app, address.TrimEnd('/'));
    }

    /// <summary>A Bot API call with a JSON body, as the bot makes it.</summary>
    public Task<Answer> BotAsync(string method, object? parameters = null, string token = Token) =>
        SendAsync(HttpMethod.Post, $"/bot{token}/{method}", parameters ?? new { });

    public Task<Answer> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<Answer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    /// <summary>The user writes to the bot; answers the update id.</summary>
    public async Task<long> UserSaysAsync(long userId, string text, string? firstName = null)
    {
        var answer = await PostAsync($"/emulator/users/{userId}/messages", new { text, firstName });
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body!["updateId"]!.GetValue<long>();
    }

    /// <summary>The bot sends a message; answers the returned Message object.</summary>
    public async Task<JsonObject> BotSaysAsync(long chatId, string text, object? replyMarkup = null)
    {
        var answer = await BotAsync("sendMessage", new { chat_id = chatId, text, reply_markup = replyMarkup });
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body!["result"]!.AsObject();
    }

    public async Task<JsonArray> TranscriptAsync(long userId) =>
        (await GetAsync($"/emulator/users/{userId}/chat")).Body!.AsArray();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<Answer> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body, body.GetType());
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, ParseOrNull(text), text);
    }

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

using Bot.Emulator;
using Bot.Engine.Hosting;
using Bot.Engine.Inbox;
using Bot.Features.Admin;
using Bot.LocalHost.Admin;
using Bot.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost;

public static class LocalHostEndpointRouteBuilderExtensions
{
    /// <summary>The Functions app's routes (<c>POST /api/telegram/webhook</c>, the admin console at <c>/api/console/</c>,
    /// the <c>/api/admin</c> group),
    /// the Functions host's <c>POST /admin/functions/{name}</c>, and in Emulator mode the emulator itself.</summary>
    public static WebApplication MapLocalHost(this WebApplication app)
    {
        if (app.Services.GetRequiredService<LocalHostInfo>().Mode == TelegramMode.Emulator)
        {
            app.MapTelegramEmulator();
        }

        app.MapPost(LocalHostSettings.WebhookRoute, (HttpRequest request, WebhookEndpoint endpoint, CancellationToken ct) =>
            endpoint.HandleAsync(request, ct).ToResultAsync());
        app.MapGet(LocalHostSettings.ConsoleRoute, (string? path) => ConsoleFiles.Serve(path).ToResult());
        app.MapRunFunction();
        app.MapAdminApi().MapAdminFunctions();
        app.MapGroup("").RequireFunctionKey().MapKeyedFunctions();
        return app;
    }
}

using Azure.Identity;
using Bot.Features;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The isolated-worker start-up of the current docs: FunctionsApplication.CreateBuilder with the ASP.NET Core
// integration (ConfigureFunctionsWebApplication; HttpRequest/IActionResult in the HTTP functions).
var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();

// Application Insights: the WorkerService SDK first, then the worker's Functions-specific additions.
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights();

// The Application Insights logger provider adds a rule that keeps only Warning and above; without removing it
// the functions' Information logs never reach Application Insights (host.json's logLevel governs the host only).
builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
{
    var defaultRule = options.Rules.FirstOrDefault(rule =>
        rule.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
    if (defaultRule is not null)
    {
        options.Rules.Remove(defaultRule);
    }
});

// Application Insights has local (key) auth disabled: the worker sends telemetry as the app's identity.
if (builder.Configuration["AzureWebJobsStorage:clientId"] is { Length: > 0 } clientId)
{
    builder.Services.Configure<TelemetryConfiguration>(telemetry =>
        telemetry.SetAzureTokenCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))));
}

builder.Services.AddBotFeatures(builder.Configuration);

builder.Build().Run();

using System.Reflection;
using Bot.Functions.Functions;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.Tests;

/// <summary>The function names, routes, queues and schedule settings of CONTRACTS.md.</summary>
public sealed class FunctionContractTests
{
    private static readonly Type[] FunctionTypes = typeof(TelegramWebhook).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(TelegramWebhook).Namespace && t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
        .ToArray();

    private static (MethodInfo Method, FunctionAttribute Function) Function(string name)
    {
        var match = FunctionTypes.SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>()))
            .SingleOrDefault(x => x.Function?.Name == name);
        Assert.True(match.Function is not null, $"No function named {name}");
        return (match.Method, match.Function!);
    }

    private static T Trigger<T>(string function) where T : Attribute =>
        Function(function).Method.GetParameters().Select(p => p.GetCustomAttribute<T>()).Single(a => a is not null)!;

    [Fact]
    public void EveryFunctionIsNamedAfterItsClass()
    {
        Assert.NotEmpty(FunctionTypes);
        foreach (var type in FunctionTypes)
        {
            var attribute = type.GetMethods().Select(m => m.GetCustomAttribute<FunctionAttribute>()).Single(a => a is not null)!;
            Assert.Equal(type.Name, attribute.Name);
        }
    }

    [Fact]
    public void TelegramWebhook_IsAnonymousPostOnTheWebhookRoute()
    {
        var trigger = Trigger<HttpTriggerAttribute>(nameof(TelegramWebhook));
        Assert.Equal(AuthorizationLevel.Anonymous, trigger.AuthLevel);
        Assert.Equal("api/telegram/webhook", trigger.Route);
        Assert.Equal(["post"], trigger.Methods!);
    }

    [Theory]
    [InlineData(nameof(ProcessInbox), "inbox")]
    [InlineData(nameof(SendOutbox), "outbox")]
    [InlineData(nameof(ProcessBulk), "bulk")]
    public void QueueFunctions_ListenOnTheirQueues(string function, string queue)
    {
        var trigger = Trigger<QueueTriggerAttribute>(function);
        Assert.Equal(queue, trigger.QueueName);
        Assert.Equal("AzureWebJobsStorage", trigger.Connection);
    }

    [Theory]
    [InlineData(nameof(OutboxSweep), "%OutboxSweepSchedule%")]
    [InlineData(nameof(Reminders), "%RemindersSchedule%")]
    [InlineData(nameof(Broadcasts), "%BroadcastsSchedule%")]
    public void Timers_ReadTheirScheduleFromSettings(string function, string schedule)
    {
        Assert.Equal(schedule, Trigger<TimerTriggerAttribute>(function).Schedule);
    }

    /// <summary>The Functions host refuses route templates that start with "admin" or "runtime" (its own
    /// routes), whatever the prefix. So host.json sets an empty routePrefix and every template starts with
    /// "api/": the URLs stay exactly /api/telegram/webhook and /api/admin/... as CONTRACTS.md says.</summary>
    [Fact]
    public void HttpRoutes_StartWithApi_AndHostJsonHasAnEmptyRoutePrefix()
    {
        var routes = FunctionTypes.SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
            .Where(a => a is not null)
            .Select(a => a!.Route)
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.StartsWith("api/", r, StringComparison.Ordinal));
        using var hostJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        Assert.Equal("", hostJson.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Theory]
    [InlineData(nameof(AdminBroadcastCreate), "post", "api/admin/broadcasts")]
    [InlineData(nameof(AdminBroadcasts), "get", "api/admin/broadcasts")]
    [InlineData(nameof(AdminBroadcast), "get", "api/admin/broadcasts/{id}")]
    [InlineData(nameof(AdminBroadcastCancel), "delete", "api/admin/broadcasts/{id}")]
    public void BroadcastRoutes_AreFunctionKeyRoutesOfTheContract(string function, string method, string route)
    {
        var trigger = Trigger<HttpTriggerAttribute>(function);
        Assert.Equal(AuthorizationLevel.Function, trigger.AuthLevel);
        Assert.Equal(route, trigger.Route);
        Assert.Equal([method], trigger.Methods!);
    }

    [Fact]
    public void EveryFunctionTakesACancellationToken()
    {
        foreach (var type in FunctionTypes)
        {
            var method = type.GetMethods().Single(m => m.GetCustomAttribute<FunctionAttribute>() is not null);
            Assert.Contains(method.GetParameters(), p => p.ParameterType == typeof(CancellationToken));
        }
    }
}

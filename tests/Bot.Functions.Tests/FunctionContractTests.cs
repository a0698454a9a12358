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
        Assert.Equal("telegram/webhook", trigger.Route);
        Assert.Equal(["post"], trigger.Methods!);
    }

    [Theory]
    [InlineData(nameof(ProcessInbox), "inbox")]
    [InlineData(nameof(SendOutbox), "outbox")]
    public void QueueFunctions_ListenOnTheirQueues(string function, string queue)
    {
        var trigger = Trigger<QueueTriggerAttribute>(function);
        Assert.Equal(queue, trigger.QueueName);
        Assert.Equal("AzureWebJobsStorage", trigger.Connection);
    }

    [Theory]
    [InlineData(nameof(OutboxSweep), "%OutboxSweepSchedule%")]
    [InlineData(nameof(Reminders), "%RemindersSchedule%")]
    public void Timers_ReadTheirScheduleFromSettings(string function, string schedule)
    {
        Assert.Equal(schedule, Trigger<TimerTriggerAttribute>(function).Schedule);
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

using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Functions.Functions;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.Tests;

/// <summary>
/// Reads the <c>functions.metadata</c> that the build of <c>src/Bot.Functions</c> writes (the file the Functions
/// host loads; this project references the app, so the file is copied next to the test assembly) and checks
/// it against CONTRACTS.md, "Function names and routes". The contract is encoded here, since only this
/// repository is cloned on CI: the named functions are a fixed table, and everything else follows rules, so a
/// function a later flow adds is checked without editing this test (an <c>Admin*</c> function: function level,
/// route <c>api/admin/...</c>; a timer: <c>%&lt;Name&gt;Schedule%</c>; a name in neither: refused until the
/// contract lists it).
/// </summary>
public sealed partial class FunctionsMetadataTests
{
    private const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>The rows of CONTRACTS.md that name a function.</summary>
    private static readonly Dictionary<string, Expected> Contract = new(StringComparer.Ordinal)
    {
        ["TelegramWebhook"] = Expected.Http("anonymous", "api/telegram/webhook", "post"),
        ["ProcessInbox"] = Expected.Queue("inbox"),
        ["SendOutbox"] = Expected.Queue("outbox"),
        ["ProcessBulk"] = Expected.Queue("bulk"),
        ["Reminders"] = Expected.Timer("Reminders"),
        ["PaymentPolling"] = Expected.Timer("PaymentPolling"),
        ["SlaEscalation"] = Expected.Timer("SlaEscalation"),
        ["BonusSync"] = Expected.Timer("BonusSync"),
        ["YClientsWebhook"] = Expected.Http("function", "api/yclients/webhook", "post"),
        ["Broadcasts"] = Expected.Timer("Broadcasts"),
        ["OutboxSweep"] = Expected.Timer("OutboxSweep"),
        ["BillingDay"] = Expected.Timer("BillingDay"),
        ["AdminConsole"] = Expected.Http("anonymous", "api/console/{*path}", "get"),
    };

    /// <summary>The engine's own functions: present whatever flows are enabled.</summary>
    private static readonly string[] AlwaysPresent = ["TelegramWebhook", "ProcessInbox", "ProcessBulk", "SendOutbox", "Reminders", "OutboxSweep"];

    private static readonly string[] HttpMethods = ["get", "post", "put", "delete", "patch"];

    private static readonly Lazy<IReadOnlyList<MetadataFunction>> Functions = new(ReadMetadata);

    [Fact]
    public void Metadata_lists_exactly_the_functions_of_the_built_assembly()
    {
        var declared = typeof(TelegramWebhook).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Select(method => method.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(declared, Functions.Value.Select(f => f.Name).Order(StringComparer.Ordinal).ToList());
        Assert.All(Functions.Value, f => Assert.Equal("Bot.Functions.dll", f.ScriptFile));
        Assert.All(AlwaysPresent, name => Assert.Contains(name, declared));
    }

    [Fact]
    public void Every_function_is_in_the_contract_or_follows_the_admin_rule()
    {
        var problems = Functions.Value.SelectMany(Problems).ToList();

        Assert.True(problems.Count == 0, "functions.metadata drifts from CONTRACTS.md:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Only_the_webhook_and_the_console_are_anonymous()
    {
        var anonymous = Functions.Value
            .Where(f => f.Trigger.Type == "httpTrigger" && string.Equals(f.Trigger.AuthLevel, "anonymous", StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Name)
            .ToList();

        Assert.All(anonymous, name => Assert.Contains(name, new[] { "TelegramWebhook", "AdminConsole" }));
        Assert.Contains("TelegramWebhook", anonymous);
    }

    [Fact]
    public void Every_setting_a_binding_names_is_in_local_settings_example_and_in_bicep()
    {
        var settings = Functions.Value.SelectMany(f => f.Bindings).SelectMany(SettingNames).ToHashSet(StringComparer.Ordinal);
        var connections = Functions.Value.SelectMany(f => f.Bindings)
            .Select(b => b.Connection)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var local = SettingsDriftTests.LocalSettingsValues();
        var bicep = SettingsDriftTests.BicepSettings();

        Assert.Contains(settings, name => name.EndsWith("Schedule", StringComparison.Ordinal));
        Assert.Contains(StorageConnection, connections);
        var problems = new List<string>();
        foreach (var name in settings.Order(StringComparer.Ordinal))
        {
            var setting = SettingsDriftTests.AsAppSettingName(name);
            if (!local.ContainsKey(setting))
            {
                problems.Add($"%{name}%: not in local.settings.example.json Values");
            }

            if (!bicep.ContainsKey(setting))
            {
                problems.Add($"%{name}%: not an app setting in infra/**/*.bicep");
            }
        }

        foreach (var name in connections.Order(StringComparer.Ordinal))
        {
            var setting = SettingsDriftTests.AsAppSettingName(name);
            if (!local.ContainsKey(setting))
            {
                problems.Add($"connection {name}: not in local.settings.example.json Values");
            }

            if (!SettingsDriftTests.IdentityConnectionSuffixes.Any(suffix => bicep.ContainsKey(setting + suffix)))
            {
                problems.Add($"connection {name}: no identity-based endpoint ({string.Join(" / ", SettingsDriftTests.IdentityConnectionSuffixes)}) in infra/**/*.bicep");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>What is wrong with one function against the contract; empty when nothing is.</summary>
    private static IEnumerable<string> Problems(MetadataFunction function)
    {
        var name = function.Name;
        var trigger = function.Trigger;

        if (Contract.TryGetValue(name, out var expected))
        {
            foreach (var problem in expected.Check(name, trigger))
            {
                yield return problem;
            }

            yield break;
        }

        if (name.StartsWith("Admin", StringComparison.Ordinal))
        {
            if (trigger.Type != "httpTrigger")
            {
                yield return $"{name}: an Admin* function is an HTTP function, not {trigger.Type}";
                yield break;
            }

            if (!string.Equals(trigger.AuthLevel, "function", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{name}: an Admin* function has authLevel Function, not {trigger.AuthLevel}";
            }

            if (trigger.Route is null || !trigger.Route.StartsWith("api/admin/", StringComparison.Ordinal))
            {
                yield return $"{name}: an Admin* route starts api/admin/, not '{trigger.Route}'";
            }

            if (trigger.Methods.Count == 0 || trigger.Methods.Any(m => !HttpMethods.Contains(m)))
            {
                yield return $"{name}: methods [{string.Join(", ", trigger.Methods)}] must be some of [{string.Join(", ", HttpMethods)}]";
            }

            yield break;
        }

        if (trigger.Type == "timerTrigger")
        {
            yield return $"{name}: a timer not in CONTRACTS.md; add it there (schedule %{name}Schedule%) and to this test's table";
            yield break;
        }

        yield return $"{name}: not in CONTRACTS.md and not an Admin* function; add it to the contract and to this test's table";
    }

    /// <summary>%Name% expressions in any string property of a binding (schedule, queue name, route…).</summary>
    private static IEnumerable<string> SettingNames(MetadataBinding binding) =>
        binding.StringValues.SelectMany(value => BindingExpression().Matches(value).Select(match => match.Groups["name"].Value));

    private static List<MetadataFunction> ReadMetadata()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(
            File.Exists(path),
            $"Not found: {path}. The build of src/Bot.Functions (referenced by this project) writes it; build the solution.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(MetadataFunction.Parse).ToList();
    }

    [GeneratedRegex("%(?<name>[A-Za-z_][A-Za-z0-9_:.]*)%")]
    private static partial Regex BindingExpression();

    /// <summary>One function of functions.metadata.</summary>
    private sealed record MetadataFunction(string Name, string ScriptFile, IReadOnlyList<MetadataBinding> Bindings)
    {
        public MetadataBinding Trigger => Bindings.Single(b => b.Type.EndsWith("Trigger", StringComparison.Ordinal));

        public static MetadataFunction Parse(JsonElement element) => new(
            element.GetProperty("name").GetString()!,
            element.GetProperty("scriptFile").GetString()!,
            element.GetProperty("bindings").EnumerateArray().Select(MetadataBinding.Parse).ToList());
    }

    /// <summary>One binding; property names as the worker SDK writes them (camelCase).</summary>
    private sealed record MetadataBinding(
        string Type,
        string? AuthLevel,
        string? Route,
        IReadOnlyList<string> Methods,
        string? QueueName,
        string? Connection,
        string? Schedule,
        IReadOnlyList<string> StringValues)
    {
        public static MetadataBinding Parse(JsonElement element)
        {
            string? Text(string property) =>
                element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

            var methods = element.TryGetProperty("methods", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).ToList()
                : [];
            var strings = element.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .Select(p => p.Value.GetString()!)
                .ToList();
            return new MetadataBinding(
                Text("type")!,
                Text("authLevel"),
                Text("route"),
                methods,
                Text("queueName"),
                Text("connection"),
                Text("schedule"),
                strings);
        }
    }

    /// <summary>A row of the contract: the trigger a named function must have.</summary>
    private sealed record Expected(string TriggerType, string? AuthLevel, string? Route, string? Method, string? QueueName, string? Schedule)
    {
        public static Expected Http(string authLevel, string route, string method) => new("httpTrigger", authLevel, route, method, null, null);

        public static Expected Queue(string queue) => new("queueTrigger", null, null, null, queue, null);

        public static Expected Timer(string function) => new("timerTrigger", null, null, null, null, $"%{function}Schedule%");

        public IEnumerable<string> Check(string name, MetadataBinding trigger)
        {
            if (trigger.Type != TriggerType)
            {
                yield return $"{name}: trigger {trigger.Type}, contract {TriggerType}";
                yield break;
            }

            if (AuthLevel is not null && !string.Equals(trigger.AuthLevel, AuthLevel, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{name}: authLevel {trigger.AuthLevel}, contract {AuthLevel}";
            }

            if (Route is not null && trigger.Route != Route)
            {
                yield return $"{name}: route '{trigger.Route}', contract '{Route}'";
            }

            if (Method is not null && !trigger.Methods.SequenceEqual([Method]))
            {
                yield return $"{name}: methods [{string.Join(", ", trigger.Methods)}], contract [{Method}]";
            }

            if (QueueName is not null && trigger.QueueName != QueueName)
            {
                yield return $"{name}: queue '{trigger.QueueName}', contract '{QueueName}'";
            }

            if (QueueName is not null && trigger.Connection != StorageConnection)
            {
                yield return $"{name}: queue connection '{trigger.Connection}', contract '{StorageConnection}'";
            }

            if (Schedule is not null && trigger.Schedule != Schedule)
            {
                yield return $"{name}: schedule '{trigger.Schedule}', contract '{Schedule}' (a setting, so each environment sets its cadence)";
            }
        }
    }
}

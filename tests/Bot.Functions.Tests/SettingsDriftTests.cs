using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Functions.Tests;

/// <summary>
/// Keeps the settings the function classes read, the local settings template and the Bicep in step:
/// every <c>%Name%</c> binding expression and every <c>Connection = "Name"</c> in
/// <c>src/Bot.Functions</c> must be a key in <c>local.settings.example.json</c> and an app setting in
/// <c>infra/**/*.bicep</c>, and every schedule in the template must be set in the Bicep with the same value.
/// </summary>
public sealed partial class SettingsDriftTests
{
    /// <summary>The timers of docs/CONTRACTS.md, each reading its schedule from this setting.</summary>
    private static readonly string[] ContractSchedules =
    [
        "RemindersSchedule",
        "PaymentPollingSchedule",
        "SlaEscalationSchedule",
        "BonusSyncSchedule",
        "BroadcastsSchedule",
        "OutboxSweepSchedule",
        "BillingDaySchedule",
    ];

    /// <summary>Settings under a connection name that make it an identity-based connection.</summary>
    internal static readonly string[] IdentityConnectionSuffixes =
    [
        "__queueServiceUri",
        "__serviceUri",
        "__accountName",
    ];

    /// <summary>Timers come with their flows (PaymentPolling with the wallet, SlaEscalation with the helpdesk…);
    /// every timer that exists must use a schedule setting of CONTRACTS.md, read as a binding expression.</summary>
    [Fact]
    public void Function_classes_use_only_contract_schedules()
    {
        var schedules = SettingReferences().Where(name => name.EndsWith("Schedule", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        Assert.True(
            schedules.Count >= 2,
            $"Expected the timers' %...Schedule% references in src/Bot.Functions, found {schedules.Count}: [{string.Join(", ", schedules.Order(StringComparer.Ordinal))}]. " +
            "Timer triggers must read their schedule as a literal binding expression, e.g. [TimerTrigger(\"%OutboxSweepSchedule%\")].");
        var unknown = schedules.Where(name => !ContractSchedules.Contains(name)).ToList();
        Assert.True(unknown.Count == 0, $"Schedules not in CONTRACTS.md: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_setting_reference_is_a_key_in_local_settings_example()
    {
        var values = LocalSettingsValues();

        var missing = SettingReferences().Where(name => !values.ContainsKey(AsAppSettingName(name))).ToList();

        Assert.True(missing.Count == 0, $"Missing from local.settings.example.json Values: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_setting_reference_is_an_app_setting_in_bicep()
    {
        var bicep = BicepSettings();

        var missing = SettingReferences().Where(name => !bicep.ContainsKey(AsAppSettingName(name))).ToList();

        Assert.True(missing.Count == 0, $"Not set in infra/**/*.bicep: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_connection_is_defined_locally_and_by_identity_in_bicep()
    {
        var connections = ConnectionReferences();
        var values = LocalSettingsValues();
        var bicep = BicepSettings();

        Assert.NotEmpty(connections);
        var missingLocally = connections.Where(name => !values.ContainsKey(AsAppSettingName(name))).ToList();
        var missingInBicep = connections
            .Where(name => !IdentityConnectionSuffixes.Any(suffix => bicep.ContainsKey(AsAppSettingName(name) + suffix)))
            .ToList();

        Assert.True(missingLocally.Count == 0, $"Connections missing from local.settings.example.json Values: {string.Join(", ", missingLocally)}");
        Assert.True(
            missingInBicep.Count == 0,
            $"Connections without an identity-based endpoint setting ({string.Join(" / ", IdentityConnectionSuffixes)}) in infra/**/*.bicep: {string.Join(", ", missingInBicep)}");
    }

    [Fact]
    public void Every_schedule_in_local_settings_example_is_set_in_bicep_with_the_same_value()
    {
        var values = LocalSettingsValues();
        var bicep = BicepSettings();
        var schedules = values.Keys.Where(key => key.EndsWith("Schedule", StringComparison.Ordinal)).ToList();

        Assert.True(schedules.Count >= 7, $"Expected at least 7 *Schedule keys in local.settings.example.json, found {schedules.Count}.");
        var problems = new List<string>();
        foreach (var name in schedules)
        {
            if (!bicep.TryGetValue(name, out var bicepValues))
            {
                problems.Add($"{name}: not set in infra/**/*.bicep");
                continue;
            }

            var literals = bicepValues.Select(LiteralOrNull).OfType<string>().ToList();
            if (literals.Count > 0 && !literals.Contains(values[name], StringComparer.Ordinal))
            {
                problems.Add($"{name}: local \"{values[name]}\" but Bicep '{string.Join("', '", literals)}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The two deployment profiles (docs/deploy.md). App settings live in main.bicep's
    /// <c>appSettings</c> variable, which a parameter file cannot override, so the checks above cover
    /// both profiles as long as each file is a parameter file of main.bicep that sets only parameters
    /// main.bicep declares. infra/validate.sh (run by build/test.sh) builds both files with the Bicep CLI.</summary>
    [Theory]
    [InlineData("main.bicepparam")]
    [InlineData("responsive.bicepparam")]
    public void Every_profile_builds_on_main_bicep_and_cannot_replace_its_app_settings(string profile)
    {
        var infra = Path.Combine(RepoRoot(), "infra");
        var main = File.ReadAllText(Path.Combine(infra, "main.bicep"));
        var path = Path.Combine(infra, profile);
        Assert.True(File.Exists(path), $"Profile parameter file not found: infra/{profile}");
        var text = File.ReadAllText(path);

        Assert.Matches("""(?m)^using\s+'\./main\.bicep'\s*$""", text);
        Assert.DoesNotMatch("""(?m)^param\s+appSettings\b""", main);
        Assert.Matches("""(?m)^var\s+appSettings\s*=""", main);
        var declared = BicepParameter().Matches(main).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var undeclared = BicepParameter().Matches(text).Select(m => m.Groups["name"].Value).Where(name => !declared.Contains(name)).ToList();
        Assert.True(undeclared.Count == 0, $"infra/{profile} sets parameters main.bicep does not declare: {string.Join(", ", undeclared)}");
    }

    /// <summary>Names inside literal binding expressions such as "%OutboxSweepSchedule%".</summary>
    private static SortedSet<string> SettingReferences()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in FunctionSources())
        {
            foreach (Match match in BindingExpression().Matches(File.ReadAllText(source)))
            {
                names.Add(match.Groups["name"].Value);
            }
        }

        return names;
    }

    /// <summary>Connection names: literals, or constants declared anywhere under src.</summary>
    private static SortedSet<string> ConnectionReferences()
    {
        var constants = StringConstants();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in FunctionSources())
        {
            foreach (Match match in ConnectionArgument().Matches(File.ReadAllText(source)))
            {
                if (match.Groups["literal"].Success)
                {
                    names.Add(match.Groups["literal"].Value);
                    continue;
                }

                var symbol = match.Groups["symbol"].Value;
                var simpleName = symbol[(symbol.LastIndexOf('.') + 1)..];
                Assert.True(
                    constants.TryGetValue(simpleName, out var value),
                    $"{Path.GetFileName(source)}: Connection = {symbol} is not a string constant this test can resolve; use a const string or a literal.");
                names.Add(value!);
            }
        }

        return names;
    }

    private static Dictionary<string, string> StringConstants()
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in SourceFiles(Path.Combine(RepoRoot(), "src")))
        {
            foreach (Match match in StringConstant().Matches(File.ReadAllText(source)))
            {
                constants.TryAdd(match.Groups["name"].Value, match.Groups["value"].Value);
            }
        }

        return constants;
    }

    internal static Dictionary<string, string> LocalSettingsValues()
    {
        var path = Path.Combine(RepoRoot(), "local.settings.example.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.GetProperty("Values")
            .EnumerateObject()
            .ToDictionary(property => property.Name, property => property.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>Every object key in the Bicep files, with the raw values it is given.</summary>
    internal static Dictionary<string, List<string>> BicepSettings()
    {
        var infra = Path.Combine(RepoRoot(), "infra");
        var files = Directory.EnumerateFiles(infra, "*.bicep", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);

        var settings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (Match match in BicepObjectProperty().Matches(File.ReadAllText(file)))
            {
                var name = match.Groups["name"].Value;
                if (!settings.TryGetValue(name, out var values))
                {
                    values = [];
                    settings[name] = values;
                }

                values.Add(match.Groups["value"].Value.Trim());
            }
        }

        return settings;
    }

    private static string? LiteralOrNull(string bicepValue)
    {
        var match = BicepStringLiteral().Match(bicepValue);
        return match.Success ? match.Groups["text"].Value : null;
    }

    /// <summary>A configuration path such as "Section:Key" is the app setting "Section__Key".</summary>
    internal static string AsAppSettingName(string name) => name.Replace(":", "__", StringComparison.Ordinal);

    private static IEnumerable<string> FunctionSources()
    {
        var functions = Path.Combine(RepoRoot(), "src", "Bot.Functions");
        Assert.True(Directory.Exists(functions), $"Not found: {functions}");
        return SourceFiles(functions);
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path =>
            {
                var relative = Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                return !relative.Contains("bin", StringComparer.Ordinal) && !relative.Contains("obj", StringComparer.Ordinal);
            });

    internal static string RepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Functions.sln")) || File.Exists(Path.Combine(directory.FullName, "global.json")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder holding Functions.sln or global.json above {AppContext.BaseDirectory}");
    }

    // "%Name%" as a whole string literal: the form a trigger attribute uses for a setting.
    [GeneratedRegex("""(?<=")%(?<name>[A-Za-z_][A-Za-z0-9_:]*)%(?=")""")]
    private static partial Regex BindingExpression();

    // Connection = "Name" or Connection = SomeClass.Name inside an attribute.
    [GeneratedRegex("""\bConnection\s*=\s*(?:"(?<literal>[^"]+)"|(?<symbol>[A-Za-z_][A-Za-z0-9_.]*))""")]
    private static partial Regex ConnectionArgument();

    [GeneratedRegex("""\bconst\s+string\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*"(?<value>[^"]*)"\s*;""")]
    private static partial Regex StringConstant();

    // An object property on its own line: `Name: value` or `'Name': value`.
    [GeneratedRegex("""^[ \t]*'?(?<name>[A-Za-z_][A-Za-z0-9_]*)'?[ \t]*:[ \t]*(?<value>[^\r\n]*)$""", RegexOptions.Multiline)]
    private static partial Regex BicepObjectProperty();

    [GeneratedRegex("""^'(?<text>[^']*)'$""")]
    private static partial Regex BicepStringLiteral();

    // A parameter declaration (main.bicep) or assignment (.bicepparam) at the start of a line.
    [GeneratedRegex("""^param\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\b""", RegexOptions.Multiline)]
    private static partial Regex BicepParameter();
}

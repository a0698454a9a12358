using Bot.Engine.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bot.LocalHost.Hosting;

/// <summary>
/// Emulator mode: a configuration source that answers every declared <see cref="EmulatorSandbox"/> setting that
/// is not configured with <c>{this host's URL}{path}</c>, and the sandbox's fixed settings that are not
/// configured either. The URL is read when a setting is first read (options bind lazily), once the server
/// listens, so an OS-chosen port works; before that the sandbox settings are absent rather than wrong.
/// </summary>
public sealed class EmulatorSandboxSettings : ConfigurationProvider, IConfigurationSource
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keeps the declarations whose setting <paramref name="configuration"/> leaves empty.</summary>
    public EmulatorSandboxSettings(IEnumerable<EmulatorSandbox> sandboxes, IConfiguration configuration)
    {
        foreach (var sandbox in sandboxes)
        {
            if (!string.IsNullOrWhiteSpace(configuration[sandbox.SettingKey]) || _paths.ContainsKey(sandbox.SettingKey))
            {
                continue;
            }

            _paths[sandbox.SettingKey] = sandbox.RelativePath;
            Applied.Add(sandbox);
            foreach (var (key, value) in sandbox.Settings)
            {
                if (string.IsNullOrWhiteSpace(configuration[key]))
                {
                    _values[key] = value;
                }
            }
        }

        // Keys (with placeholder values) so that section binding sees them; TryGet answers the real values.
        foreach (var key in _paths.Keys.Concat(_values.Keys))
        {
            Data[key] = string.Empty;
        }
    }

    /// <summary>The sandboxes applied, in declaration order (for the banner).</summary>
    public List<EmulatorSandbox> Applied { get; } = [];

    /// <summary>This host's base URL, or null before it listens; set by <see cref="EmulatorSandboxBinder"/>.</summary>
    public Func<string?>? BaseUrl { get; set; }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public override bool TryGet(string key, out string? value)
    {
        if (_values.TryGetValue(key, out var fixedValue))
        {
            value = fixedValue;
            return true;
        }

        if (_paths.TryGetValue(key, out var path) && BaseUrl?.Invoke() is { } url)
        {
            value = url.TrimEnd('/') + path;
            return true;
        }

        value = null;
        return false;
    }

    public override void Set(string key, string? value)
    {
        // Read-only: a value set at run time belongs in another source.
    }
}

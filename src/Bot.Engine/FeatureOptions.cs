namespace Bot.Engine;

public sealed class FeatureOptions
{
    public const string Section = "Features";

    public static readonly string[] All = ["wallet", "rewards", "loyalty", "helpdesk", "coaching"];

    /// <summary>Comma-separated flow names; empty means all.</summary>
    public string Enabled { get; set; } = "";

    public IReadOnlySet<string> EnabledSet =>
        string.IsNullOrWhiteSpace(Enabled)
            ? All.ToHashSet(StringComparer.OrdinalIgnoreCase)
            : Enabled.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
}

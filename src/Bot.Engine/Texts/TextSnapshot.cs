using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Bot.Engine.Texts;

/// <summary>The texts at one moment: defaults with the admin's overrides on top.</summary>
public sealed class TextSnapshot(FrozenDictionary<string, TextDefinition> texts)
{
    public bool Contains(string key) => texts.ContainsKey(key);

    public IEnumerable<TextDefinition> All => texts.Values.OrderBy(t => t.Key, StringComparer.Ordinal);

    /// <summary>The text in the locale ("ru" or "en"), {name} placeholders filled. An unknown key gives the
    /// key itself, so a missing text shows up in tests rather than crashing a conversation.</summary>
    public string Get(string key, string locale, params (string Name, object? Value)[] args)
    {
        if (!texts.TryGetValue(key, out var text))
        {
            return key;
        }

        var template = locale == "en" ? text.En : text.Ru;
        if (args.Length == 0)
        {
            return template;
        }

        var sb = new StringBuilder(template);
        foreach (var (name, value) in args)
        {
            sb.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}

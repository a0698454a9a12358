using System.Globalization;
using System.Text;

namespace Bot.Features.Broadcasts;

/// <summary>Checks a text written with Telegram's HTML formatting (Bot API "HTML style") the way Telegram
/// would parse it, without changing it: the tags Telegram knows (b, strong, i, em, u, ins, s, strike, del,
/// span class="tg-spoiler", tg-spoiler, a href, tg-emoji emoji-id, code, pre, pre+code class="language-…",
/// blockquote [expandable]), closed in order; the entities &amp;lt; &amp;gt; &amp;amp; &amp;quot; and
/// numeric ones. A '&lt;' that starts no such tag is refused (Telegram answers "can't parse entities");
/// the author writes &amp;lt; for a literal one. Answers the visible length (what Telegram's 4096 and 1024
/// limits count) or the problem.</summary>
public static class TelegramHtml
{
    private static readonly HashSet<string> Simple = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler",
    };

    private static readonly string[] Known =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote"];

    /// <summary>The visible length (tags removed, each entity one character), or the first problem found.</summary>
    public static (int Length, string? Error) Check(string text)
    {
        var open = new Stack<string>();
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                var end = text.IndexOf('>', i + 1);
                if (end < 0)
                {
                    return (0, At(i, "'<' starts no tag (no closing '>'); write &lt; for a literal <"));
                }

                var error = Tag(text[(i + 1)..end], open, i);
                if (error is not null)
                {
                    return (0, error);
                }

                i = end + 1;
                continue;
            }

            if (c == '&' && Entity(text, i) is var entityLength and > 0)
            {
                i += entityLength;
            }
            else
            {
                i++;
            }

            length++;
        }

        return open.Count > 0 ? (0, $"text: <{open.Peek()}> is not closed") : (length, null);
    }

    private static string? Tag(string body, Stack<string> open, int position)
    {
        if (body.StartsWith('/'))
        {
            var closing = body[1..].Trim().ToLowerInvariant();
            if (open.Count == 0)
            {
                return At(position, $"</{closing}> closes no open tag");
            }

            if (open.Peek() != closing)
            {
                return At(position, $"</{closing}> closes <{open.Peek()}>; tags must close in the order they opened");
            }

            open.Pop();
            return null;
        }

        var (name, attributes, error) = Parse(body);
        if (name.Length > 0 && !Known.Contains(name))
        {
            return At(position, $"<{name}> is not a tag Telegram allows (allowed: {string.Join(", ", Known)}); write &lt; for a literal <");
        }

        if (error is not null)
        {
            return At(position, error);
        }

        if (open.Count > 0 && open.Peek() is "code" or "pre" && !(open.Peek() == "pre" && name == "code"))
        {
            return At(position, $"<{name}> inside <{open.Peek()}>: Telegram allows no formatting in code");
        }

        if ((name == "a" && open.Contains("a")) || (name == "blockquote" && open.Contains("blockquote")))
        {
            return At(position, $"<{name}> inside another <{name}>");
        }

        var attributeError = name switch
        {
            _ when Simple.Contains(name) => Only(name, attributes),
            "span" => attributes.GetValueOrDefault("class") == "tg-spoiler" && attributes.Count == 1
                ? null : "<span> must be exactly <span class=\"tg-spoiler\">",
            "a" => Link(attributes),
            "tg-emoji" => attributes.Count == 1 && attributes.TryGetValue("emoji-id", out var id) && id is { Length: > 0 } && id.All(char.IsAsciiDigit)
                ? null : "<tg-emoji> needs emoji-id=\"<digits>\" and nothing else",
            "code" => attributes.Count == 0 || (attributes.Count == 1 && attributes.GetValueOrDefault("class") is { } cls
                    && cls.StartsWith("language-", StringComparison.Ordinal) && cls.Length > "language-".Length)
                ? null : "<code> takes only class=\"language-…\"",
            "pre" => Only(name, attributes),
            "blockquote" => attributes.Count == 0 || (attributes.Count == 1 && attributes.ContainsKey("expandable"))
                ? null : "<blockquote> takes only the attribute expandable",
            _ => null,
        };
        if (attributeError is not null)
        {
            return At(position, attributeError);
        }

        open.Push(name);
        return null;
    }

    private static string? Only(string name, Dictionary<string, string?> attributes) =>
        attributes.Count == 0 ? null : $"<{name}> takes no attributes";

    private static string? Link(Dictionary<string, string?> attributes)
    {
        if (attributes.Count != 1 || !attributes.TryGetValue("href", out var href) || string.IsNullOrWhiteSpace(href))
        {
            return "<a> needs href=\"…\" and nothing else";
        }

        var decoded = System.Net.WebUtility.HtmlDecode(href);
        return Uri.TryCreate(decoded, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tg" or "mailto"
            ? null
            : $"<a href=\"{href}\"> must be an absolute http, https, tg or mailto link";
    }

    /// <summary>name, then attributes: name="v", name='v', name=v or a bare name.</summary>
    private static (string Name, Dictionary<string, string?> Attributes, string? Error) Parse(string body)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        var i = 0;
        var name = Word(body, ref i).ToLowerInvariant();
        if (name.Length == 0)
        {
            return ("", attributes, "'<' starts no tag; write &lt; for a literal <");
        }

        while (true)
        {
            while (i < body.Length && char.IsWhiteSpace(body[i]))
            {
                i++;
            }

            if (i >= body.Length)
            {
                return (name, attributes, null);
            }

            if (body[i] == '/')
            {
                return (name, attributes, $"<{name}/>: Telegram has no self-closing tags");
            }

            var attribute = Word(body, ref i).ToLowerInvariant();
            if (attribute.Length == 0)
            {
                return (name, attributes, $"<{name}> has a malformed attribute");
            }

            string? value = null;
            if (i < body.Length && body[i] == '=')
            {
                i++;
                if (i < body.Length && body[i] is '"' or '\'')
                {
                    var quote = body[i];
                    var close = body.IndexOf(quote, i + 1);
                    if (close < 0)
                    {
                        return (name, attributes, $"<{name}>: the value of {attribute} has no closing quote");
                    }

                    value = body[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    var start = i;
                    while (i < body.Length && !char.IsWhiteSpace(body[i]))
                    {
                        i++;
                    }

                    value = body[start..i];
                }
            }

            if (!attributes.TryAdd(attribute, value))
            {
                return (name, attributes, $"<{name}> repeats the attribute {attribute}");
            }
        }
    }

    private static string Word(string body, ref int i)
    {
        var start = i;
        while (i < body.Length && (char.IsAsciiLetterOrDigit(body[i]) || body[i] == '-'))
        {
            i++;
        }

        return body[start..i];
    }

    /// <summary>The length of the entity at <paramref name="i"/> (&amp;lt; &amp;gt; &amp;amp; &amp;quot;
    /// &amp;#NN; &amp;#xHH;), or 0: a lone '&amp;' is a literal character.</summary>
    private static int Entity(string text, int i)
    {
        foreach (var named in (ReadOnlySpan<string>)["&lt;", "&gt;", "&amp;", "&quot;"])
        {
            if (string.CompareOrdinal(text, i, named, 0, named.Length) == 0)
            {
                return named.Length;
            }
        }

        var semicolon = text.IndexOf(';', i);
        if (semicolon > i + 2 && semicolon - i <= 10 && text[i + 1] == '#')
        {
            var digits = text[(i + 2)..semicolon];
            var ok = digits[0] is 'x' or 'X'
                ? digits.Length > 1 && int.TryParse(digits[1..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _)
                : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            return ok ? semicolon - i + 1 : 0;
        }

        return 0;
    }

    private static string At(int position, string problem) =>
        new StringBuilder("text: ").Append(problem).Append(" (at character ").Append(position + 1).Append(')').ToString();
}

using System.Text;

namespace Bot.Features.Rewards.Shop;

/// <summary>Addresses and city queries in one comparable form: lower case, ё → е, runs of spaces, commas and
/// dots as one space, trimmed. "Москва", "москва", "МОСКВА " and "Москва," all become "москва".</summary>
public static class AddressText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.Trim())
        {
            var c = char.ToLowerInvariant(raw);
            if (c == 'ё')
            {
                c = 'е';
            }

            if (char.IsWhiteSpace(c) || c is ',' or '.')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

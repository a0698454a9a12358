using System.Net.Mail;

namespace Bot.Features.Rewards.Shop;

/// <summary>E-mail validation for the recipient: one address of the form local@domain.tld, no spaces or
/// display name, at most 254 characters.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool TryNormalize(string? input, out string email)
    {
        email = "";
        var text = input?.Trim() ?? "";
        if (text.Length is 0 or > MaxLength || text.Any(char.IsWhiteSpace) || text.Count(c => c == '@') != 1)
        {
            return false;
        }

        if (!MailAddress.TryCreate(text, out var address) || !string.Equals(address.Address, text, StringComparison.Ordinal))
        {
            return false;
        }

        var domain = address.Host;
        var dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1 || domain.Length - dot - 1 < 2 || domain.StartsWith('-') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        email = text;
        return true;
    }
}

using System.Text;

namespace Bot.Features.Wallet;

/// <summary>Makes outside values (payment ids, provider statuses) safe inside idempotency keys: the
/// session keeps recent keys comma-separated and table keys refuse / \ # ?.</summary>
public static class SafeKey
{
    public const int MaxLength = 64;

    public static string Of(string value)
    {
        var sb = new StringBuilder(Math.Min(value.Length, MaxLength));
        foreach (var c in value)
        {
            if (sb.Length == MaxLength)
            {
                break;
            }

            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return sb.ToString();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Bot.Features.Helpdesk;

/// <summary>Order ids: 10 characters of base32 (A–Z, 2–7) of a hash of the creating message's key, so a
/// redelivered message makes the same id.</summary>
public static class OrderIds
{
    public const int Length = 10;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string From(string inputKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(inputKey));
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[hash[i] % 32];
        }

        return new string(chars);
    }

    public static bool IsValid(string? id) => id is { Length: Length } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}

using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace Bot.Features.Common;

/// <summary>
/// Phone numbers in one form for every flow (loyalty's linking and admin adjustments, the shop's
/// delivery details): E.164 (<c>+79991234567</c>) through libphonenumber, default region RU, so
/// <c>8 999 123-45-67</c>, <c>+7 (999) 123 45 67</c> and <c>79991234567</c> are one number. Logs get
/// <see cref="Mask"/>, never the full number.
/// </summary>
public static class Phones
{
    public const string DefaultRegion = "RU";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164, or an <see cref="InvalidPhoneException"/> saying why it is not one.</summary>
    public static string Normalize(string? input, string defaultRegion = DefaultRegion) =>
        TryNormalize(input, out var e164, out var error, defaultRegion) ? e164 : throw new InvalidPhoneException(error);

    /// <summary>True with the E.164 form when <paramref name="input"/> is a valid number; otherwise the reason.</summary>
    public static bool TryNormalize(
        string? input,
        [NotNullWhen(true)] out string? e164,
        [NotNullWhen(false)] out string? error,
        string defaultRegion = DefaultRegion)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "the phone number is empty";
            return false;
        }

        if (input.Length > 40)
        {
            error = "the phone number is too long";
            return false;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(input.Trim(), defaultRegion);
        }
        catch (NumberParseException ex)
        {
            error = ex.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => "the country code is not known",
                ErrorType.NOT_A_NUMBER => "this is not a phone number",
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => "the phone number is too short",
                ErrorType.TOO_LONG => "the phone number is too long",
                _ => "this is not a phone number",
            };
            return false;
        }

        if (!Util.IsValidNumber(number))
        {
            error = "no such phone number exists (check the digits and the country code)";
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        error = null;
        return true;
    }

    /// <summary>A form for logs: the country code and first digits, then <c>***</c>, then the last four
    /// (<c>+7999***4567</c>). Whatever the input, no more than the start and the last four are shown.</summary>
    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return "";
        }

        var digits = TryNormalize(phone, out var e164, out _) ? e164 : phone.Trim();
        var suffix = digits.Length >= 10 ? 4 : digits.Length >= 6 ? 2 : 0;
        var prefix = Math.Max(0, Math.Min(5, digits.Length - suffix - 3));
        return digits[..prefix] + "***" + digits[^suffix..];
    }
}

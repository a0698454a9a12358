namespace Bot.Features.Common;

/// <summary>A text that is not a valid phone number; the message says why, in words a user can act on.</summary>
public sealed class InvalidPhoneException : FormatException
{
    public InvalidPhoneException()
    {
    }

    public InvalidPhoneException(string message)
        : base(message)
    {
    }

    public InvalidPhoneException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

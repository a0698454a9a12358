namespace Bot.Features.Wallet;

/// <summary>The provider failed (an error answer after retries, a timeout, an unreadable answer).</summary>
public sealed class PaymentProviderException : Exception
{
    public PaymentProviderException()
    {
    }

    public PaymentProviderException(string message)
        : base(message)
    {
    }

    public PaymentProviderException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public PaymentProviderException(string message, int? statusCode, string? code, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>The HTTP status of the provider's answer, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>The provider's error code ("invalid_request", "internal_server_error"…).</summary>
    public string? Code { get; }
}

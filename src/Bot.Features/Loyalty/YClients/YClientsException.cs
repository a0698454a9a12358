namespace Bot.Features.Loyalty.YClients;

/// <summary>YCLIENTS refused or failed a call (<c>success:false</c>, 401/403/422, 5xx after retries, a
/// timeout, an unreadable answer). <see cref="Message"/> carries YCLIENTS' own words
/// (<c>meta.message</c> / <c>errors</c>) so the sync can log them and try again on its next run.</summary>
public sealed class YClientsException : Exception
{
    public YClientsException()
    {
    }

    public YClientsException(string message)
        : base(message)
    {
    }

    public YClientsException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public YClientsException(string message, int? statusCode, string? yClientsMessage, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        YClientsMessage = yClientsMessage;
    }

    /// <summary>The HTTP status of YCLIENTS' answer, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>YCLIENTS' message (<c>meta.message</c>, or the <c>errors</c> it listed), when it gave one.</summary>
    public string? YClientsMessage { get; }

    /// <summary>401 or 403: the tokens or the company id are wrong; retrying will not help until the settings change.</summary>
    public bool IsAuthorizationError => StatusCode is 401 or 403;
}

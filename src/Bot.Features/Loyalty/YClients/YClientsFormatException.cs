namespace Bot.Features.Loyalty.YClients;

/// <summary>A body that is not YCLIENTS' JSON (a webhook body that is not an event, a record without an
/// id): the webhook answers 400 with this message.</summary>
public sealed class YClientsFormatException : FormatException
{
    public YClientsFormatException()
    {
    }

    public YClientsFormatException(string message)
        : base(message)
    {
    }

    public YClientsFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

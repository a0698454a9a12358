namespace Bot.Engine.Inbox;

public sealed class InvalidInboxMessageException(string message, Exception? inner = null) : Exception(message, inner);

namespace Bot.Engine.Outbox;

public sealed record ReplyButton(string Text, bool RequestContact = false, bool RequestLocation = false);

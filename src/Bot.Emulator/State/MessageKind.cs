namespace Bot.Emulator.State;

internal enum MessageKind
{
    Text,
    Photo,
    Document,
    Contact,
}

using Bot.Engine.Outbox;

namespace Bot.Features.Coaching;

/// <summary>The flow's keyboards: a choice step's options (one a row) and the default zone's reply button.</summary>
public static class CoachingKeyboards
{
    public static Markup Choice(ProgramStep step, long seq) =>
        Markup.InlineColumn((step.Options ?? []).Select((o, i) => Button.Callback(o, CoachingCallbacks.Choice(seq, i))).ToArray());

    public static Markup Zone(string defaultZone) => new()
    {
        Reply = [[new ReplyButton(defaultZone)]],
    };
}

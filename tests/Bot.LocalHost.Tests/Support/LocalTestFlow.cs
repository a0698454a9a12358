using Bot.Engine.Inbox;
using Bot.Engine.Routing;
using Bot.Engine.Texts;

namespace Bot.LocalHost.Tests.Support;

/// <summary>A tiny flow for tests only: a main-menu button that schedules a reminder five minutes later
/// (through the engine's schedule effect and the Reminders timer).</summary>
public sealed class LocalTestFlow : IFlow
{
    public const string FlowName = "localtest";
    public const string ButtonKey = "localtest.button";
    public const string ScheduledKey = "localtest.scheduled";
    public const string ReminderKey = "localtest.reminder";
    public const string RemindCommand = "localtest.remind";

    public const string ButtonText = "Напомнить через 5 минут";
    public const string ScheduledText = "Хорошо, напомню через 5 минут.";
    public const string ReminderText = "Напоминание!";

    public string Name => FlowName;

    public MenuEntry? MenuEntry { get; } = new(ButtonKey, "lt:remind");

    public IEnumerable<TextDefinition> Texts { get; } =
    [
        new(ButtonKey, ButtonText, "Remind me in 5 minutes"),
        new(ScheduledKey, ScheduledText, "OK, I will remind you in 5 minutes."),
        new(ReminderKey, ReminderText, "Reminder!"),
    ];

    public void Map(RouteTable routes) => routes
        .Callback("lt:remind", ctx => ctx.Decide()
            .Answer(null)
            .Reply(ctx.T(ScheduledKey))
            .Schedule(ctx.Now.AddMinutes(5), ctx.Session.UserId, new InternalCommand(RemindCommand, "remind:" + ctx.Input.Key)))
        .Internal(RemindCommand, ctx => ctx.Decide().Reply(ctx.T(ReminderKey)));
}

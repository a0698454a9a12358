using System.Collections.Frozen;
using System.Text.Json;
using Bot.Engine;
using Bot.Engine.Effects;
using Bot.Engine.Inbox;
using Bot.Engine.Outbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Engine.Time;
using Bot.Features.Coaching;
using Bot.Features.Menu;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Features.Tests.Coaching;

/// <summary>Routes inputs through the coaching flow's own route table, as the processor does, and keeps the
/// session, the clock and the program; scheduled commands are collected so a test can deliver them.</summary>
internal sealed class CoachingHarness
{
    public const long UserId = 42;

    private static readonly TextSnapshot Texts = new(CoachingTexts.All.Concat(MenuTexts.All).ToFrozenDictionary(t => t.Key));

    private readonly RouteTable _routes = new();

    public CoachingHarness(CoachingOptions? options = null)
    {
        Options = options ?? new CoachingOptions { DefaultTimeZone = "Europe/Moscow", DayStartsAt = "08:00", RemindAfterMinutes = 60, MaxReminders = 2 };
        Flow = new CoachingFlow(Microsoft.Extensions.Options.Options.Create(Options),
            new UserTimeZones(Microsoft.Extensions.Options.Options.Create(new BotOptions()), NullLogger<UserTimeZones>.Instance));
        Flow.Map(_routes);
    }

    public CoachingOptions Options { get; }

    public CoachingFlow Flow { get; }

    public DateTimeOffset Now { get; set; } = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public CoachingProgram Program { get; set; } = SampleProgram.Value;

    public Session Session { get; set; } = new() { UserId = UserId, FirstName = "Anna", State = ServiceStates.Menu, Locale = "ru" };

    /// <summary>Every command scheduled so far (at, command), in order.</summary>
    public List<ScheduleCommand> Scheduled { get; } = [];

    public List<ParticipantUpdate> Records { get; } = [];

    public Decision Send(Input input)
    {
        var handler = _routes.Resolve(Session.State, input, role => role == Roles.Trainer) ?? throw new InvalidOperationException("No route for " + input.Kind);
        var ctx = new FlowContext(Session, input, Now, Texts, new ServiceCollection().BuildServiceProvider(), [])
        {
            References = ReferenceSnapshot.Empty.With(CoachingReference.Program, Program),
        };
        var decision = handler(ctx);
        Session = decision.Session;
        foreach (var effect in decision.Outbox.Where(o => o.Kind == OutboxKind.Effect))
        {
            if (effect.Effect == EngineEffects.Schedule)
            {
                Scheduled.Add(effect.Payload!.Value.Deserialize<ScheduleCommand>(EngineJson.Options)!);
            }
            else if (effect.Effect == RecordParticipantEffect.EffectName)
            {
                Records.Add(effect.Payload!.Value.Deserialize<ParticipantUpdate>(EngineJson.Options)!);
            }
        }

        return decision;
    }

    public Decision Text(string text) => Send(new Input { Kind = InputKind.Text, Text = text, Key = "u:" + Random.Shared.Next() });

    public Decision Command(string name, string args = "") =>
        Send(new Input { Kind = InputKind.Command, CommandName = "/" + name, Text = args, Key = "u:" + Random.Shared.Next() });

    public Decision Photo(string fileId) => Send(new Input { Kind = InputKind.Photo, PhotoFileId = fileId, Key = "u:" + Random.Shared.Next() });

    public Decision Press(string data) =>
        Send(new Input { Kind = InputKind.Callback, CallbackData = data, CallbackQueryId = "q", MessageId = 77, Key = "u:" + Random.Shared.Next() });

    /// <summary>Delivers a scheduled command (late or not: the test decides when).</summary>
    public Decision Deliver(ScheduleCommand scheduled) =>
        Send(new Input { Kind = InputKind.Internal, Internal = scheduled.Command, Key = "c:" + scheduled.Command.Key });

    public ScheduleCommand LastScheduled(string command) => Scheduled.Last(s => s.Command.Name == command);

    /// <summary>The questionnaire with valid answers: the participant is on day 1's first answerable step.</summary>
    public Decision Join(string zone = "Москва")
    {
        Command("program");
        Text("175");
        Text("72,5");
        Text("34");
        return Text(zone);
    }

    public static IReadOnlyList<string> Sent(Decision d) =>
        d.Outbox.Where(o => o.Kind is OutboxKind.SendMessage or OutboxKind.SendPhoto).Select(o => o.Text!).ToList();

    public static string Last(Decision d) => Sent(d)[^1];

    public string T(string key, params (string, object?)[] args) => Texts.Get(key, "ru", args);
}

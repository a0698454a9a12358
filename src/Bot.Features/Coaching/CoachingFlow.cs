using System.Globalization;
using Bot.Engine.Inbox;
using Bot.Engine.Outbox;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Engine.Time;
using Bot.Features.Menu;
using Microsoft.Extensions.Options;

namespace Bot.Features.Coaching;

/// <summary>Seed 000: a program of days of steps (content: <see cref="CoachingReference.Program"/>), a sign-up
/// questionnaire, reminders when silent, a new day at <c>Coaching:DayStartsAt</c> in the participant's zone,
/// and the seed's service states (paused, stopped, cancelled) kept in <see cref="CoachingData.Status"/> so that
/// they pause the program, not the bot. Every timer carries <see cref="CoachingData.Seq"/>: a stale one does nothing.</summary>
public sealed class CoachingFlow(IOptions<CoachingOptions> options, UserTimeZones zones) : IFlow
{
    public const string FlowName = "coaching";

    private CoachingOptions Settings => options.Value;

    public string Name => FlowName;

    public MenuEntry? MenuEntry => null;

    public IEnumerable<TextDefinition> Texts => CoachingTexts.All;

    public IEnumerable<string> KeptDataKeys => CoachingData.Kept;

    public IEnumerable<ReferenceSet> ReferenceSets => [CoachingReference.Program];

    public IEnumerable<FlowCommand> Commands { get; } =
    [
        new("program", CoachingTexts.CommandProgram),
        new("pause", CoachingTexts.CommandPause),
        new("resume", CoachingTexts.CommandResume),
        new("stop", CoachingTexts.CommandStop),
        new("participants", CoachingTexts.CommandParticipants, CoachingRoles.Trainer),
        new("cancel_participant", CoachingTexts.CommandCancelParticipant, CoachingRoles.Trainer),
    ];

    /// <summary>The seed's routing table: (state × kind of message) → function. Each step state takes its kind
    /// of answer; anything else gets the step's wrong-input reply.</summary>
    public void Map(RouteTable routes) => routes
        .Command("program", Program)
        .Command("pause", Pause)
        .Command("resume", Resume)
        .Command("stop", Stop)
        .Command("participants", Participants, requires: CoachingRoles.Trainer)
        .Command("cancel_participant", CancelParticipant, requires: CoachingRoles.Trainer)
        .On(CoachingStates.Height, InputKind.Text, Height)
        .On(CoachingStates.Weight, InputKind.Text, Weight)
        .On(CoachingStates.Age, InputKind.Text, Age)
        .On(CoachingStates.Zone, InputKind.Text, Zone)
        .WrongInput(CoachingStates.Height, ctx => ctx.Decide().Reply(ctx.T(CoachingTexts.AskHeight)))
        .WrongInput(CoachingStates.Weight, ctx => ctx.Decide().Reply(ctx.T(CoachingTexts.AskWeight)))
        .WrongInput(CoachingStates.Age, ctx => ctx.Decide().Reply(ctx.T(CoachingTexts.AskAge)))
        .WrongInput(CoachingStates.Zone, ctx => ctx.Decide().Reply(ctx.T(CoachingTexts.ZoneUnknown), CoachingKeyboards.Zone(Settings.DefaultTimeZone)))
        .On(CoachingStates.StepText, InputKind.Text, Answer)
        .On(CoachingStates.StepNumber, InputKind.Text, Answer)
        .On(CoachingStates.StepPhoto, InputKind.Photo, Answer)
        .Callback(CoachingCallbacks.Prefix, Choice)
        .WrongInput(CoachingStates.StepText, WrongKind)
        .WrongInput(CoachingStates.StepNumber, WrongKind)
        .WrongInput(CoachingStates.StepPhoto, WrongKind)
        .WrongInput(CoachingStates.StepChoice, WrongKind)
        .Internal(CoachingCommands.Remind, Remind)
        .Internal(CoachingCommands.Day, NewDay)
        .Internal(CoachingCommands.Cancel, Cancelled)
        .Internal(ParticipantsLookup.Found, ParticipantsFound);

    /// <summary>/program: join (the questionnaire), the current step, or where the participant stands.</summary>
    internal Decision Program(FlowContext ctx)
    {
        var program = ctx.Reference(CoachingReference.Program);
        switch (ctx.Session.Get(CoachingData.Status))
        {
            case ParticipantStatus.Active when ctx.Session.Get(CoachingData.Step) is not null:
                return Prompt(ctx, TakeOver(ctx.Decide()), reminder: false);
            case ParticipantStatus.Active:
                return ctx.Decide().Reply(WaitingText(ctx, CoachingTexts.WaitingDay));
            case ParticipantStatus.Paused:
                return ctx.Decide().Reply(ctx.T(CoachingTexts.AlreadyPaused));
            case ParticipantStatus.Cancelled:
                return ctx.Decide().Reply(ctx.T(CoachingTexts.Cancelled));
            case ParticipantStatus.Stopped or ParticipantStatus.Finished when ctx.Session.Get(CoachingData.Height) is not null:
                return Begin(ctx, ctx.Decide());
            default:
                return ctx.Decide()
                    .GoTo(CoachingStates.Height)
                    .Reply(ctx.T(CoachingTexts.Welcome, ("title", program.Title), ("days", program.Days.Count)))
                    .Reply(ctx.T(CoachingTexts.AskHeight));
        }
    }

    internal static Decision Height(FlowContext ctx) => Measure(ctx, Measures.Height(ctx.Input.Text), CoachingData.Height,
        CoachingStates.Weight, CoachingTexts.AskWeight, CoachingTexts.HeightTooSmall, CoachingTexts.HeightTooLarge, Measures.MinHeight, Measures.MaxHeight);

    internal static Decision Weight(FlowContext ctx) => Measure(ctx, Measures.Weight(ctx.Input.Text), CoachingData.Weight,
        CoachingStates.Age, CoachingTexts.AskAge, CoachingTexts.WeightTooSmall, CoachingTexts.WeightTooLarge, Measures.MinWeight, Measures.MaxWeight);

    internal Decision Age(FlowContext ctx)
    {
        var (value, error) = Measures.Age(ctx.Input.Text);
        if (error == MeasureError.NotWhole)
        {
            return ctx.Decide().Reply(ctx.T(CoachingTexts.AgeNotWhole));
        }

        var decision = Measure(ctx, (value, error), CoachingData.Age, CoachingStates.Zone, CoachingTexts.AskZone,
            CoachingTexts.AgeTooSmall, CoachingTexts.AgeTooLarge, Measures.MinAge, Measures.MaxAge);
        return error != MeasureError.None
            ? decision
            : ctx.Decide()
                .Set(CoachingData.Age, Measures.Format(value))
                .GoTo(CoachingStates.Zone)
                .Reply(ctx.T(CoachingTexts.AskZone, ("time", Settings.DayStartsAt), ("zone", Settings.DefaultTimeZone)), CoachingKeyboards.Zone(Settings.DefaultTimeZone));
    }

    /// <summary>A city or a UTC offset (the engine's <see cref="TimeZoneParser"/>); then day 1 starts at once.</summary>
    internal Decision Zone(FlowContext ctx)
    {
        if (!TimeZoneParser.TryParse(ctx.Input.Text, out var zoneId))
        {
            return ctx.Decide().Reply(ctx.T(CoachingTexts.ZoneUnknown), CoachingKeyboards.Zone(Settings.DefaultTimeZone));
        }

        var decision = ctx.Decide()
            .Change(s => s with { TimeZone = zoneId })
            .Reply(ctx.T(CoachingTexts.Joined, ("zone", zoneId)), Markup.RemoveKeyboard);
        return Begin(ctx, decision);
    }

    /// <summary>An answer of the kind the state takes: checked against the step as the program has it now.</summary>
    internal Decision Answer(FlowContext ctx)
    {
        if (ctx.Session.Get(CoachingData.Status) != ParticipantStatus.Active || CurrentStep(ctx, ctx.Session) is not { } step)
        {
            return Recover(ctx, ctx.Decide());
        }

        string? text;
        switch (step.Expects)
        {
            case StepKinds.Text when ctx.Input.Kind == InputKind.Text && !string.IsNullOrWhiteSpace(ctx.Input.Text):
                text = ctx.Input.Text.Trim();
                break;
            case StepKinds.Number when ctx.Input.Kind == InputKind.Text:
                var (value, error) = Measures.Parse(ctx.Input.Text, step.Min, step.Max);
                if (error != MeasureError.None)
                {
                    var key = error switch
                    {
                        MeasureError.TooSmall => CoachingTexts.StepNumberTooSmall,
                        MeasureError.TooLarge => CoachingTexts.StepNumberTooLarge,
                        _ => CoachingTexts.StepNumberNotANumber,
                    };
                    return ctx.Decide().Reply(ctx.T(key, ("min", Measures.Format(step.Min)), ("max", Measures.Format(step.Max))));
                }

                text = Measures.Format(value);
                break;
            case StepKinds.Photo when ctx.Input.Kind == InputKind.Photo && ctx.Input.PhotoFileId is not null:
                text = ctx.Input.Text;
                break;
            default:
                return WrongKind(ctx);
        }

        return Answered(ctx, ctx.Decide(), step, text, ctx.Input.PhotoFileId);
    }

    /// <summary>A choice step's button; one of an earlier prompt (or a changed program) is stale.</summary>
    internal Decision Choice(FlowContext ctx)
    {
        if (!CoachingCallbacks.TryParse(ctx.Input.CallbackData, out var seq, out var option)
            || seq != Seq(ctx.Session)
            || ctx.Session.Get(CoachingData.Status) != ParticipantStatus.Active
            || CurrentStep(ctx, ctx.Session) is not { Expects: StepKinds.Choice, Options: { } options } step
            || option >= options.Count)
        {
            return ctx.Decide().Answer(ctx.T(CoachingTexts.StaleButton));
        }

        var decision = ctx.Decide().Answer(options[option]);
        if (ctx.Input.MessageId is { } messageId)
        {
            decision = decision.ClearButtons(messageId);
        }

        return Answered(ctx, decision, step, options[option], null);
    }

    /// <summary>The step's own wrong-input reply, or the default for its kind.</summary>
    internal Decision WrongKind(FlowContext ctx)
    {
        if (CurrentStep(ctx, ctx.Session) is not { } step || ctx.Session.Get(CoachingData.Status) != ParticipantStatus.Active)
        {
            return Recover(ctx, ctx.Decide());
        }

        var text = step.WrongInput ?? ctx.T(step.Expects switch
        {
            StepKinds.Number => CoachingTexts.WrongNumber,
            StepKinds.Photo => CoachingTexts.WrongPhoto,
            StepKinds.Choice => CoachingTexts.WrongChoice,
            _ => CoachingTexts.WrongText,
        });
        return ctx.Decide().Reply(text);
    }

    /// <summary>A reminder timer: only for the prompt it was made for, only while active.</summary>
    internal Decision Remind(FlowContext ctx)
    {
        var timer = ctx.Input.PayloadAs<CoachingTimer>();
        if (timer is null || timer.Seq != Seq(ctx.Session) || ctx.Session.Get(CoachingData.Status) != ParticipantStatus.Active
            || ctx.Session.Get(CoachingData.Step) is null)
        {
            return ctx.Decide();
        }

        var decision = ctx.Decide().Set(CoachingData.Reminded, timer.Number.ToString(CultureInfo.InvariantCulture));
        decision = Prompt(ctx, decision, reminder: true);
        return timer.Number < Settings.MaxReminders
            ? decision.Schedule(ctx.Now + Settings.RemindAfter, ctx.Session.UserId, RemindCommand(timer.Seq, timer.Number + 1))
            : decision;
    }

    /// <summary>The next day's timer: only the one scheduled last, only while active.</summary>
    internal Decision NewDay(FlowContext ctx)
    {
        var timer = ctx.Input.PayloadAs<CoachingTimer>();
        if (timer is null || timer.Seq != Seq(ctx.Session) || ctx.Session.Get(CoachingData.Status) != ParticipantStatus.Active
            || ctx.Session.Get(CoachingData.Step) is not null)
        {
            return ctx.Decide();
        }

        return StartDay(ctx, ctx.Decide(), timer.Number);
    }

    /// <summary>/pause: no reminders (the sequence moves on), no new days; the position is kept.</summary>
    internal static Decision Pause(FlowContext ctx)
    {
        var status = ctx.Session.Get(CoachingData.Status);
        if (status == ParticipantStatus.Paused)
        {
            return ctx.Decide().Reply(ctx.T(CoachingTexts.AlreadyPaused));
        }

        if (status != ParticipantStatus.Active)
        {
            return ctx.Decide().Reply(ctx.T(CoachingTexts.NotParticipant));
        }

        return Index(ctx, LeaveStepState(ctx.Decide().Set(CoachingData.Status, ParticipantStatus.Paused).Change(Bump)))
            .Reply(ctx.T(CoachingTexts.Paused));
    }

    /// <summary>/resume: the step it stopped at again; between days, the day it waited for — now if its time
    /// has passed (one day, not every day missed), else at its time.</summary>
    internal Decision Resume(FlowContext ctx)
    {
        if (ctx.Session.Get(CoachingData.Status) != ParticipantStatus.Paused)
        {
            return ctx.Decide().Reply(ctx.T(CoachingTexts.NotPaused));
        }

        var decision = TakeOver(ctx.Decide()).Set(CoachingData.Status, ParticipantStatus.Active).Reply(ctx.T(CoachingTexts.Resumed));
        if (decision.Session.Get(CoachingData.Step) is not null)
        {
            return Prompt(ctx, decision, reminder: false);
        }

        var next = NextDayAt(decision.Session);
        var day = Day(decision.Session) + 1;
        if (next is null || next <= ctx.Now)
        {
            return StartDay(ctx, decision, day);
        }

        decision = decision.Change(Bump);
        return Index(ctx, decision.Schedule(next.Value, ctx.Session.UserId, DayCommand(Seq(decision.Session), day)))
            .Reply(WaitingText(ctx, CoachingTexts.WaitingDay));
    }

    /// <summary>/stop: leaves the program; /program starts again from day 1 (without the questionnaire).</summary>
    internal static Decision Stop(FlowContext ctx)
    {
        var status = ctx.Session.Get(CoachingData.Status);
        if (status is not (ParticipantStatus.Active or ParticipantStatus.Paused))
        {
            return ctx.Decide().Reply(ctx.T(CoachingTexts.NotParticipant));
        }

        var decision = ctx.Decide().Set(CoachingData.Status, ParticipantStatus.Stopped).Set(CoachingData.Step, null)
            .Set(CoachingData.NextDayAt, null).Change(Bump);
        return Index(ctx, LeaveStepState(decision)).Reply(ctx.T(CoachingTexts.Stopped));
    }

    /// <summary>A trainer cancelled the participation.</summary>
    internal static Decision Cancelled(FlowContext ctx)
    {
        if (ctx.Session.Get(CoachingData.Status) is null or ParticipantStatus.Cancelled)
        {
            return ctx.Decide();
        }

        var decision = ctx.Decide().Set(CoachingData.Status, ParticipantStatus.Cancelled).Set(CoachingData.Step, null)
            .Set(CoachingData.NextDayAt, null).Change(Bump);
        return Index(ctx, LeaveStepState(decision)).Reply(ctx.T(CoachingTexts.Cancelled));
    }

    /// <summary>Trainer: /cancel_participant 123.</summary>
    internal static Decision CancelParticipant(FlowContext ctx)
    {
        if (!long.TryParse(ctx.Input.Text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var userId) || userId <= 0)
        {
            return ctx.Decide().Reply(ctx.T(CoachingTexts.CancelUsage));
        }

        return ctx.Decide()
            .Command(userId, InternalCommand.Create(CoachingCommands.Cancel, "coaching-cancel:" + ctx.Input.Key, new CancelRequest(ctx.Session.UserId)))
            .Reply(ctx.T(CoachingTexts.CancelDone, ("userId", userId)));
    }

    /// <summary>Trainer: /participants, read from the index by <see cref="ParticipantsLookup"/>.</summary>
    internal static Decision Participants(FlowContext ctx) =>
        ctx.Decide().Effect(ParticipantsLookup.EffectName, new ParticipantsQuery(ParticipantsLookup.MaxListed));

    internal static Decision ParticipantsFound(FlowContext ctx)
    {
        var found = ctx.Input.PayloadAs<ParticipantsList>();
        if (found is null || found.Participants.Count == 0)
        {
            return ctx.Decide().Reply(ctx.T(CoachingTexts.ParticipantsNone));
        }

        var lines = found.Participants.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.UserId} {p.FirstName} — {p.Status}, day {p.Day}{(p.Step is null ? "" : ", " + p.Step)}"));
        return ctx.Decide().Reply(ctx.T(CoachingTexts.ParticipantsHeader, ("count", found.Total)) + "\n" + string.Join("\n", lines));
    }

    private static Decision Measure(FlowContext ctx, (decimal Value, MeasureError Error) parsed, string dataKey, string nextState, string nextQuestion,
        string tooSmall, string tooLarge, decimal min, decimal max)
    {
        var key = parsed.Error switch
        {
            MeasureError.None => null,
            MeasureError.TooSmall => tooSmall,
            MeasureError.TooLarge => tooLarge,
            _ => CoachingTexts.NotANumber,
        };
        if (key is not null)
        {
            return ctx.Decide().Reply(ctx.T(key, ("min", Measures.Format(min)), ("max", Measures.Format(max))));
        }

        return ctx.Decide().Set(dataKey, Measures.Format(parsed.Value)).GoTo(nextState).Reply(ctx.T(nextQuestion));
    }

    /// <summary>Day 1 from the first step: on joining, and after /stop or the end of the program.</summary>
    private Decision Begin(FlowContext ctx, Decision decision)
    {
        decision = decision
            .Set(CoachingData.Status, ParticipantStatus.Active)
            .Set(CoachingData.StartedAt, ctx.Now.ToString("O", CultureInfo.InvariantCulture))
            .Set(CoachingData.LastAnswerAt, null)
            .Change(s => s.TimeZone is null ? s with { TimeZone = Settings.DefaultTimeZone } : s);
        return StartDay(ctx, decision, 0);
    }

    private Decision StartDay(FlowContext ctx, Decision decision, int day)
    {
        var program = ctx.Reference(CoachingReference.Program);
        decision = decision
            .Set(CoachingData.Day, day.ToString(CultureInfo.InvariantCulture))
            .Set(CoachingData.Done, null)
            .Set(CoachingData.NextDayAt, null);
        if (day >= program.Days.Count)
        {
            return Finish(ctx, decision);
        }

        decision = decision.Reply(ctx.T(CoachingTexts.DayTitle, ("title", program.Days[day].Title)));
        return GoToStep(ctx, decision, program.Days[day].Steps[0]);
    }

    /// <summary>Sends the step; a step that expects nothing is done at once and the next one follows.</summary>
    private Decision GoToStep(FlowContext ctx, Decision decision, ProgramStep step)
    {
        decision = decision.Set(CoachingData.Step, step.Id).Set(CoachingData.Reminded, null);
        if (step.Expects == StepKinds.None)
        {
            return Advance(ctx, SendStep(ctx, decision, step, reminder: false).Change(s => MarkDone(s, step.Id)), step);
        }

        return Prompt(ctx, decision, reminder: false);
    }

    /// <summary>(Re)sends the current step with a new sequence; a reminder keeps the reminder count, a fresh
    /// prompt schedules the first reminder.</summary>
    private Decision Prompt(FlowContext ctx, Decision decision, bool reminder)
    {
        if (CurrentStep(ctx, decision.Session) is not { } step)
        {
            return Recover(ctx, decision);
        }

        if (!reminder)
        {
            decision = decision.Change(Bump).Set(CoachingData.Reminded, null);
        }

        var busy = IsBusyElsewhere(decision.Session);
        if (!busy)
        {
            decision = decision.GoTo(CoachingStates.For(step.Expects));
        }

        if (reminder)
        {
            decision = decision.Reply(ctx.T(CoachingTexts.Reminder));
        }

        decision = SendStep(ctx, decision, step, reminder);
        if (busy)
        {
            decision = decision.Reply(ctx.T(CoachingTexts.BusyHint));
        }

        if (!reminder)
        {
            decision = Index(ctx, decision);
            if (Settings.MaxReminders > 0)
            {
                decision = decision.Schedule(ctx.Now + Settings.RemindAfter, ctx.Session.UserId, RemindCommand(Seq(decision.Session), 1));
            }
        }

        return decision;
    }

    private static Decision SendStep(FlowContext ctx, Decision decision, ProgramStep step, bool reminder)
    {
        var markup = step.Expects == StepKinds.Choice ? CoachingKeyboards.Choice(step, Seq(decision.Session)) : null;
        if (step.Photo is { Length: > 0 } photo && !reminder)
        {
            return decision.Send(new OutboxItem { Kind = OutboxKind.SendPhoto, ChatId = ctx.Session.UserId, File = photo, Text = step.Text, Markup = markup });
        }

        return decision.Reply(step.Text, markup);
    }

    private Decision Answered(FlowContext ctx, Decision decision, ProgramStep step, string? text, string? fileId)
    {
        var day = Day(decision.Session);
        var answer = new ParticipantAnswer(day + 1, step.Id, step.Expects, text, fileId, ctx.Now, Seq(decision.Session));
        decision = decision
            .Set(CoachingData.LastAnswerAt, ctx.Now.ToString("O", CultureInfo.InvariantCulture))
            .Change(s => MarkDone(s, step.Id))
            .Reply(ctx.T(CoachingTexts.Saved));
        var after = Advance(ctx, decision, step);

        // One record effect per answer: the answer with the participant as the whole decision leaves it.
        return (after with { Outbox = after.Outbox.RemoveAll(o => o.Kind == OutboxKind.Effect && o.Effect == RecordParticipantEffect.EffectName) })
            .Effect(RecordParticipantEffect.EffectName, new ParticipantUpdate(Participant(after.Session), answer));
    }

    /// <summary>After a step: its <c>next</c>, else the following step; steps already done today are skipped
    /// (they can precede after a program update); none left → the day is done.</summary>
    private Decision Advance(FlowContext ctx, Decision decision, ProgramStep current)
    {
        var program = ctx.Reference(CoachingReference.Program);
        var day = Day(decision.Session);
        if (day >= program.Days.Count)
        {
            return Finish(ctx, decision);
        }

        var steps = program.Days[day].Steps;
        var at = steps.ToList().FindIndex(s => s.Id == (current.Next ?? current.Id));
        var from = current.Next is not null && at >= 0 ? at : at + 1;
        var done = DoneOf(decision.Session);
        var next = at < 0 ? steps.FirstOrDefault(s => !done.Contains(s.Id)) : steps.Skip(from).FirstOrDefault(s => !done.Contains(s.Id));
        return next is null ? EndDay(ctx, decision) : GoToStep(ctx, decision, next);
    }

    /// <summary>A participant whose step is gone (the program changed): the first step of the day not done yet;
    /// none → the day is done; the day itself gone → the program is finished.</summary>
    private Decision Recover(FlowContext ctx, Decision decision)
    {
        if (decision.Session.Get(CoachingData.Status) != ParticipantStatus.Active)
        {
            return LeaveStepState(decision).Reply(ctx.T(MenuTexts.Unknown));
        }

        var program = ctx.Reference(CoachingReference.Program);
        var day = Day(decision.Session);
        if (day >= program.Days.Count)
        {
            return Finish(ctx, decision);
        }

        var done = DoneOf(decision.Session);
        var next = program.Days[day].Steps.FirstOrDefault(s => !done.Contains(s.Id));
        return next is null ? EndDay(ctx, decision) : GoToStep(ctx, decision, next);
    }

    private Decision EndDay(FlowContext ctx, Decision decision)
    {
        var program = ctx.Reference(CoachingReference.Program);
        var day = Day(decision.Session);
        if (day + 1 >= program.Days.Count)
        {
            return Finish(ctx, decision);
        }

        var at = zones.NextOccurrence(decision.Session, Settings.DayStart, ctx.Now);
        decision = LeaveStepState(decision.Set(CoachingData.Step, null).Set(CoachingData.Reminded, null)
            .Set(CoachingData.NextDayAt, at.ToString("O", CultureInfo.InvariantCulture)).Change(Bump));
        var local = zones.LocalAt(decision.Session, at);
        return Index(ctx, decision)
            .Schedule(at, ctx.Session.UserId, DayCommand(Seq(decision.Session), day + 1))
            .Reply(ctx.T(CoachingTexts.DayDone, ("day", day + 1), ("date", local.ToString("dd.MM", CultureInfo.InvariantCulture)),
                ("time", local.ToString("HH:mm", CultureInfo.InvariantCulture))));
    }

    private Decision Finish(FlowContext ctx, Decision decision)
    {
        decision = LeaveStepState(decision.Set(CoachingData.Status, ParticipantStatus.Finished).Set(CoachingData.Step, null)
            .Set(CoachingData.NextDayAt, null).Change(Bump));
        return Index(ctx, decision).Reply(ctx.T(CoachingTexts.Finished));
    }

    private string WaitingText(FlowContext ctx, string key)
    {
        var at = NextDayAt(ctx.Session) ?? zones.NextOccurrence(ctx.Session, Settings.DayStart, ctx.Now);
        var local = zones.LocalAt(ctx.Session, at);
        return ctx.T(key, ("date", local.ToString("dd.MM", CultureInfo.InvariantCulture)), ("time", local.ToString("HH:mm", CultureInfo.InvariantCulture)));
    }

    /// <summary>Out of a step state (to the menu); another flow's dialog is left alone.</summary>
    private static Decision LeaveStepState(Decision decision) =>
        decision.Session.State.StartsWith(CoachingStates.Prefix, StringComparison.Ordinal) ? decision.GoTo(ServiceStates.Menu) : decision;

    /// <summary>/program and /resume are the user's own choice: out of another flow's dialog, so the step's
    /// state can be taken (a timer's prompt never does this).</summary>
    private static Decision TakeOver(Decision decision) =>
        IsBusyElsewhere(decision.Session) ? decision.GoTo(ServiceStates.Menu) : decision;

    /// <summary>In another flow's dialog: a prompt is sent, but the state is not taken from that dialog.</summary>
    private static bool IsBusyElsewhere(Session session) =>
        session.State is not (ServiceStates.Start or ServiceStates.Menu) && !session.State.StartsWith(CoachingStates.Prefix, StringComparison.Ordinal);

    /// <summary>The trainers' index row as of this decision (an effect writes it after the commit).</summary>
    private static Decision Index(FlowContext ctx, Decision decision) =>
        decision.Effect(RecordParticipantEffect.EffectName, new ParticipantUpdate(Participant(decision.Session), null));

    internal static ParticipantRecord Participant(Session s) => new(
        s.UserId,
        s.FirstName,
        s.Get(CoachingData.Status) ?? ParticipantStatus.Stopped,
        Day(s) + 1,
        s.Get(CoachingData.Step),
        s.TimeZone,
        Instant(s.Get(CoachingData.StartedAt)),
        Instant(s.Get(CoachingData.LastAnswerAt)),
        Number(s.Get(CoachingData.Height)),
        Number(s.Get(CoachingData.Weight)),
        Number(s.Get(CoachingData.Age)),
        Seq(s));

    private static ProgramStep? CurrentStep(FlowContext ctx, Session session) =>
        ctx.Reference(CoachingReference.Program).Step(Day(session), session.Get(CoachingData.Step));

    internal static long Seq(Session s) => long.TryParse(s.Get(CoachingData.Seq), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static int Day(Session s) => int.TryParse(s.Get(CoachingData.Day), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static Session Bump(Session s) => s.With(CoachingData.Seq, (Seq(s) + 1).ToString(CultureInfo.InvariantCulture));

    private static HashSet<string> DoneOf(Session s) =>
        (s.Get(CoachingData.Done) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static Session MarkDone(Session s, string stepId)
    {
        var done = s.Get(CoachingData.Done);
        return DoneOf(s).Contains(stepId) ? s : s.With(CoachingData.Done, string.IsNullOrEmpty(done) ? stepId : done + "," + stepId);
    }

    private static DateTimeOffset? NextDayAt(Session s) => Instant(s.Get(CoachingData.NextDayAt));

    private static DateTimeOffset? Instant(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var v) ? v : null;

    private static decimal? Number(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static InternalCommand RemindCommand(long seq, int number) =>
        InternalCommand.Create(CoachingCommands.Remind, string.Create(CultureInfo.InvariantCulture, $"coaching-remind:{seq}:{number}"), new CoachingTimer(seq, number));

    private static InternalCommand DayCommand(long seq, int day) =>
        InternalCommand.Create(CoachingCommands.Day, string.Create(CultureInfo.InvariantCulture, $"coaching-day:{seq}:{day}"), new CoachingTimer(seq, day));
}

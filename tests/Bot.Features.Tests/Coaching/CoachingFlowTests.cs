using Bot.Engine.Sessions;
using Bot.Features.Coaching;

namespace Bot.Features.Tests.Coaching;

public sealed class CoachingFlowTests
{
    private readonly CoachingHarness _h = new();

    [Fact]
    public void Program_first_time_starts_the_questionnaire()
    {
        var d = _h.Command("program");

        Assert.Equal(CoachingStates.Height, _h.Session.State);
        Assert.Equal(["Программа «Марафон «Три дня»»: 3 дн. Сначала пара вопросов о вас.", "Ваш рост в сантиметрах?"], CoachingHarness.Sent(d));
    }

    [Theory]
    [InlineData("сто", CoachingTexts.NotANumber)]
    [InlineData("99", CoachingTexts.HeightTooSmall)]
    [InlineData("251", CoachingTexts.HeightTooLarge)]
    public void Height_refusals_say_what_was_wrong(string answer, string key)
    {
        _h.Command("program");

        var d = _h.Text(answer);

        Assert.Equal(_h.T(key, ("min", "100"), ("max", "250")), CoachingHarness.Last(d));
        Assert.Equal(CoachingStates.Height, _h.Session.State);
    }

    [Theory]
    [InlineData("29,9", CoachingTexts.WeightTooSmall)]
    [InlineData("300.5", CoachingTexts.WeightTooLarge)]
    [InlineData("72,5,1", CoachingTexts.NotANumber)]
    public void Weight_refusals_say_what_was_wrong(string answer, string key)
    {
        _h.Command("program");
        _h.Text("180");

        var d = _h.Text(answer);

        Assert.Equal(_h.T(key, ("min", "30"), ("max", "300")), CoachingHarness.Last(d));
        Assert.Equal(CoachingStates.Weight, _h.Session.State);
    }

    [Theory]
    [InlineData("72,5")]
    [InlineData("72.5")]
    [InlineData("72.5 кг")]
    public void Weight_takes_either_decimal_mark(string answer)
    {
        _h.Command("program");
        _h.Text("180 см");

        _h.Text(answer);

        Assert.Equal("72.5", _h.Session.Get(CoachingData.Weight));
        Assert.Equal(CoachingStates.Age, _h.Session.State);
    }

    [Theory]
    [InlineData("9", CoachingTexts.AgeTooSmall)]
    [InlineData("101", CoachingTexts.AgeTooLarge)]
    [InlineData("34,5", CoachingTexts.AgeNotWhole)]
    [InlineData("много", CoachingTexts.NotANumber)]
    public void Age_refusals_say_what_was_wrong(string answer, string key)
    {
        _h.Command("program");
        _h.Text("180");
        _h.Text("80");

        var d = _h.Text(answer);

        Assert.Equal(_h.T(key, ("min", "10"), ("max", "100")), CoachingHarness.Last(d));
        Assert.Equal(CoachingStates.Age, _h.Session.State);
    }

    [Fact]
    public void Unknown_zone_is_refused_and_the_default_is_offered_as_a_button()
    {
        _h.Command("program");
        _h.Text("180");
        _h.Text("80");
        var ask = _h.Text("30");
        Assert.Equal("Europe/Moscow", ask.Outbox.Last().Markup!.Reply![0][0].Text);

        var d = _h.Text("Атлантида");

        Assert.Equal(_h.T(CoachingTexts.ZoneUnknown), CoachingHarness.Last(d));
        Assert.Equal(CoachingStates.Zone, _h.Session.State);
    }

    [Fact]
    public void Joining_keeps_the_zone_and_starts_day_one_with_the_first_answerable_step()
    {
        var d = _h.Join("+5");

        Assert.Equal("UTC+05:00", _h.Session.TimeZone);
        Assert.Equal(ParticipantStatus.Active, _h.Session.Get(CoachingData.Status));
        Assert.Equal("d1-weight", _h.Session.Get(CoachingData.Step));
        Assert.Equal(CoachingStates.StepNumber, _h.Session.State);
        var texts = CoachingHarness.Sent(d);
        Assert.Equal("День 1. Знакомство", texts[1]);
        Assert.Equal(SampleProgram.Value.Days[0].Steps[0].Text, texts[2]);
        Assert.Equal(SampleProgram.Value.Days[0].Steps[1].Text, texts[3]);
        var remind = _h.LastScheduled(CoachingCommands.Remind);
        Assert.Equal(_h.Now.AddMinutes(60), remind.At);
    }

    [Fact]
    public void A_photo_where_a_number_is_expected_gets_the_steps_wrong_input_reply()
    {
        _h.Join();

        var d = _h.Photo("AgAD-photo");

        Assert.Equal(_h.T(CoachingTexts.WrongNumber), CoachingHarness.Last(d));
        Assert.Equal("d1-weight", _h.Session.Get(CoachingData.Step));
    }

    [Fact]
    public void A_step_can_word_its_own_wrong_input_reply()
    {
        _h.Program = new CoachingProgram("P", [new ProgramDay("D", [new ProgramStep("s", "Фото?", StepKinds.Photo, WrongInput: "Только фото, пожалуйста")])]);
        _h.Join();

        Assert.Equal("Только фото, пожалуйста", CoachingHarness.Last(_h.Text("вот")));
    }

    [Fact]
    public void A_number_out_of_the_steps_range_is_refused_with_the_range()
    {
        _h.Join();

        Assert.Equal("Число не может быть больше 300.", CoachingHarness.Last(_h.Text("301")));
        Assert.Equal("Нужно число цифрами, например 72,5.", CoachingHarness.Last(_h.Text("abc")));
    }

    [Fact]
    public void Answers_are_recorded_and_lead_through_photo_and_choice_to_the_end_of_the_day()
    {
        _h.Join();
        _h.Text("71,2");
        Assert.Equal(CoachingStates.StepPhoto, _h.Session.State);
        _h.Photo("AgAD-breakfast");
        Assert.Equal(CoachingStates.StepChoice, _h.Session.State);
        var seq = CoachingFlow.Seq(_h.Session);

        var d = _h.Press(CoachingCallbacks.Choice(seq, 1));

        var answers = _h.Records.Where(r => r.Answer is not null).Select(r => r.Answer!).ToList();
        Assert.Equal(["71.2", null, "Нормально"], answers.Select(a => a.Text));
        Assert.Equal("AgAD-breakfast", answers[1].FileId);
        Assert.Single(d.Outbox, o => o.Effect == RecordParticipantEffect.EffectName);   // the answer and the index in one effect
        Assert.Null(_h.Records[^1].Participant.Step);
        Assert.Null(_h.Session.Get(CoachingData.Step));
        Assert.Equal(ServiceStates.Menu, _h.Session.State);
        // Moscow: 08:00 local the next morning = 05:00 UTC.
        var day = _h.LastScheduled(CoachingCommands.Day);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 5, 0, 0, TimeSpan.Zero), day.At);
        Assert.Equal("День 1 пройден! Следующий день начнётся 03.03 в 08:00 по вашему времени.", CoachingHarness.Last(d));
    }

    [Fact]
    public void The_next_day_stays_at_eight_local_across_the_change_to_summer_time()
    {
        _h.Now = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);   // Berlin: CET; clocks go forward on the 29th
        _h.Join("Berlin");
        _h.Text("70");
        _h.Photo("AgAD-x");

        _h.Press(CoachingCallbacks.Choice(CoachingFlow.Seq(_h.Session), 0));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), _h.LastScheduled(CoachingCommands.Day).At);   // 08:00 CEST
    }

    [Fact]
    public void The_day_timer_starts_the_next_day()
    {
        FinishDayOne();
        _h.Now = _h.LastScheduled(CoachingCommands.Day).At;

        var d = _h.Deliver(_h.LastScheduled(CoachingCommands.Day));

        Assert.Equal(["День 2. Движение", SampleProgram.Value.Days[1].Steps[0].Text], CoachingHarness.Sent(d));
        Assert.Equal("1", _h.Session.Get(CoachingData.Day));
        Assert.Equal("d2-steps", _h.Session.Get(CoachingData.Step));
    }

    [Fact]
    public void A_reminder_after_an_answer_sends_nothing_even_when_it_runs_late()
    {
        _h.Join();
        var reminder = _h.LastScheduled(CoachingCommands.Remind);
        _h.Text("70");
        _h.Now = _h.Now.AddHours(3);

        var d = _h.Deliver(reminder);

        Assert.Empty(d.Outbox);
    }

    [Fact]
    public void Reminders_repeat_the_configured_number_of_times_and_no_more()
    {
        _h.Join();
        var sent = 0;
        for (var i = 0; i < 5; i++)
        {
            var next = _h.Scheduled.LastOrDefault(s => s.Command.Name == CoachingCommands.Remind && s.Command.Key.EndsWith(":" + (i + 1), StringComparison.Ordinal));
            if (next is null)
            {
                break;
            }

            _h.Now = next.At;
            var d = _h.Deliver(next);
            Assert.Equal(_h.T(CoachingTexts.Reminder), CoachingHarness.Sent(d)[0]);
            sent++;
        }

        Assert.Equal(_h.Options.MaxReminders, sent);
    }

    [Fact]
    public void Pause_silences_reminders_and_days_and_resume_continues_at_the_step()
    {
        _h.Join();
        var reminder = _h.LastScheduled(CoachingCommands.Remind);

        _h.Command("pause");
        Assert.Equal(ParticipantStatus.Paused, _h.Session.Get(CoachingData.Status));
        Assert.Equal(ServiceStates.Menu, _h.Session.State);
        Assert.Empty(_h.Deliver(reminder).Outbox);

        var d = _h.Command("resume");
        Assert.Equal([_h.T(CoachingTexts.Resumed), SampleProgram.Value.Days[0].Steps[1].Text], CoachingHarness.Sent(d));
        Assert.Equal(CoachingStates.StepNumber, _h.Session.State);
    }

    [Fact]
    public void Resume_long_after_the_next_day_was_due_starts_one_day_not_all_missed()
    {
        FinishDayOne();
        var dayTimer = _h.LastScheduled(CoachingCommands.Day);
        _h.Command("pause");
        _h.Now = _h.Now.AddDays(5);
        Assert.Empty(_h.Deliver(dayTimer).Outbox);

        _h.Command("resume");

        Assert.Equal("1", _h.Session.Get(CoachingData.Day));
        Assert.Equal("d2-steps", _h.Session.Get(CoachingData.Step));
    }

    [Fact]
    public void Stop_leaves_and_program_starts_again_from_day_one_without_the_questionnaire()
    {
        FinishDayOne();
        _h.Command("stop");
        Assert.Equal(ParticipantStatus.Stopped, _h.Session.Get(CoachingData.Status));

        var d = _h.Command("program");

        Assert.Equal("0", _h.Session.Get(CoachingData.Day));
        Assert.Equal("d1-weight", _h.Session.Get(CoachingData.Step));
        Assert.Equal("День 1. Знакомство", CoachingHarness.Sent(d)[0]);
    }

    [Fact]
    public void A_trainer_cancel_ends_the_participation_and_program_says_so()
    {
        _h.Join();
        var reminder = _h.LastScheduled(CoachingCommands.Remind);

        var c = _h.Send(new Engine.Routing.Input
        {
            Kind = Engine.Routing.InputKind.Internal,
            Internal = Engine.Inbox.InternalCommand.Create(CoachingCommands.Cancel, "k1", new CancelRequest(900)),
            Key = "c:k1",
        });

        Assert.Equal(_h.T(CoachingTexts.Cancelled), CoachingHarness.Last(c));
        Assert.Empty(_h.Deliver(reminder).Outbox);
        Assert.Equal(_h.T(CoachingTexts.Cancelled), CoachingHarness.Last(_h.Command("program")));
    }

    [Fact]
    public void A_participant_on_a_removed_step_continues_with_the_days_first_step_not_done()
    {
        _h.Join();
        _h.Text("70");                        // d1-weight done; now on d1-photo
        _h.Program = SampleProgram.Value with
        {
            Days = [SampleProgram.Value.Days[0] with { Steps = [.. SampleProgram.Value.Days[0].Steps.Where(s => s.Id != "d1-photo")] }, .. SampleProgram.Value.Days.Skip(1)],
        };

        var d = _h.Photo("AgAD-x");

        Assert.Equal("d1-mood", _h.Session.Get(CoachingData.Step));
        Assert.Equal(CoachingStates.StepChoice, _h.Session.State);
        Assert.Equal("Как самочувствие?", CoachingHarness.Last(d));
    }

    [Fact]
    public void A_button_of_an_earlier_prompt_is_stale()
    {
        _h.Join();
        _h.Text("70");
        _h.Photo("AgAD-x");
        var seq = CoachingFlow.Seq(_h.Session);
        _h.Press(CoachingCallbacks.Choice(seq, 0));

        var d = _h.Press(CoachingCallbacks.Choice(seq, 0));

        Assert.Equal(_h.T(CoachingTexts.StaleButton), d.CallbackAnswer);
    }

    [Fact]
    public void Start_and_other_flows_leave_the_program_where_it_is()
    {
        _h.Join();
        var reminder = _h.LastScheduled(CoachingCommands.Remind);
        _h.Session = _h.Session with { State = "wallet.amount" };   // the user is in another flow's dialog

        var d = _h.Deliver(reminder);

        Assert.Equal("wallet.amount", _h.Session.State);
        Assert.Equal(_h.T(CoachingTexts.BusyHint), CoachingHarness.Last(d));
        Assert.Contains(CoachingData.Status, _h.Flow.KeptDataKeys);

        _h.Command("program");   // the user's own choice takes the step back
        Assert.Equal(CoachingStates.StepNumber, _h.Session.State);
        Assert.Contains(CoachingData.Step, _h.Flow.KeptDataKeys);
    }

    [Fact]
    public void Finishing_the_last_day_finishes_the_program()
    {
        _h.Program = new CoachingProgram("P", [new ProgramDay("D", [new ProgramStep("s", "Как дела?", StepKinds.Text)])]);
        _h.Join();

        var d = _h.Text("хорошо");

        Assert.Equal(ParticipantStatus.Finished, _h.Session.Get(CoachingData.Status));
        Assert.Equal(_h.T(CoachingTexts.Finished), CoachingHarness.Last(d));
    }

    [Fact]
    public void Next_jumps_over_steps()
    {
        _h.Program = new CoachingProgram("P",
        [
            new ProgramDay("D", [new ProgramStep("a", "A?", StepKinds.Text, Next: "c"), new ProgramStep("b", "B?", StepKinds.Text), new ProgramStep("c", "C?", StepKinds.Text)]),
        ]);
        _h.Join();

        _h.Text("ok");

        Assert.Equal("c", _h.Session.Get(CoachingData.Step));
    }

    private void FinishDayOne()
    {
        _h.Join();
        _h.Text("70");
        _h.Photo("AgAD-x");
        _h.Press(CoachingCallbacks.Choice(CoachingFlow.Seq(_h.Session), 0));
    }
}

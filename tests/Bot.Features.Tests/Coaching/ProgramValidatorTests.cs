using Bot.Features.Coaching;

namespace Bot.Features.Tests.Coaching;

public sealed class ProgramValidatorTests
{
    private static readonly ProgramStep Ok = new("a", "Текст", StepKinds.Text);

    [Fact]
    public void The_sample_program_is_valid() => Assert.Null(ProgramValidator.Validate(SampleProgram.Value));

    [Fact]
    public void A_day_with_no_steps_is_refused_with_where() =>
        Assert.Equal("days[1].steps: empty", ProgramValidator.Validate(new CoachingProgram("P", [new ProgramDay("1", [Ok]), new ProgramDay("2", [])])));

    [Fact]
    public void No_days_is_refused() => Assert.Equal("days: empty", ProgramValidator.Validate(new CoachingProgram("P", [])));

    [Fact]
    public void A_choice_with_no_options_is_refused() =>
        Assert.Equal("days[0].steps[1].options: a choice needs options",
            ProgramValidator.Validate(new CoachingProgram("P", [new ProgramDay("1", [Ok, new ProgramStep("b", "?", StepKinds.Choice, Options: [])])])));

    [Fact]
    public void Min_greater_than_max_is_refused() =>
        Assert.Equal("days[0].steps[0]: min 10 is greater than max 5",
            ProgramValidator.Validate(new CoachingProgram("P", [new ProgramDay("1", [new ProgramStep("n", "?", StepKinds.Number, 10, 5)])])));

    [Fact]
    public void A_step_pointing_nowhere_is_refused() =>
        Assert.Equal("days[0].steps[0].next: no step 'zz' in the day",
            ProgramValidator.Validate(new CoachingProgram("P", [new ProgramDay("1", [Ok with { Next = "zz" }])])));

    [Fact]
    public void A_step_pointing_back_is_refused_so_no_day_loops() =>
        Assert.Equal("days[0].steps[1].next: 'a' is not a later step of the day",
            ProgramValidator.Validate(new CoachingProgram("P", [new ProgramDay("1", [Ok, new ProgramStep("b", "?", StepKinds.None, Next: "a")])])));

    [Fact]
    public void Unknown_kind_and_duplicate_ids_are_refused()
    {
        Assert.Equal("days[0].steps[0].expects: one of none, text, number, photo, choice",
            ProgramValidator.Validate(new CoachingProgram("P", [new ProgramDay("1", [Ok with { Expects = "video" }])])));
        Assert.Equal("days[0].steps[1].id: 'a' is used twice in the day",
            ProgramValidator.Validate(new CoachingProgram("P", [new ProgramDay("1", [Ok, Ok])])));
    }
}

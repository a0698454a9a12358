namespace Bot.Features.Coaching;

/// <summary>The program that ships as the default until a coach stores one (shown in the README).</summary>
public static class SampleProgram
{
    public static CoachingProgram Value { get; } = new("Марафон «Три дня»",
    [
        new ProgramDay("День 1. Знакомство",
        [
            new ProgramStep("d1-welcome", "Добро пожаловать в марафон! Каждый день — несколько коротких заданий.", StepKinds.None),
            new ProgramStep("d1-weight", "Взвесьтесь утром натощак и пришлите вес в килограммах.", StepKinds.Number, Min: 30, Max: 300),
            new ProgramStep("d1-photo", "Пришлите фото вашего завтрака.", StepKinds.Photo),
            new ProgramStep("d1-mood", "Как самочувствие?", StepKinds.Choice, Options: ["Отлично", "Нормально", "Плохо"]),
        ]),
        new ProgramDay("День 2. Движение",
        [
            new ProgramStep("d2-steps", "Сколько шагов вы прошли вчера?", StepKinds.Number, Min: 0, Max: 100000),
            new ProgramStep("d2-plan", "Напишите, какую тренировку сделаете сегодня.", StepKinds.Text),
        ]),
        new ProgramDay("День 3. Итоги",
        [
            new ProgramStep("d3-weight", "Взвесьтесь и пришлите вес в килограммах.", StepKinds.Number, Min: 30, Max: 300),
            new ProgramStep("d3-photo", "Пришлите фото вашего ужина.", StepKinds.Photo),
            new ProgramStep("d3-review", "Что было самым полезным за эти три дня?", StepKinds.Text),
        ]),
    ]);
}

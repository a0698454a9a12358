namespace Bot.Features.Coaching;

/// <summary>Checks a program before it replaces the stored one; the first problem is answered as
/// "where: what" (<c>days[0].steps: empty</c>).</summary>
public static class ProgramValidator
{
    public const int MaxDays = 366;
    public const int MaxSteps = 50;
    public const int MaxOptions = 10;
    public const int MaxIdLength = 32;
    public const int MaxOptionLength = 60;
    public const int MaxTextLength = 4000;

    /// <summary>Null when the program is valid; otherwise the reason and where.</summary>
    public static string? Validate(CoachingProgram? program)
    {
        if (program is null)
        {
            return "body: a program is required";
        }

        if (string.IsNullOrWhiteSpace(program.Title))
        {
            return "title: empty";
        }

        if (program.Days is null || program.Days.Count == 0)
        {
            return "days: empty";
        }

        if (program.Days.Count > MaxDays)
        {
            return $"days: more than {MaxDays}";
        }

        for (var d = 0; d < program.Days.Count; d++)
        {
            if (ValidateDay(program.Days[d], $"days[{d}]") is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private static string? ValidateDay(ProgramDay? day, string where)
    {
        if (day is null)
        {
            return $"{where}: empty";
        }

        if (day.Steps is null || day.Steps.Count == 0)
        {
            return $"{where}.steps: empty";
        }

        if (day.Steps.Count > MaxSteps)
        {
            return $"{where}.steps: more than {MaxSteps}";
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < day.Steps.Count; s++)
        {
            var step = day.Steps[s];
            var at = $"{where}.steps[{s}]";
            if (step is null)
            {
                return $"{at}: empty";
            }

            if (string.IsNullOrWhiteSpace(step.Id) || step.Id.Length > MaxIdLength || !step.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return $"{at}.id: 1 to {MaxIdLength} letters, digits, '-' or '_'";
            }

            if (!ids.TryAdd(step.Id, s))
            {
                return $"{at}.id: '{step.Id}' is used twice in the day";
            }

            if (StepError(step, at) is { } error)
            {
                return error;
            }
        }

        for (var s = 0; s < day.Steps.Count; s++)
        {
            if (day.Steps[s].Next is { } next && (!ids.TryGetValue(next, out var target) || target <= s))
            {
                return ids.ContainsKey(next)
                    ? $"{where}.steps[{s}].next: '{next}' is not a later step of the day"
                    : $"{where}.steps[{s}].next: no step '{next}' in the day";
            }
        }

        return null;
    }

    private static string? StepError(ProgramStep step, string at)
    {
        if (string.IsNullOrWhiteSpace(step.Text) || step.Text.Length > MaxTextLength)
        {
            return $"{at}.text: 1 to {MaxTextLength} characters";
        }

        if (!StepKinds.All.Contains(step.Expects))
        {
            return $"{at}.expects: one of {string.Join(", ", StepKinds.All)}";
        }

        if (step.Expects == StepKinds.Number && step.Min is { } min && step.Max is { } max && min > max)
        {
            return $"{at}: min {min} is greater than max {max}";
        }

        if (step.Expects == StepKinds.Choice)
        {
            if (step.Options is null || step.Options.Count == 0)
            {
                return $"{at}.options: a choice needs options";
            }

            if (step.Options.Count > MaxOptions)
            {
                return $"{at}.options: more than {MaxOptions}";
            }

            if (step.Options.Any(o => string.IsNullOrWhiteSpace(o) || o.Length > MaxOptionLength))
            {
                return $"{at}.options: each 1 to {MaxOptionLength} characters";
            }
        }

        return null;
    }
}

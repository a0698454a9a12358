using System.Text.Json.Serialization;

namespace Bot.Features.Coaching;

/// <summary>One step: the bot sends <see cref="Text"/> (with <see cref="Photo"/>, a URL or file_id, when set)
/// and expects an answer of the kind <see cref="Expects"/> (<see cref="StepKinds"/>). Extensions to the
/// contract's fields: <see cref="Photo"/>, <see cref="Next"/> (the id of a later step of the same day to go
/// to after this one, instead of the following one) and <see cref="WrongInput"/> (this step's reply to an
/// answer of the wrong kind; a default per kind when absent).</summary>
public sealed record ProgramStep(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("expects")] string Expects,
    [property: JsonPropertyName("min")] decimal? Min = null,
    [property: JsonPropertyName("max")] decimal? Max = null,
    [property: JsonPropertyName("options")] IReadOnlyList<string>? Options = null,
    [property: JsonPropertyName("photo")] string? Photo = null,
    [property: JsonPropertyName("next")] string? Next = null,
    [property: JsonPropertyName("wrongInput")] string? WrongInput = null);

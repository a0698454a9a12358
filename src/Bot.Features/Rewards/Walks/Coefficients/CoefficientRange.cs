using System.Text.Json.Serialization;

namespace Bot.Features.Rewards.Walks.Coefficients;

/// <summary>One row of the temperature coefficient table, <c>{"fromC":-50,"toC":-10,"coefficient":1.5}</c>:
/// temperatures from <see cref="FromC"/> (included) up to <see cref="ToC"/> (excluded), i.e. [fromC, toC),
/// count <see cref="Coefficient"/> times.</summary>
public sealed record CoefficientRange(
    [property: JsonPropertyName("fromC")] decimal FromC,
    [property: JsonPropertyName("toC")] decimal ToC,
    [property: JsonPropertyName("coefficient")] decimal Coefficient)
{
    public bool Contains(decimal temperatureC) => temperatureC >= FromC && temperatureC < ToC;
}

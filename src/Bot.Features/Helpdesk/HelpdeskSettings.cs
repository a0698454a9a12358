using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Features.Helpdesk;

/// <summary>Seed 003's five system settings, with the seed's names and defaults. Stored as the reference set
/// <see cref="HelpdeskReference.Settings"/>; changed through <c>PUT /api/admin/helpdesk/settings</c>.</summary>
public sealed record HelpdeskSettings
{
    public const string AssignedContractorsTimeLimitName = "ASSIGNED_CONTRACTORS_TIME_LIMIT";
    public const string InformManagerInWorkLimitName = "INFORM_MANAGER_IN_WORK_PROJECT_LIMIT";
    public const string InformManagerCreatedLimitName = "INFORM_MANAGER_CREATED_PROJECT_LIMIT";
    public const string BillingDayName = "BILLING_DAY";
    public const string OrderRateName = "ORDER_RATE";

    /// <summary>% of the reaction time after which every contractor, not only the assigned ones, is told of a new order.</summary>
    [JsonPropertyName(AssignedContractorsTimeLimitName)]
    public int AssignedContractorsTimeLimit { get; init; } = 20;

    /// <summary>% of the resolution time (from taking) after which managers hear that an order in work is not done.</summary>
    [JsonPropertyName(InformManagerInWorkLimitName)]
    public int InformManagerInWorkLimit { get; init; } = 95;

    /// <summary>% of the reaction time after which managers hear that a created order is not taken.</summary>
    [JsonPropertyName(InformManagerCreatedLimitName)]
    public int InformManagerCreatedLimit { get; init; } = 95;

    /// <summary>Day of the month (1–28) on which a billing period starts.</summary>
    [JsonPropertyName(BillingDayName)]
    public int BillingDay { get; init; } = 1;

    /// <summary>Roubles a contractor earns per completed order.</summary>
    [JsonPropertyName(OrderRateName)]
    public long OrderRate { get; init; } = 500;

    /// <summary>Reads an admin's JSON: every named setting must be a whole number in its range; a setting left
    /// out keeps its current value; an unknown name is refused. The error names the setting and its range.</summary>
    public static (HelpdeskSettings? Settings, string? Error) Parse(string json, HelpdeskSettings current)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return (null, "the body is not JSON: " + ex.Message);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "the body must be a JSON object of settings");
            }

            var result = current;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var (min, max) = RangeOf(property.Name);
                if (min is null)
                {
                    return (null, $"unknown setting {property.Name}; the settings are {string.Join(", ", Names)}");
                }

                if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt64(out var value) || value < min || value > max)
                {
                    return (null, $"{property.Name} must be a whole number {Describe(min.Value, max)}");
                }

                result = property.Name switch
                {
                    AssignedContractorsTimeLimitName => result with { AssignedContractorsTimeLimit = (int)value },
                    InformManagerInWorkLimitName => result with { InformManagerInWorkLimit = (int)value },
                    InformManagerCreatedLimitName => result with { InformManagerCreatedLimit = (int)value },
                    BillingDayName => result with { BillingDay = (int)value },
                    _ => result with { OrderRate = value },
                };
            }

            return (result, null);
        }
    }

    public static IReadOnlyList<string> Names { get; } =
        [AssignedContractorsTimeLimitName, InformManagerInWorkLimitName, InformManagerCreatedLimitName, BillingDayName, OrderRateName];

    private static (long? Min, long? Max) RangeOf(string name) => name switch
    {
        AssignedContractorsTimeLimitName or InformManagerInWorkLimitName or InformManagerCreatedLimitName => (1, 100),
        BillingDayName => (1, 28),
        OrderRateName => (0, null),
        _ => (null, null),
    };

    private static string Describe(long min, long? max) => max is { } m ? $"from {min} to {m}" : $"of at least {min}";
}

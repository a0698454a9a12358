using Bot.Features.Helpdesk;

namespace Bot.Features.Tests.Helpdesk;

/// <summary>The seed's five settings: every bound just inside and just outside, and the refusal naming the setting
/// and its range.</summary>
public sealed class HelpdeskSettingsTests
{
    [Theory]
    [InlineData(HelpdeskSettings.AssignedContractorsTimeLimitName, 1)]
    [InlineData(HelpdeskSettings.AssignedContractorsTimeLimitName, 100)]
    [InlineData(HelpdeskSettings.InformManagerInWorkLimitName, 1)]
    [InlineData(HelpdeskSettings.InformManagerInWorkLimitName, 100)]
    [InlineData(HelpdeskSettings.InformManagerCreatedLimitName, 1)]
    [InlineData(HelpdeskSettings.InformManagerCreatedLimitName, 100)]
    [InlineData(HelpdeskSettings.BillingDayName, 1)]
    [InlineData(HelpdeskSettings.BillingDayName, 28)]
    [InlineData(HelpdeskSettings.OrderRateName, 0)]
    [InlineData(HelpdeskSettings.OrderRateName, 1_000_000_000_000)]
    public void A_value_on_the_bound_is_taken(string name, long value)
    {
        var (settings, error) = HelpdeskSettings.Parse($$"""{"{{name}}":{{value}}}""", new HelpdeskSettings());

        Assert.Null(error);
        Assert.Equal(value, ValueOf(settings!, name));
    }

    [Theory]
    [InlineData(HelpdeskSettings.AssignedContractorsTimeLimitName, "0", "from 1 to 100")]
    [InlineData(HelpdeskSettings.AssignedContractorsTimeLimitName, "101", "from 1 to 100")]
    [InlineData(HelpdeskSettings.InformManagerInWorkLimitName, "0", "from 1 to 100")]
    [InlineData(HelpdeskSettings.InformManagerInWorkLimitName, "101", "from 1 to 100")]
    [InlineData(HelpdeskSettings.InformManagerCreatedLimitName, "0", "from 1 to 100")]
    [InlineData(HelpdeskSettings.InformManagerCreatedLimitName, "101", "from 1 to 100")]
    [InlineData(HelpdeskSettings.BillingDayName, "0", "from 1 to 28")]
    [InlineData(HelpdeskSettings.BillingDayName, "29", "from 1 to 28")]
    [InlineData(HelpdeskSettings.OrderRateName, "-1", "of at least 0")]
    [InlineData(HelpdeskSettings.AssignedContractorsTimeLimitName, "50.5", "from 1 to 100")]
    [InlineData(HelpdeskSettings.BillingDayName, "\"5\"", "from 1 to 28")]
    [InlineData(HelpdeskSettings.OrderRateName, "null", "of at least 0")]
    public void A_value_just_outside_or_not_a_whole_number_is_refused_naming_the_setting_and_its_range(string name, string json, string range)
    {
        var current = new HelpdeskSettings();

        var (settings, error) = HelpdeskSettings.Parse($$"""{"{{name}}":{{json}}}""", current);

        Assert.Null(settings);
        Assert.Equal($"{name} must be a whole number {range}", error);
    }

    [Fact]
    public void A_change_keeps_the_settings_not_named_and_the_defaults_are_the_seeds()
    {
        var defaults = new HelpdeskSettings();
        Assert.Equal((20, 95, 95, 1, 500L), (defaults.AssignedContractorsTimeLimit, defaults.InformManagerInWorkLimit, defaults.InformManagerCreatedLimit, defaults.BillingDay, defaults.OrderRate));

        var (settings, _) = HelpdeskSettings.Parse("""{"BILLING_DAY":15,"ORDER_RATE":700}""", defaults with { AssignedContractorsTimeLimit = 30 });

        Assert.Equal((30, 95, 95, 15, 700L), (settings!.AssignedContractorsTimeLimit, settings.InformManagerInWorkLimit, settings.InformManagerCreatedLimit, settings.BillingDay, settings.OrderRate));
    }

    [Theory]
    [InlineData("""{"ORDER_RATES":1}""", "unknown setting ORDER_RATES")]
    [InlineData("""[1,2]""", "the body must be a JSON object of settings")]
    [InlineData("""{"BILLING_DAY":""", "the body is not JSON")]
    public void An_unknown_setting_or_a_body_that_is_no_object_is_refused(string body, string expected)
    {
        var (settings, error) = HelpdeskSettings.Parse(body, new HelpdeskSettings());

        Assert.Null(settings);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void One_bad_value_among_good_ones_changes_nothing()
    {
        var (settings, error) = HelpdeskSettings.Parse("""{"ORDER_RATE":700,"BILLING_DAY":29}""", new HelpdeskSettings());

        Assert.Null(settings);
        Assert.Equal("BILLING_DAY must be a whole number from 1 to 28", error);
    }

    private static long ValueOf(HelpdeskSettings s, string name) => name switch
    {
        HelpdeskSettings.AssignedContractorsTimeLimitName => s.AssignedContractorsTimeLimit,
        HelpdeskSettings.InformManagerInWorkLimitName => s.InformManagerInWorkLimit,
        HelpdeskSettings.InformManagerCreatedLimitName => s.InformManagerCreatedLimit,
        HelpdeskSettings.BillingDayName => s.BillingDay,
        _ => s.OrderRate,
    };
}

using System.Globalization;
using System.Text.Json;
using Bot.Engine;
using Bot.Engine.Ledger;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Time;
using Bot.Features.Rewards.Families;
using Bot.Features.Rewards.Walks.Coefficients;
using Bot.Features.Rewards.Walks.Weather;

namespace Bot.Features.Rewards.Walks;

/// <summary>The walk: choice (alone / for the family) → start (temperature from the weather provider through an
/// effect, the city asked once; or typed by the user when there is no provider or it is down) → «Завершить
/// прогулку» (a minute at least, <see cref="RewardsOptions.MaxWalkMinutes"/> at most) → steps (a whole number
/// within <see cref="RewardsOptions.MaxStepsPerDay"/> for the day) → points, posted with the key <c>walk:{id}</c>
/// (or added to the family's pool).</summary>
internal sealed class WalkHandlers(Func<RewardsOptions> settings, IWeatherProvider weather, UserTimeZones zones)
{
    private const int MaxStepsDigits = 9;

    /// <summary>/walk or «Начать прогулку»: the seed's walk_choice, or the walk already in progress.</summary>
    public Decision Begin(FlowContext ctx)
    {
        if (ActiveWalk.Of(ctx.Session) is { } walk)
        {
            return InProgress(ctx, walk);
        }

        var changeCity = weather.IsConfigured && City(ctx.Session) is not null;
        return Pressed(ctx, clearPressed: false).GoTo(ServiceStates.Menu)
            .Reply(ctx.T(RewardsTexts.WalkChoice), RewardsKeyboards.WalkChoice(ctx, changeCity), keepIdAs: RewardsData.Prompt);
    }

    public Decision Alone(FlowContext ctx) => Start(ctx, familyId: null);

    public Decision ForFamily(FlowContext ctx)
    {
        var family = ctx.Session.Get(RewardsData.Family);
        return family is null
            ? Pressed(ctx).Reply(ctx.T(RewardsTexts.NoFamilyForWalk), RewardsKeyboards.WalkChoice(ctx), keepIdAs: RewardsData.Prompt)
            : Start(ctx, family);
    }

    private Decision Start(FlowContext ctx, string? familyId)
    {
        if (ActiveWalk.Of(ctx.Session) is { } running)
        {
            return InProgress(ctx, running);
        }

        var walk = new ActiveWalk(ActiveWalk.NewId(ctx.Session.UserId, ctx.Now), ctx.Now, familyId);
        var decision = Pressed(ctx);
        if (!weather.IsConfigured)
        {
            return AskTemperature(ctx, decision.Change(walk.WriteTo), walk, RewardsTexts.NoWeatherProvider);
        }

        var waiting = walk with { AwaitingWeather = true };
        if (City(ctx.Session) is not { } city)
        {
            return decision.Change(waiting.WriteTo).GoTo(RewardsStates.City).Reply(ctx.T(RewardsTexts.AskCity), RewardsKeyboards.Cancel(ctx), keepIdAs: RewardsData.Prompt);
        }

        return decision.Change(waiting.WriteTo).GoTo(ServiceStates.Menu)
            .Reply(ctx.T(RewardsTexts.Looking))
            .Effect(RewardsCommands.WeatherEffect, new TemperatureQuery(walk.Id, city));
    }

    /// <summary>«Сменить город» (/walk's card and the walk's messages offer it): ask the city again.</summary>
    public Decision ChangeCity(FlowContext ctx) =>
        Pressed(ctx).Set(RewardsData.CityOnly, "1").GoTo(RewardsStates.City).Reply(ctx.T(RewardsTexts.AskCity), RewardsKeyboards.Cancel(ctx), keepIdAs: RewardsData.Prompt);

    public Decision CityEntered(FlowContext ctx)
    {
        var city = ctx.Input.Text?.Trim() ?? "";
        if (city.Length is 0 or > 100)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.CityNotFound, ("city", city)));
        }

        return ctx.Decide().ClearKeptButtons(RewardsData.Prompt).Reply(ctx.T(RewardsTexts.Looking))
            .Effect(RewardsCommands.GeocodeEffect, new GeocodeQuery(city, ctx.Session.Locale));
    }

    public Decision CityFound(FlowContext ctx)
    {
        var result = ctx.Input.PayloadAs<GeocodeResult>()!;
        if (ctx.Session.State != RewardsStates.City)
        {
            return ctx.Decide();
        }

        var walk = ActiveWalk.Of(ctx.Session);
        if (result.Location is { } location)
        {
            var decision = ctx.Decide()
                .Set(RewardsData.City, JsonSerializer.Serialize(location, EngineJson.Options))
                .Set(RewardsData.CityOnly, null)
                .GoTo(ServiceStates.Menu)
                .Reply(ctx.T(RewardsTexts.CitySaved, ("city", location.Name)));
            return walk is { AwaitingWeather: true }
                ? decision.Effect(RewardsCommands.WeatherEffect, new TemperatureQuery(walk.Id, location))
                : decision;
        }

        if (result.Unavailable is null)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.CityNotFound, ("city", result.City)), RewardsKeyboards.Cancel(ctx), keepIdAs: RewardsData.Prompt);
        }

        // The provider is down: the walk asks the user for the temperature (a city change waits for later).
        var down = ctx.Decide().Set(RewardsData.CityOnly, null);
        return walk is { AwaitingWeather: true }
            ? AskTemperature(ctx, down.Change((walk with { AwaitingWeather = false }).WriteTo), walk, RewardsTexts.WeatherDown)
            : down.GoTo(ServiceStates.Menu).Reply(ctx.T(RewardsTexts.WeatherDown));
    }

    public Decision TemperatureFound(FlowContext ctx)
    {
        var result = ctx.Input.PayloadAs<TemperatureResult>()!;
        if (ActiveWalk.Of(ctx.Session) is not { AwaitingWeather: true } walk || walk.Id != result.WalkId)
        {
            return ctx.Decide();
        }

        if (result.TemperatureC is not { } temperature)
        {
            return AskTemperature(ctx, ctx.Decide().Change((walk with { AwaitingWeather = false }).WriteTo), walk, RewardsTexts.WeatherDown);
        }

        var started = walk with { AwaitingWeather = false, TemperatureC = temperature, Source = ActiveWalk.FromWeather };
        return ctx.Decide().Change(started.WriteTo).Reply(
            ctx.T(RewardsTexts.WalkStarted, ("start", LocalTime(ctx, walk.StartedAt)), ("temperature", RewardsFormat.Number(temperature)), ("coefficient", Coefficient(ctx, temperature))),
            RewardsKeyboards.Finish(ctx, walk.Id), keepIdAs: RewardsData.Prompt);
    }

    public Decision TemperatureEntered(FlowContext ctx)
    {
        if (ActiveWalk.Of(ctx.Session) is not { } walk)
        {
            return ctx.Decide().GoTo(ServiceStates.Menu).Reply(ctx.T(RewardsTexts.NoWalk));
        }

        if (!RewardsFormat.TryTemperature(ctx.Input.Text, out var temperature))
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.TemperatureNotANumber));
        }

        var known = walk with { TemperatureC = temperature, Source = ActiveWalk.FromUser, AwaitingWeather = false };
        if (walk.FinishRequested)
        {
            return ctx.Decide().Change(known.WriteTo).GoTo(RewardsStates.Steps).Reply(ctx.T(RewardsTexts.AskSteps));
        }

        return ctx.Decide().Change(known.WriteTo).GoTo(ServiceStates.Menu).Reply(
            ctx.T(RewardsTexts.TemperatureSaved, ("temperature", RewardsFormat.Number(temperature)), ("coefficient", Coefficient(ctx, temperature))),
            RewardsKeyboards.Finish(ctx, walk.Id), keepIdAs: RewardsData.Prompt);
    }

    /// <summary>«Завершить прогулку»: the duration is checked, then the steps are asked. A second press, or a
    /// press of an older walk's button, finds no such walk.</summary>
    public Decision Finish(FlowContext ctx)
    {
        var walk = ActiveWalk.Of(ctx.Session);
        var pressedId = RewardsCallbacks.WalkIdOf(ctx.Input.CallbackData);
        if (walk is null || (pressedId is not null && pressedId != walk.Id))
        {
            return Pressed(ctx).Answer(ctx.T(RewardsTexts.NoWalk)).Reply(ctx.T(RewardsTexts.NoWalk));
        }

        var duration = ctx.Now - walk.StartedAt;
        var max = settings().MaxWalkMinutes;
        if (duration < TimeSpan.FromMinutes(1) || duration > TimeSpan.FromMinutes(max))
        {
            var reason = duration < TimeSpan.FromMinutes(1) ? ctx.T(RewardsTexts.WalkTooShort) : ctx.T(RewardsTexts.WalkTooLong, ("max", max));
            return Pressed(ctx).Set(RewardsData.Walk, null).GoTo(ServiceStates.Menu).Answer(reason).Reply(reason);
        }

        if (walk.TemperatureC is null)
        {
            if (walk.AwaitingWeather)
            {
                return ctx.Decide().Answer(ctx.T(RewardsTexts.Looking));
            }

            return Pressed(ctx).Change((walk with { FinishRequested = true }).WriteTo).GoTo(RewardsStates.Temperature)
                .Reply(ctx.T(RewardsTexts.TemperatureNotANumber));
        }

        return Pressed(ctx).GoTo(RewardsStates.Steps).Reply(ctx.T(RewardsTexts.AskSteps));
    }

    /// <summary>The steps: validated, then the points with the calculation shown.</summary>
    public Decision StepsEntered(FlowContext ctx)
    {
        if (ActiveWalk.Of(ctx.Session) is not { TemperatureC: { } temperature } walk)
        {
            return ctx.Decide().GoTo(ServiceStates.Menu).Reply(ctx.T(RewardsTexts.NoWalk));
        }

        var text = (ctx.Input.Text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (text.Length is 0 or > MaxStepsDigits || !text.All(char.IsAsciiDigit))
        {
            return ctx.Decide().Reply(ctx.T(text.StartsWith('-') ? RewardsTexts.StepsNotPositive : RewardsTexts.StepsNotANumber));
        }

        var steps = long.Parse(text, CultureInfo.InvariantCulture);
        if (steps == 0)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.StepsNotPositive));
        }

        var options = settings();
        var today = zones.Today(ctx.Session, ctx.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var already = StepsOn(ctx.Session, today);
        var left = Math.Max(0, options.MaxStepsPerDay - already);
        if (steps > left)
        {
            return ctx.Decide().Reply(ctx.T(RewardsTexts.StepsOverDailyMax, ("max", options.MaxStepsPerDay), ("left", left)));
        }

        var coefficient = RewardsReference.Table(ctx.Reference(RewardsReference.Coefficients)).CoefficientFor(temperature);
        var points = WalkPoints.Calculate(steps, options.PointsPer1000Steps, coefficient);
        var args = new (string, object?)[]
        {
            ("steps", steps), ("temperature", RewardsFormat.Number(temperature)), ("coefficient", RewardsFormat.Number(coefficient)),
            ("rate", RewardsFormat.Number(options.PointsPer1000Steps)), ("points", points),
        };
        var record = new WalkRecord(walk.Id, ctx.Session.UserId, ctx.Session.FirstName, walk.StartedAt, ctx.Now, steps, temperature,
            walk.Source ?? ActiveWalk.FromUser, coefficient, points, walk.FamilyId);
        var decision = ctx.Decide()
            .Set(RewardsData.Walk, null)
            .Set(RewardsData.StepsToday, $"{today}:{already + steps}")
            .GoTo(ServiceStates.Menu)
            .Effect(RewardsCommands.WalkLogEffect, record);
        if (walk.FamilyId is { } familyId)
        {
            return decision
                .Effect(RewardsCommands.FamilyEffect, new FamilyRequest(FamilyOps.Contribute, familyId, ctx.Session.UserId, ctx.Session.FirstName, WalkId: walk.Id, Steps: steps, Points: points))
                .Reply(ctx.T(RewardsTexts.WalkPointsFamily, args));
        }

        var balance = ctx.Session.Balance(Currencies.Points) + points;
        decision = points > 0
            ? decision.Post(Currencies.Points, points, ActiveWalk.LedgerKey(walk.Id), $"Walk {walk.Id}: {steps} steps at {RewardsFormat.Number(temperature)} °C × {RewardsFormat.Number(coefficient)}")
            : decision;
        return decision.Reply(ctx.T(RewardsTexts.WalkPoints, [.. args, ("balance", RewardsFormat.Number(balance))]));
    }

    private Decision InProgress(FlowContext ctx, ActiveWalk walk) =>
        Pressed(ctx).Reply(ctx.T(RewardsTexts.WalkInProgress, ("start", LocalTime(ctx, walk.StartedAt))), RewardsKeyboards.Finish(ctx, walk.Id), keepIdAs: RewardsData.Prompt);

    private Decision AskTemperature(FlowContext ctx, Decision decision, ActiveWalk walk, string reasonKey) =>
        decision.GoTo(RewardsStates.Temperature).Reply(ctx.T(RewardsTexts.WalkStartedNoTemperature, ("start", LocalTime(ctx, walk.StartedAt)), ("reason", ctx.T(reasonKey))));

    private string LocalTime(FlowContext ctx, DateTimeOffset at) => zones.LocalAt(ctx.Session, at).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Coefficient(FlowContext ctx, decimal temperature) =>
        RewardsFormat.Number(RewardsReference.Table(ctx.Reference(RewardsReference.Coefficients)).CoefficientFor(temperature));

    private static WeatherLocation? City(Session session) =>
        session.Get(RewardsData.City) is { } json ? JsonSerializer.Deserialize<WeatherLocation>(json, EngineJson.Options) : null;

    private static long StepsOn(Session session, string day) =>
        session.Get(RewardsData.StepsToday) is { } kept && kept.StartsWith(day + ":", StringComparison.Ordinal)
        && long.TryParse(kept.AsSpan(day.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var steps)
            ? steps
            : 0;

    /// <summary>The previous prompt loses its buttons (and the pressed message, for a button).</summary>
    internal static Decision Pressed(FlowContext ctx, bool clearPressed = true)
    {
        var decision = ctx.Decide();
        if (clearPressed && ctx.Input.Kind == InputKind.Callback && ctx.Input.MessageId is { } message)
        {
            decision = decision.ClearButtons(message);
            if (ctx.Session.Get(RewardsData.Prompt) == message.ToString(CultureInfo.InvariantCulture))
            {
                return decision.Set(RewardsData.Prompt, null);
            }
        }

        return decision.ClearKeptButtons(RewardsData.Prompt);
    }
}

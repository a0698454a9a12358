using System.Collections.Frozen;
using Bot.Engine;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Engine.Time;
using Bot.Features.Helpdesk;
using Bot.Features.Menu;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Features.Tests.Helpdesk;

/// <summary>The helpdesk's route table with a session, reference data and a clock: an input is routed the way the
/// router does it (a command that requires a role the user lacks is not found) and the decision's session kept.
/// Inputs and outbox helpers are <see cref="FlowHarness"/>'s.</summary>
internal sealed class HelpdeskHarness
{
    public const long UserId = FlowHarness.UserId;

    public static readonly TextSnapshot Texts = new(HelpdeskTexts.All.Concat(MenuTexts.All).ToFrozenDictionary(t => t.Key));

    public static readonly Tariff Basic = new("basic", "Базовый", 2, 60, 240, AssignedContractorsOnly: false);

    private static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();

    public HelpdeskHarness(string zone = "Europe/Moscow")
    {
        Company = new CompanyClock(
            Options.Create(new HelpdeskOptions { TimeZone = zone }),
            new UserTimeZones(Options.Create(new BotOptions()), NullLogger<UserTimeZones>.Instance));
        Flow = new HelpdeskFlow(Company);
        Flow.Map(Routes);
    }

    public CompanyClock Company { get; }

    public HelpdeskFlow Flow { get; }

    public RouteTable Routes { get; } = new();

    public DateTimeOffset Now { get; set; } = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public Session Session { get; set; } = new() { UserId = UserId, FirstName = "Anna", State = ServiceStates.Menu, Locale = "ru" };

    public HelpdeskSettings Settings { get; set; } = new();

    public HelpdeskTariffs Tariffs { get; set; } = new([Basic]);

    /// <summary>The session as a client on <see cref="Basic"/>.</summary>
    public HelpdeskHarness AsClient(string tariffId = "basic")
    {
        Session = Session with { Roles = Session.Roles.Add(Roles.Client) };
        Session = Session.With(HelpdeskData.Tariff, tariffId);
        return this;
    }

    public HelpdeskHarness WithRoles(params string[] roles)
    {
        Session = Session with { Roles = Session.Roles.Union(roles) };
        return this;
    }

    public FlowContext Context(Input input) => new(Session, input, Now, Texts, Services, [])
    {
        References = ReferenceSnapshot.Empty.With(HelpdeskReference.Settings, Settings).With(HelpdeskReference.Tariffs, Tariffs),
    };

    /// <summary>The handler the route table picks for this user, or null (the router then answers as for an unknown command).</summary>
    public Handler? Route(Input input) => Routes.Resolve(Session.State, input, role => Roles.Has(Session, role, new BotOptions()));

    /// <summary>Routes and runs the input; keeps the decision's session.</summary>
    public Decision Send(Input input)
    {
        var handler = Route(input) ?? throw new InvalidOperationException($"no route for {input.Kind} {input.CommandName ?? input.Text ?? input.CallbackData ?? input.Internal?.Name}");
        var decision = handler(Context(input));
        Session = decision.Session;
        return decision;
    }

    public static Input Photo(string fileId, string? caption = null) =>
        new() { Kind = InputKind.Photo, PhotoFileId = fileId, FileId = fileId, Text = caption, Key = "u:" + Random.Shared.Next() };

    public static Input Document(string fileId, string fileName) =>
        new() { Kind = InputKind.Document, FileId = fileId, FileName = fileName, Key = "u:" + Random.Shared.Next() };

    public static Input Sticker() => new() { Kind = InputKind.Other, Key = "u:" + Random.Shared.Next() };

    public static Order Order(string orderId = "ABCDEFGH23", long clientId = 7, string? photo = null) => new()
    {
        OrderId = orderId,
        ClientId = clientId,
        ClientName = "Anna",
        Description = "Не печатает принтер",
        PhotoFileId = photo,
        CreatedAt = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero),
        ReactionMinutes = 60,
        ResolutionMinutes = 240,
        TariffId = "basic",
    };
}

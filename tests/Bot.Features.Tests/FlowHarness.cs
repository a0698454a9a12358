using System.Collections.Frozen;
using System.Text.Json;
using Bot.Engine;
using Bot.Engine.Inbox;
using Bot.Engine.Outbox;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Bot.Features.Admin;
using Bot.Features.Menu;
using Bot.Features.Rewards.Shop;
using Bot.Features.Wallet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Features.Tests;

/// <summary>Builds flow contexts by hand (handlers are pure) and applies decisions the way the processor does.</summary>
internal sealed class FlowHarness
{
    public const long UserId = 42;

    public static readonly TextSnapshot Texts = new(
        WalletTexts.All.Concat(MenuTexts.All).Concat(AdminTexts.All).Concat(ShopTexts.All).Concat(Bot.Features.Loyalty.LoyaltyTexts.All).ToFrozenDictionary(t => t.Key));

    private static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));

    public IReadOnlyList<MenuEntry> Menu { get; set; } = [new MenuEntry(WalletTexts.MenuButton, WalletCallbacks.Start, 10)];

    public Session Session { get; set; } = new() { UserId = UserId, FirstName = "Anna", State = ServiceStates.Menu, Locale = "ru" };

    /// <summary>The reference data handlers read (empty: every set's default).</summary>
    public Bot.Engine.Reference.ReferenceSnapshot References { get; set; } = Bot.Engine.Reference.ReferenceSnapshot.Empty;

    public FlowContext Context(Input input) => new(Session, input, Clock.GetUtcNow(), Texts, Services, Menu) { References = References };

    /// <summary>Runs a handler and keeps its session, with balances moved by the postings.</summary>
    public Decision Run(Handler handler, Input input)
    {
        var decision = handler(Context(input));
        var balances = Session.Balances;
        foreach (var p in decision.Postings)
        {
            balances = balances.SetItem(p.Currency, balances.GetValueOrDefault(p.Currency) + p.Amount);
        }

        Session = decision.Session with { Balances = balances };
        return decision;
    }

    /// <summary>What the engine's engine.message-sent does after the sends: each sent message that asked to
    /// keep its id gets the next id from <paramref name="firstMessageId"/>, written to the session.</summary>
    public void Delivered(Decision decision, int firstMessageId)
    {
        foreach (var item in decision.Outbox.Where(o => o.Kind == OutboxKind.SendMessage))
        {
            var id = firstMessageId++;
            if (item.KeepId?.DataKey is { } key)
            {
                Session = Session.With(key, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public static IReadOnlyList<int> ClearedButtons(Decision d) =>
        d.Outbox.Where(o => o.Kind == OutboxKind.EditReplyMarkup && o.Markup is null).Select(o => o.MessageId!.Value).ToList();

    public static Input Text(string text) => new() { Kind = InputKind.Text, Text = text, Key = "u:" + Random.Shared.Next() };

    public static Input Command(string name) => new() { Kind = InputKind.Command, CommandName = name, Text = "", Key = "u:" + Random.Shared.Next() };

    public static Input Callback(string data, int messageId = 77) =>
        new() { Kind = InputKind.Callback, CallbackData = data, CallbackQueryId = "q", MessageId = messageId, Key = "u:" + Random.Shared.Next() };

    public static Input Internal<T>(string name, string key, T payload) =>
        new() { Kind = InputKind.Internal, Internal = InternalCommand.Create(name, key, payload), Key = "c:" + key };

    public static Input Internal(string name, string key) =>
        new() { Kind = InputKind.Internal, Internal = new InternalCommand(name, key), Key = "c:" + key };

    public static IReadOnlyList<OutboxItem> Messages(Decision d) => d.Outbox.Where(o => o.Kind == OutboxKind.SendMessage).ToList();

    public static string Reply(Decision d) => Assert.Single(Messages(d)).Text!;

    public static IReadOnlyList<string> ReplyTexts(Decision d) => Messages(d).Select(m => m.Text!).ToList();

    public static IReadOnlyList<Button> Buttons(OutboxItem item) => item.Markup?.Inline?.SelectMany(r => r).ToList() ?? [];

    public static T EffectPayload<T>(Decision d, string effect) =>
        Assert.Single(d.Outbox, o => o.Kind == OutboxKind.Effect && o.Effect == effect).Payload!.Value.Deserialize<T>(EngineJson.Options)!;

    public static IEnumerable<OutboxItem> Effects(Decision d, string effect) => d.Outbox.Where(o => o.Kind == OutboxKind.Effect && o.Effect == effect);
}

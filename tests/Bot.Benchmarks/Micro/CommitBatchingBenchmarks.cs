using System.Collections.Immutable;
using Azure;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using Bot.Engine.Outbox;
using Bot.Engine.Sessions;

namespace Bot.Benchmarks.Micro;

/// <summary>The commit's CPU side: the session and outbox rows mapped to table entities (the engine's
/// <c>SessionEntityMapper</c>, internal, reached once through reflection) and the transaction actions
/// built as <see cref="SessionStore.CommitAsync"/> builds them: session replace with If-Match, plus one
/// and ten outbox rows. And the reverse: a loaded session entity back to a <see cref="Session"/>.</summary>
[MemoryDiagnoser]
public class CommitBatchingBenchmarks
{
    private Func<Session, TableEntity> _sessionToEntity = null!;
    private Func<OutboxRow, TableEntity> _outboxToEntity = null!;
    private Func<TableEntity, Session> _entityToSession = null!;
    private Session _session = null!;
    private OutboxRow[] _outbox = [];
    private TableEntity _loaded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sessionToEntity = SessionEntityMapper.ToEntity;
        _outboxToEntity = SessionEntityMapper.ToEntity;
        _entityToSession = SessionEntityMapper.FromEntity;

        var now = DateTimeOffset.UtcNow;
        _session = new Session
        {
            UserId = 5_000_001,
            State = "menu",
            Data = ImmutableDictionary<string, string>.Empty.Add("wallet.amount", "500"),
            Locale = "en",
            FirstName = "B",
            Balances = ImmutableSortedDictionary<string, decimal>.Empty.Add("RUB", 1500m),
            CreatedAt = now,
            LastSeenAt = now,
            RecentKeys = Enumerable.Range(0, Session.RecentKeysKept).Select(i => "u:" + (1_000_000 + i)).ToImmutableList(),
            Seq = 64,
        };
        var markup = Markup.InlineColumn(Button.Callback("Wallet", "wallet:open"), Button.Callback("Help", "menu:help"));
        _outbox = Enumerable.Range(0, 10)
            .Select(i => new OutboxRow(_session.UserId, UserPartition.OutboxKey(65, i), OutboxItem.Message(_session.UserId, "I did not understand that. Choose from the menu:", markup), now))
            .ToArray();
        _loaded = _sessionToEntity(_session);
    }

    [Benchmark]
    public List<TableTransactionAction> OneReply() => Build(1);

    [Benchmark]
    public List<TableTransactionAction> TenReplies() => Build(10);

    [Benchmark]
    public Session LoadSession() => _entityToSession(_loaded);

    private List<TableTransactionAction> Build(int rows)
    {
        var actions = new List<TableTransactionAction>(1 + rows)
        {
            new(TableTransactionActionType.UpdateReplace, _sessionToEntity(_session), new ETag("W/\"datetime'2026-01-01T00%3A00%3A00Z'\"")),
        };
        for (var i = 0; i < rows; i++)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, _outboxToEntity(_outbox[i])));
        }

        return actions;
    }
}

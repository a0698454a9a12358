using System.Text.Json;
using Bot.Engine.Effects;
using Bot.Engine.Inbox;

namespace Bot.Engine.Tests.Effects;

public sealed class LookupEffectTests
{
    [Fact]
    public async Task TheResult_GoesBackToTheSameUser_AsTheResultCommand_KeyedByTheEffect()
    {
        var inbox = new CapturingInbox();
        var effect = new SquareLookup(inbox);
        var payload = JsonSerializer.SerializeToElement(new Query(7), EngineJson.Options);

        await effect.RunAsync(new EffectContext(42, "42:0003-00", payload), CancellationToken.None);
        await effect.RunAsync(new EffectContext(42, "42:0003-00", payload), CancellationToken.None);

        Assert.Equal(2, inbox.Sent.Count);
        Assert.All(inbox.Sent, e =>
        {
            Assert.Equal(42, e.UserId);
            Assert.Equal("square.found", e.Command!.Name);
            Assert.Equal(49, e.Command.PayloadAs<int>());
        });
        Assert.Single(inbox.Sent.Select(e => e.DedupKey).Distinct());
    }

    [Fact]
    public async Task AnEffectWithoutItsQuery_Fails_SoTheOutboxRetriesAndFinallyDeadLettersIt()
    {
        var effect = new SquareLookup(new CapturingInbox());

        await Assert.ThrowsAsync<InvalidOperationException>(() => effect.RunAsync(new EffectContext(42, "42:0003-00", null), CancellationToken.None));
    }

    public sealed record Query(int N);

    private sealed class SquareLookup(IInboxPublisher inbox) : LookupEffect<Query, int>(inbox)
    {
        public override string Name => "square";

        public override string ResultCommand => "square.found";

        protected override Task<int> LookupAsync(Query query, CancellationToken ct) => Task.FromResult(query.N * query.N);
    }

    private sealed class CapturingInbox : IInboxPublisher
    {
        public List<InboxEnvelope> Sent { get; } = [];

        public Task PublishAsync(InboxEnvelope envelope, CancellationToken ct, TimeSpan? delay = null)
        {
            Sent.Add(envelope);
            return Task.CompletedTask;
        }
    }
}

using BenchmarkDotNet.Attributes;
using Bot.Benchmarks.Load;
using Bot.Engine.Inbox;
using Bot.Engine.Routing;

namespace Bot.Benchmarks.Micro;

/// <summary>What every inbox message costs before any storage: the queue message to an envelope, and the
/// envelope's raw update to the routed input (Telegram.Bot's Update deserialization).</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private string _queueMessage = "";
    private InboxEnvelope _envelope = null!;

    [GlobalSetup]
    public void Setup()
    {
        var update = System.Text.Json.JsonDocument.Parse(BotClient.UpdateJson(5_000_001, 1_000_001, "hello")).RootElement.Clone();
        _queueMessage = InboxEnvelope.ForUpdate(5_000_001, 1_000_001, update).Serialize();
        _envelope = InboxEnvelope.Parse(_queueMessage);
    }

    [Benchmark]
    public InboxEnvelope EnvelopeParse() => InboxEnvelope.Parse(_queueMessage);

    [Benchmark]
    public Input InputParse() => InputParser.Parse(_envelope);

    [Benchmark]
    public Input EnvelopeThenInput() => InputParser.Parse(InboxEnvelope.Parse(_queueMessage));
}

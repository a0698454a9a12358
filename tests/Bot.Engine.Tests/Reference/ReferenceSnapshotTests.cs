using System.Collections.Frozen;
using Bot.Engine.Reference;
using Bot.Engine.Routing;
using Bot.Engine.Sessions;
using Bot.Engine.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Engine.Tests.Reference;

public sealed class ReferenceSnapshotTests
{
    private static readonly ReferenceSet<Tariff> TariffSet = new("tariffs", new Tariff("basic", 100));

    [Fact]
    public void Get_ASetNothingWasStoredFor_GivesItsDefault() =>
        Assert.Equal(new Tariff("basic", 100), ReferenceSnapshot.Empty.Get(TariffSet));

    [Fact]
    public void With_GivesTheValue_AndLeavesTheOriginalUnchanged()
    {
        var snapshot = ReferenceSnapshot.Empty.With(TariffSet, new Tariff("pro", 900));

        Assert.Equal(900, snapshot.Get(TariffSet).Price);
        Assert.Equal(100, ReferenceSnapshot.Empty.Get(TariffSet).Price);
    }

    [Fact]
    public void AHandler_ReadsTheSnapshotItWasGiven_ThroughFlowContext()
    {
        Handler handler = ctx => ctx.Decide().Reply($"{ctx.Reference(TariffSet).Name}: {ctx.Reference(TariffSet).Price}");
        var ctx = new FlowContext(new Session { UserId = 1 }, new Input { Kind = InputKind.Text, Text = "x" }, DateTimeOffset.UnixEpoch,
            new TextSnapshot(FrozenDictionary<string, TextDefinition>.Empty), new ServiceCollection().BuildServiceProvider(), [])
        {
            References = ReferenceSnapshot.Empty.With(TariffSet, new Tariff("pro", 900)),
        };

        Assert.Equal("pro: 900", handler(ctx).Outbox.Single().Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("slash/name")]
    [InlineData("hash#")]
    public void ASetName_ThatCannotBeAPartitionKey_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => new ReferenceSet<Tariff>(name, new Tariff("x", 1)));

    [Fact]
    public void AStoredValueOfAnotherShape_DoesNotDeserialize() =>
        Assert.Throws<System.Text.Json.JsonException>(() => TariffSet.Deserialize("""{"name":"x","price":"many"}"""u8));

    [Fact]
    public void AStoredValue_DeserializesAsTheSetsType() =>
        Assert.Equal(new Tariff("x", 5), TariffSet.Deserialize("""{"name":"x","price":5}"""u8));

    public sealed record Tariff(string Name, int Price);
}

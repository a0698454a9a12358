using Bot.Engine.Inbox;

namespace Bot.Engine.Effects;

internal sealed class EnqueueEffect(IInboxPublisher inbox) : IEffectHandler
{
    public string Name => EngineEffects.Enqueue;

    public Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var e = context.PayloadAs<EnqueueCommand>();
        return inbox.PublishCommandAsync(e.UserId, e.Command, ct, e.Delay);
    }
}

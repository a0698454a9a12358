using Bot.Engine.Inbox;

namespace Bot.Engine.Effects;

/// <summary>A lookup too large for a reference snapshot (pickup points of one city among tens of thousands):
/// a handler asks with <c>Decision.Effect(Name, query)</c>, this effect queries storage or an outside system
/// after the commit and sends the result back to the same user as the internal command
/// <see cref="ResultCommand"/>, keyed by the effect key (a redelivery's second answer is skipped). The route for
/// <see cref="ResultCommand"/> then shows the result, still a pure handler.</summary>
public abstract class LookupEffect<TQuery, TResult>(IInboxPublisher inbox) : IEffectHandler
{
    public abstract string Name { get; }

    /// <summary>The internal command that carries the result back.</summary>
    public abstract string ResultCommand { get; }

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var result = await LookupAsync(context.PayloadAs<TQuery>(), ct);
        await inbox.PublishCommandAsync(context.UserId, InternalCommand.Create(ResultCommand, ResultKey(context.Key), result), ct);
    }

    /// <summary>The idempotency key of the result command of the effect <paramref name="effectKey"/>.</summary>
    public static string ResultKey(string effectKey) => effectKey + "|result";

    protected abstract Task<TResult> LookupAsync(TQuery query, CancellationToken ct);
}

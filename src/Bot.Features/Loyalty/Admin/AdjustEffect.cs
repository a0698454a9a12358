using Bot.Engine.Effects;
using Bot.Engine.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Loyalty.Admin;

/// <summary>An admin's confirmed /adjust in the bot: the same <see cref="LoyaltyAdjuster"/> as the HTTP route, keyed
/// by the effect key (a rerun applies once); the result goes back to the admin as <see cref="LoyaltyCommands.AdjustDone"/>.
/// The adjuster is resolved when the effect runs: it uses the processor, which holds the effect handlers.</summary>
public sealed class AdjustEffect(IServiceProvider services, SharedRecords records) : IEffectHandler
{
    public string Name => LoyaltyEffects.Adjust;

    public async Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var request = context.PayloadAs<AdjustRequest>();
        var result = await services.GetRequiredService<LoyaltyAdjuster>().AdjustAsync(request, "bot:" + context.Key, ct);
        await records.NotifyAsync(context.UserId, LoyaltyCommands.AdjustDone, context.Key, result, ct);
    }
}

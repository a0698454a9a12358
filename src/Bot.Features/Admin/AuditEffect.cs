using Bot.Engine.Audit;
using Bot.Engine.Effects;

namespace Bot.Features.Admin;

/// <summary>Writes an audit line a pure handler asked for; keyed by the effect, so a rerun writes it once.</summary>
public sealed class AuditEffect(AuditLog audit) : IEffectHandler
{
    public const string EffectName = "audit.write";

    public string Name => EffectName;

    public Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var record = context.PayloadAs<AuditRecord>();
        return audit.WriteAsync(record.Kind, context.UserId, record.Message, record.Details, ct, key: "effect:" + context.Key);
    }
}

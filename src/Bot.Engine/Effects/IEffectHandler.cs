namespace Bot.Engine.Effects;

/// <summary>Runs one kind of effect after a commit: an outside call, a shared-record change. Must be
/// idempotent (it can run again after a crash); a result that changes state goes back as a command.</summary>
public interface IEffectHandler
{
    string Name { get; }

    Task RunAsync(EffectContext context, CancellationToken ct);
}

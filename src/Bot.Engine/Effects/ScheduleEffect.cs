using Bot.Engine.Schedules;

namespace Bot.Engine.Effects;

internal sealed class ScheduleEffect(ScheduleStore schedules) : IEffectHandler
{
    public string Name => EngineEffects.Schedule;

    public Task RunAsync(EffectContext context, CancellationToken ct)
    {
        var s = context.PayloadAs<ScheduleCommand>();
        return schedules.AddAsync(s.At, s.UserId, s.Command, ct);
    }
}

using Bot.Engine.Effects;

namespace Bot.Features.Helpdesk;

/// <summary>Writes the user's row of the people table after their roles changed (the session is the source).</summary>
public sealed class SavePersonEffect(PeopleStore people) : IEffectHandler
{
    public string Name => HelpdeskEffects.SavePerson;

    public Task RunAsync(EffectContext context, CancellationToken ct) => people.SaveAsync(context.PayloadAs<HelpdeskPerson>(), ct);
}

namespace Bot.Features.Helpdesk;

/// <summary>Payload of the list effect: <c>my</c>, <c>free</c> or <c>contractors</c>.</summary>
public sealed record ListRequest(string Kind, long UserId)
{
    public const string My = "my";
    public const string Free = "free";
    public const string Contractors = "contractors";
}

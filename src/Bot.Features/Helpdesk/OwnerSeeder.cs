using Bot.Engine.Inbox;
using Bot.Engine.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Features.Helpdesk;

/// <summary>Once the host has started, gives the role owner to every id in <c>Helpdesk:OwnerIds</c> (a grant command
/// for each; granting a role the user has changes nothing, so every start may do it). After start-up, not during
/// it. Without a host lifetime (a bare service provider, as in the integration tests) it grants at once.</summary>
public sealed partial class OwnerSeeder(
    IOptions<HelpdeskOptions> options, IInboxPublisher inbox, ILogger<OwnerSeeder> log, IHostApplicationLifetime? lifetime = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (lifetime is null)
        {
            return GrantAsync(cancellationToken);
        }

        lifetime.ApplicationStarted.Register(() => _ = GrantAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task GrantAsync(CancellationToken ct)
    {
        foreach (var owner in options.Value.Owners)
        {
            try
            {
                await inbox.PublishCommandAsync(owner, InternalCommand.Create(HelpdeskCommands.Grant, $"owner-seed:{owner}", new RoleGrant(Roles.Owner)), ct);
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException)
            {
                LogFailed(ex, owner);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give the owner role to {UserId} at start-up")]
    private partial void LogFailed(Exception ex, long userId);
}

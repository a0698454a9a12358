using Bot.Engine.Inbox;
using Bot.Engine.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Features.Helpdesk;

/// <summary>At start-up, gives the role owner to every id in <c>Helpdesk:OwnerIds</c> (a grant command for each;
/// granting a role the user has changes nothing, so every start may do it).</summary>
public sealed partial class OwnerSeeder(IOptions<HelpdeskOptions> options, IInboxPublisher inbox, ILogger<OwnerSeeder> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var owner in options.Value.Owners)
        {
            try
            {
                await inbox.PublishCommandAsync(owner, InternalCommand.Create(HelpdeskCommands.Grant, $"owner-seed:{owner}", new RoleGrant(Roles.Owner)), cancellationToken);
            }
            catch (Azure.RequestFailedException ex)
            {
                LogFailed(ex, owner);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give the owner role to {UserId} at start-up")]
    private partial void LogFailed(Exception ex, long userId);
}

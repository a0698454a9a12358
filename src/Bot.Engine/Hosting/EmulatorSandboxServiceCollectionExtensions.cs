using Microsoft.Extensions.DependencyInjection;

namespace Bot.Engine.Hosting;

public static class EmulatorSandboxServiceCollectionExtensions
{
    /// <summary>Declares an emulator sandbox (see <see cref="EmulatorSandbox"/>); call it from the flow's own
    /// registration, next to the client that uses the setting. Registered as an instance, so a host can read the
    /// declarations from the service collection before the container is built. <paramref name="webhook"/>: the
    /// sandbox calls the bot back, and the local host registers that webhook with its key at start-up.</summary>
    public static IServiceCollection AddEmulatorSandbox(
        this IServiceCollection services, string settingKey, string relativePath, IReadOnlyDictionary<string, string>? settings = null,
        EmulatorSandboxWebhook? webhook = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(settingKey);
        if (!relativePath.StartsWith('/'))
        {
            throw new ArgumentException($"The sandbox path '{relativePath}' must start with '/'.", nameof(relativePath));
        }

        if (webhook is not null && (!webhook.RegistrationPath.StartsWith('/') || !webhook.BotRoute.StartsWith('/')))
        {
            throw new ArgumentException($"The webhook's paths '{webhook.RegistrationPath}' and '{webhook.BotRoute}' must start with '/'.", nameof(webhook));
        }

        return services.AddSingleton(new EmulatorSandbox(settingKey, relativePath) { Settings = settings ?? new Dictionary<string, string>(), Webhook = webhook });
    }
}

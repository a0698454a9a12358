using Bot.Engine;
using Bot.Engine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Hosting;

/// <summary>Applies, in Emulator mode, every <see cref="EmulatorSandbox"/> the engine and the enabled flows declared;
/// the host names no flow. Its own declaration: the admin panel address that <c>/admin</c> shows.</summary>
public static class EmulatorSandboxes
{
    public static IServiceCollection AddEmulatorSandboxes(this IServiceCollection services, IConfigurationBuilder configurationBuilder, IConfiguration configuration)
    {
        services.AddEmulatorSandbox($"{BotOptions.Section}:{nameof(BotOptions.AdminPanelUrl)}", LocalHostSettings.AdminRoute);
        var declared = services
            .Where(d => d.ServiceType == typeof(EmulatorSandbox) && d.ImplementationInstance is EmulatorSandbox)
            .Select(d => (EmulatorSandbox)d.ImplementationInstance!)
            .ToList();
        var settings = new EmulatorSandboxSettings(declared, configuration);
        configurationBuilder.Add(settings);
        services.AddSingleton(settings);
        services.AddHostedService<EmulatorSandboxBinder>();
        services.AddSingleton<EmulatorSandboxWebhooks>();
        services.AddHostedService(sp => sp.GetRequiredService<EmulatorSandboxWebhooks>());
        return services;
    }
}

using Bot.Engine;
using Bot.Features.Wallet;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Hosting;

/// <summary>Emulator mode: settings that point at this host unless configured, filled in when first read
/// (after the server listens, so an OS-chosen port works): the wallet's YooKassa client at the emulator's
/// sandbox (which accepts any non-empty shop id and key) and the admin panel address shown by /admin.</summary>
public static class EmulatorDefaults
{
    public const string SandboxPath = "/emulator/yookassa/v3";

    public static IServiceCollection AddEmulatorDefaults(this IServiceCollection services, IConfiguration configuration)
    {
        var yooKassa = configuration.GetSection("Wallet:YooKassa");
        if (string.IsNullOrWhiteSpace(yooKassa["BaseUrl"]))
        {
            services.AddOptions<WalletOptions>().PostConfigure<LocalHostAddress>((options, address) =>
            {
                if (address.TryGetUrl() is { } url)
                {
                    options.YooKassa.BaseUrl = url + SandboxPath;
                }

                if (string.IsNullOrEmpty(options.YooKassa.ShopId))
                {
                    options.YooKassa.ShopId = "100001";
                }

                if (string.IsNullOrEmpty(options.YooKassa.SecretKey))
                {
                    options.YooKassa.SecretKey = "emulator-sandbox";
                }
            });
        }

        if (string.IsNullOrWhiteSpace(configuration[$"{BotOptions.Section}:{nameof(BotOptions.AdminPanelUrl)}"]))
        {
            services.AddOptions<BotOptions>().PostConfigure<LocalHostAddress>((options, address) =>
            {
                if (address.TryGetUrl() is { } url)
                {
                    options.AdminPanelUrl = url + LocalHostSettings.AdminRoute;
                }
            });
        }

        return services;
    }
}

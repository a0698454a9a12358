using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Bot.Features.Admin;
using Bot.Features.Broadcasts;
using Bot.Features.Coaching;
using Bot.Features.Helpdesk;
using Bot.Features.Loyalty;
using Bot.Features.Menu;
using Bot.Features.Rewards;
using Bot.Features.Rewards.Shop;
using Bot.Features.Wallet;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features;

public static class FeaturesServiceCollectionExtensions
{
    /// <summary>Everything the bot needs, for the Functions app and the local host alike: the engine and
    /// every flow (Features:Enabled decides which are routed).</summary>
    public static IServiceCollection AddBotFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotEngine(configuration);
        services.AddSingleton<IFlow, MenuFlow>();
        services.AddAdmin();
        services.AddWallet(configuration);
        services.AddRewards(configuration);
        services.AddShop();
        services.AddLoyalty(configuration);
        services.AddBroadcasts();
        services.AddCoaching(configuration);
        services.AddHelpdesk(configuration);
        return services;
    }
}

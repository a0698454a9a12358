using Bot.Engine.Effects;
using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Bot.Features.Rewards.Shop.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Rewards.Shop;

public static class ShopServiceCollectionExtensions
{
    /// <summary>The shop flow (enabled with rewards), its tables, effects and admin routes.</summary>
    public static IServiceCollection AddShop(this IServiceCollection services)
    {
        services.AddSingleton<IFlow, ShopFlow>();
        services.AddSingleton(new StorageTable(ShopTables.Shop));
        services.AddSingleton(new StorageTable(ShopTables.Orders));
        services.AddSingleton(new StorageTable(ShopTables.PickupPoints));
        services.AddSingleton<PickupStore>();
        services.AddSingleton<IEffectHandler, PickupLookupEffect>();
        services.AddSingleton<ProductStore>();
        services.AddSingleton<OrderStore>();
        services.AddSingleton<IEffectHandler, ReserveEffect>();
        services.AddSingleton<IEffectHandler, ReleaseEffect>();
        services.AddSingleton<IEffectHandler, StoreOrderEffect>();
        services.AddSingleton<ShopAdminEndpoints>();
        services.AddSingleton<IAdminRoutes, ShopAdminRoutes>();
        return services;
    }
}

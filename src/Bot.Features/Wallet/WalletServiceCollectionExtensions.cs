using Bot.Engine.Effects;
using Bot.Engine.Hosting;
using Bot.Engine.Routing;
using Bot.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace Bot.Features.Wallet;

public static class WalletServiceCollectionExtensions
{
    /// <summary>The wallet flow, its effects, the open-invoices table, the PaymentPolling work and the
    /// provider client picked by <c>Wallet:Provider</c>.</summary>
    public static IServiceCollection AddWallet(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WalletOptions.Section);
        services.Configure<WalletOptions>(section);
        services.AddSingleton<IFlow, WalletFlow>();
        services.AddSingleton(new StorageTable(InvoiceStore.TableName));
        services.AddSingleton<InvoiceStore>();
        services.AddSingleton<PaymentPoller>();
        services.AddTimerJob(PaymentPoller.FunctionName, (sp, ct) => sp.GetRequiredService<PaymentPoller>().PollAsync(ct));
        services.AddSingleton<IEffectHandler, CreateInvoiceEffect>();
        services.AddSingleton<IEffectHandler, CheckPaymentEffect>();
        services.AddSingleton<IEffectHandler, CloseInvoiceEffect>();

        // Locally (Emulator mode) the client talks to the emulator's sandbox, which accepts any non-empty shop id and key.
        const string yooKassaSection = WalletOptions.Section + ":" + nameof(WalletOptions.YooKassa) + ":";
        services.AddEmulatorSandbox(yooKassaSection + nameof(YooKassaOptions.BaseUrl), YooKassaOptions.EmulatorSandboxPath, new Dictionary<string, string>
        {
            [yooKassaSection + nameof(YooKassaOptions.ShopId)] = "100001",
            [yooKassaSection + nameof(YooKassaOptions.SecretKey)] = "emulator-sandbox",
        });

        var yooKassa = section.GetSection(nameof(WalletOptions.YooKassa)).Get<YooKassaOptions>() ?? new YooKassaOptions();
        services.AddHttpClient(YooKassaPaymentProvider.HttpClientName)
            .AddStandardResilienceHandler(o =>
            {
                // Polly takes at least one retry attempt: MaxRetries 0 keeps one and handles no outcome, so nothing is retried.
                o.Retry.MaxRetryAttempts = Math.Max(1, yooKassa.MaxRetries);
                if (yooKassa.MaxRetries <= 0)
                {
                    o.Retry.ShouldHandle = _ => PredicateResult.False();
                }

                o.Retry.Delay = TimeSpan.FromMilliseconds(Math.Max(1, yooKassa.RetryDelayMilliseconds));
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(Math.Max(1, yooKassa.AttemptTimeoutSeconds));
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * yooKassa.AttemptTimeoutSeconds));
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(Math.Max(30, (Math.Max(0, yooKassa.MaxRetries) + 1) * yooKassa.AttemptTimeoutSeconds + 5));
            });
        services.TryAddSingleton<YooKassaPaymentProvider>();
        services.TryAddSingleton<IPaymentProvider>(sp =>
        {
            var provider = sp.GetRequiredService<IOptions<WalletOptions>>().Value.Provider;
            return provider.ToUpperInvariant() switch
            {
                // The emulator's sandbox speaks YooKassa's API: the same client, another base URL.
                "YOOKASSA" or "EMULATOR" or "" => sp.GetRequiredService<YooKassaPaymentProvider>(),
                _ => throw new InvalidOperationException($"Wallet:Provider '{provider}' is not known; use YooKassa."),
            };
        });
        return services;
    }
}

using Bot.Engine.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Engine.Tests.Hosting;

public sealed class EmulatorSandboxWebhookTests
{
    [Fact]
    public void A_declared_webhook_is_kept_with_its_sandbox_and_its_callback_carries_the_escaped_key()
    {
        var services = new ServiceCollection();
        services.AddEmulatorSandbox("Shop:Api:BaseUrl", "/emulator/shop/api", webhook: new EmulatorSandboxWebhook("/emulator/shop/webhook", "/api/shop/webhook"));

        var sandbox = (EmulatorSandbox)Assert.Single(services).ImplementationInstance!;

        Assert.Equal("/api/shop/webhook", sandbox.Webhook!.BotRoute);
        Assert.Equal("http://127.0.0.1:5000/api/shop/webhook?code=a%2Bb%2Fc%3D%26x", sandbox.Webhook.CallbackUrlFor("http://127.0.0.1:5000/", "a+b/c=&x"));
    }

    [Fact]
    public void A_sandbox_without_a_webhook_has_none_and_a_webhook_path_without_a_slash_is_refused()
    {
        var services = new ServiceCollection();
        services.AddEmulatorSandbox("Wallet:Api:BaseUrl", "/emulator/wallet");

        Assert.Null(((EmulatorSandbox)Assert.Single(services).ImplementationInstance!).Webhook);
        Assert.Throws<ArgumentException>(() => services.AddEmulatorSandbox("X:BaseUrl", "/emulator/x", webhook: new EmulatorSandboxWebhook("emulator/x/webhook", "/api/x")));
        Assert.Throws<ArgumentException>(() => services.AddEmulatorSandbox("X:BaseUrl", "/emulator/x", webhook: new EmulatorSandboxWebhook("/emulator/x/webhook", "api/x")));
    }
}

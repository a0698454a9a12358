using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Features.Wallet;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Tests.Wallet;

/// <summary>The YooKassa client against JSON in the format of YooKassa's API reference.</summary>
public sealed class YooKassaPaymentProviderTests
{
    private const string PaymentId = "22e12f66-000f-5000-8000-18db351245c7";

    private static string Payment(string status, string value = "500.00") => $$"""
        {
          "id": "{{PaymentId}}",
          "status": "{{status}}",
          "paid": false,
          "amount": { "value": "{{value}}", "currency": "RUB" },
          "confirmation": {
            "type": "redirect",
            "return_url": "https://example.test/return",
            "confirmation_url": "https://yoomoney.example/checkout/payments/v2/contract?orderId={{PaymentId}}"
          },
          "created_at": "2026-03-01T10:00:00.000Z",
          "description": "Пополнение баланса в боте",
          "metadata": { "userId": "42" },
          "recipient": { "account_id": "100001", "gateway_id": "1000001" },
          "refundable": false,
          "test": true
        }
        """;

    private const string ErrorJson = """
        {
          "type": "error",
          "id": "ab5a11cd-13cc-4e33-af8b-75a74e18dd09",
          "code": "invalid_request",
          "description": "Idempotence key duplicated with another request",
          "parameter": "Idempotence-Key"
        }
        """;

    private static (IPaymentProvider Provider, FakeHandler Handler) Create(FakeHandler handler, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Wallet:YooKassa:BaseUrl"] = "http://sandbox.test/v3/",
            ["Wallet:YooKassa:ShopId"] = "100001",
            ["Wallet:YooKassa:SecretKey"] = "test_secret",
            ["Wallet:YooKassa:ReturnUrl"] = "https://example.test/return",
            ["Wallet:YooKassa:RetryDelayMilliseconds"] = "1",
        }.Concat(settings ?? []).ToDictionary(kv => kv.Key, kv => kv.Value)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWallet(configuration);
        services.AddHttpClient(YooKassaPaymentProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        return (services.BuildServiceProvider().GetRequiredService<IPaymentProvider>(), handler);
    }

    [Fact]
    public async Task Create_PostsThePaymentWithIdempotenceKeyAndBasicAuth()
    {
        var (provider, handler) = Create(new FakeHandler((_, _) => (HttpStatusCode.OK, Payment("pending"))));

        var payment = await provider.CreateAsync(new NewPayment(42, 500, "Пополнение баланса в боте"), "wallet-key-1", CancellationToken.None);

        var (request, body) = Assert.Single(handler.Calls);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://sandbox.test/v3/payments", request.RequestUri!.ToString());
        Assert.Equal("wallet-key-1", Assert.Single(request.Headers.GetValues("Idempotence-Key")));
        Assert.Equal("Basic", request.Headers.Authorization!.Scheme);
        Assert.Equal("100001:test_secret", Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)));
        var json = JsonNode.Parse(body!)!;
        Assert.Equal("500.00", json["amount"]!["value"]!.GetValue<string>());
        Assert.Equal("RUB", json["amount"]!["currency"]!.GetValue<string>());
        Assert.True(json["capture"]!.GetValue<bool>());
        Assert.Equal("redirect", json["confirmation"]!["type"]!.GetValue<string>());
        Assert.Equal("https://example.test/return", json["confirmation"]!["return_url"]!.GetValue<string>());
        Assert.Equal("42", json["metadata"]!["userId"]!.GetValue<string>());

        Assert.Equal(new ProviderPayment(PaymentId, PaymentState.Waiting, "pending", 500m,
            $"https://yoomoney.example/checkout/payments/v2/contract?orderId={PaymentId}", 42), payment);
    }

    [Theory]
    [InlineData("pending", PaymentState.Waiting)]
    [InlineData("waiting_for_capture", PaymentState.Waiting)]
    [InlineData("succeeded", PaymentState.Paid)]
    [InlineData("canceled", PaymentState.Rejected)]
    [InlineData("on_hold", PaymentState.Unknown)]
    public async Task Get_MapsYooKassasStatuses(string status, PaymentState expected)
    {
        var (provider, handler) = Create(new FakeHandler((_, _) => (HttpStatusCode.OK, Payment(status))));

        var payment = await provider.GetAsync(PaymentId, CancellationToken.None);

        Assert.Equal(expected, payment.State);
        Assert.Equal(status, payment.RawStatus);
        var (request, _) = Assert.Single(handler.Calls);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal($"http://sandbox.test/v3/payments/{PaymentId}", request.RequestUri!.ToString());
        Assert.NotNull(request.Headers.Authorization);
    }

    [Fact]
    public async Task ErrorAnswer_BecomesAProviderErrorWithYooKassasCode()
    {
        var (provider, handler) = Create(new FakeHandler((_, _) => (HttpStatusCode.BadRequest, ErrorJson)));

        var ex = await Assert.ThrowsAsync<PaymentProviderException>(() =>
            provider.CreateAsync(new NewPayment(42, 500, "x"), "k", CancellationToken.None));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("invalid_request", ex.Code);
        Assert.Contains("Idempotence key duplicated", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Calls);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithTheSameIdempotenceKey()
    {
        var (provider, handler) = Create(new FakeHandler((_, n) => n < 3
            ? (HttpStatusCode.InternalServerError, """{"type":"error","code":"internal_server_error","description":"try later"}""")
            : (HttpStatusCode.OK, Payment("pending"))));

        var payment = await provider.CreateAsync(new NewPayment(42, 500, "x"), "same-key", CancellationToken.None);

        Assert.Equal(PaymentId, payment.Id);
        Assert.Equal(3, handler.Calls.Count);
        Assert.All(handler.Calls, c => Assert.Equal("same-key", c.Request.Headers.GetValues("Idempotence-Key").Single()));
    }

    [Fact]
    public async Task Outage_AfterTheRetries_IsAProviderError()
    {
        var (provider, handler) = Create(new FakeHandler((_, _) =>
            (HttpStatusCode.InternalServerError, """{"type":"error","code":"internal_server_error","description":"down"}""")));

        var ex = await Assert.ThrowsAsync<PaymentProviderException>(() => provider.GetAsync(PaymentId, CancellationToken.None));

        Assert.Equal(500, ex.StatusCode);
        Assert.Equal(3, handler.Calls.Count);
    }

    [Fact]
    public async Task NoRetries_ServerErrorIsAProviderErrorAfterOneCall()
    {
        var (provider, handler) = Create(
            new FakeHandler((_, _) => (HttpStatusCode.InternalServerError, """{"type":"error","code":"internal_server_error","description":"down"}""")),
            new() { ["Wallet:YooKassa:MaxRetries"] = "0" });

        var ex = await Assert.ThrowsAsync<PaymentProviderException>(() => provider.GetAsync(PaymentId, CancellationToken.None));

        Assert.Equal(500, ex.StatusCode);
        Assert.Single(handler.Calls);
    }

    [Fact]
    public async Task NotJson_IsAProviderError()
    {
        var (provider, _) = Create(new FakeHandler((_, _) => (HttpStatusCode.OK, "<html>proxy</html>")));
        await Assert.ThrowsAsync<PaymentProviderException>(() => provider.GetAsync(PaymentId, CancellationToken.None));
    }

    [Fact]
    public void UnknownProviderSetting_FailsClearly()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Wallet:Provider"] = "Qiwi" }).Build();
        var services = new ServiceCollection().AddLogging().AddWallet(configuration).BuildServiceProvider();
        var ex = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IPaymentProvider>());
        Assert.Contains("Qiwi", ex.Message, StringComparison.Ordinal);
    }
}

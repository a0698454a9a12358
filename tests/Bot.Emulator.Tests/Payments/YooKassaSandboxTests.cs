using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Emulator.Tests.Payments;

public sealed class YooKassaSandboxTests : IAsyncLifetime
{
    private const string Api = "/emulator/yookassa/v3";
    private EmulatorApp _app = null!;

    public async Task InitializeAsync() => _app = await EmulatorApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CreatePayment_AnswersAPendingPaymentWithAConfirmationLink()
    {
        var answer = await CreateAsync("key-1", Request("100"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var payment = answer.Body!;
        var id = payment["id"]!.GetValue<string>();
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal("pending", payment["status"]!.GetValue<string>());
        Assert.False(payment["paid"]!.GetValue<bool>());
        Assert.Equal("100.00", payment["amount"]!["value"]!.GetValue<string>());
        Assert.Equal("RUB", payment["amount"]!["currency"]!.GetValue<string>());
        Assert.Equal("redirect", payment["confirmation"]!["type"]!.GetValue<string>());
        Assert.Equal($"http://sandbox.test/emulator/payments/{id}", payment["confirmation"]!["confirmation_url"]!.GetValue<string>());
        Assert.Equal("Top-up", payment["description"]!.GetValue<string>());
        Assert.Equal("42", payment["metadata"]!["userId"]!.GetValue<string>());
        Assert.True(payment["test"]!.GetValue<bool>());
        Assert.EndsWith("Z", payment["created_at"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePayment_SameKeyAndBody_ReturnsTheSamePayment_ANewKeyANewOne()
    {
        var first = await CreateAsync("key-1", Request("100.00"));
        var repeat = await CreateAsync("key-1", Request("100.00"));
        var other = await CreateAsync("key-2", Request("100.00"));

        Assert.Equal(first.Body!["id"]!.GetValue<string>(), repeat.Body!["id"]!.GetValue<string>());
        Assert.NotEqual(first.Body["id"]!.GetValue<string>(), other.Body!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreatePayment_SameKeyWithAnotherBody_IsRefused()
    {
        await CreateAsync("key-1", Request("100.00"));

        var answer = await CreateAsync("key-1", Request("200.00"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("error", answer.Body!["type"]!.GetValue<string>());
        Assert.Equal("invalid_request", answer.Body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreatePayment_WithoutCredentials_Answers401()
    {
        var answer = await CreateAsync("key-1", Request("100.00"), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("invalid_credentials", answer.Body!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreatePayment_WithoutIdempotenceKey_Answers400()
    {
        var answer = await CreateAsync(null, Request("100.00"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Idempotence-Key", answer.Body!["parameter"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1.234")]
    [InlineData("abc")]
    public async Task CreatePayment_WithABadAmount_Answers400(string value)
    {
        var answer = await CreateAsync("key-1", Request(value));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("amount.value", answer.Body!["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetPayment_UnknownId_Answers404InYooKassasShape()
    {
        var answer = await SendAsync(HttpMethod.Get, $"{Api}/payments/{Guid.NewGuid()}", null, null);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("error", answer.Body!["type"]!.GetValue<string>());
        Assert.Equal("not_found", answer.Body["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(answer.Body["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Pay_MakesThePaymentSucceeded_AndGetShowsIt()
    {
        var id = (await CreateAsync("key-1", Request("250.50"))).Body!["id"]!.GetValue<string>();

        var paid = await _app.PostAsync($"/emulator/payments/{id}/pay");
        var fetched = await SendAsync(HttpMethod.Get, $"{Api}/payments/{id}", null, null);

        Assert.Equal(HttpStatusCode.OK, paid.Status);
        Assert.Equal("succeeded", fetched.Body!["status"]!.GetValue<string>());
        Assert.True(fetched.Body["paid"]!.GetValue<bool>());
        Assert.NotNull(fetched.Body["captured_at"]);
        Assert.Equal("250.50", fetched.Body["amount"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Decline_CancelsThePayment_WithCancellationDetails_AndItCannotBePaidAfter()
    {
        var id = (await CreateAsync("key-1", Request("100.00"))).Body!["id"]!.GetValue<string>();

        var declined = await _app.PostAsync($"/emulator/payments/{id}/decline", new { reason = "insufficient_funds" });
        var payAfter = await _app.PostAsync($"/emulator/payments/{id}/pay");
        var fetched = await SendAsync(HttpMethod.Get, $"{Api}/payments/{id}", null, null);

        Assert.Equal(HttpStatusCode.OK, declined.Status);
        Assert.Equal("canceled", fetched.Body!["status"]!.GetValue<string>());
        Assert.False(fetched.Body["paid"]!.GetValue<bool>());
        Assert.Equal("insufficient_funds", fetched.Body["cancellation_details"]!["reason"]!.GetValue<string>());
        Assert.Equal("payment_network", fetched.Body["cancellation_details"]!["party"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, payAfter.Status);
    }

    [Fact]
    public async Task TwoStagePayment_WaitsForCapture_ThenSucceeds()
    {
        var request = Request("10.00");
        request["capture"] = false;
        var id = (await CreateAsync("key-1", request)).Body!["id"]!.GetValue<string>();

        var paid = await _app.PostAsync($"/emulator/payments/{id}/pay");
        var captured = await SendAsync(HttpMethod.Post, $"{Api}/payments/{id}/capture", "cap-1", new JsonObject());

        Assert.Equal("waiting_for_capture", paid.Body!["status"]!.GetValue<string>());
        Assert.Equal("succeeded", captured.Body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Outage_MakesTheApiAnswerThatStatus_UntilSwitchedOff()
    {
        var id = (await CreateAsync("key-1", Request("100.00"))).Body!["id"]!.GetValue<string>();

        await _app.PostAsync("/emulator/payments/outage", new { enabled = true, statusCode = 503 });
        var during = await SendAsync(HttpMethod.Get, $"{Api}/payments/{id}", null, null);
        var createDuring = await CreateAsync("key-2", Request("1.00"));
        await _app.PostAsync("/emulator/payments/outage", new { enabled = false });
        var after = await SendAsync(HttpMethod.Get, $"{Api}/payments/{id}", null, null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.Status);
        Assert.Equal("error", during.Body!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, createDuring.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task PaymentPage_ShowsTheAmountWithPayAndDecline_AndTheFormPaysAndReturnsToThePage()
    {
        var id = (await CreateAsync("key-1", Request("100.00"))).Body!["id"]!.GetValue<string>();

        var page = await _app.Http.GetStringAsync(new Uri($"/emulator/payments/{id}", UriKind.Relative));
        using var form = new FormUrlEncodedContent([]);
        using var posted = await _app.Http.PostAsync(new Uri($"/emulator/payments/{id}/pay", UriKind.Relative), form);
        var after = await posted.Content.ReadAsStringAsync();

        Assert.Contains("100.00 RUB", page, StringComparison.Ordinal);
        Assert.Contains("id=\"pay-button\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"decline-button\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("data-status=\"succeeded\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"pay-button\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentPage_SpeaksThePayersLanguage_AndLinksBackToTheirChat()
    {
        await _app.PostAsync("/emulator/users", new { userId = 42, languageCode = "en" });
        var id = (await CreateAsync("key-lang", Request("70.00"))).Body!["id"]!.GetValue<string>();

        var english = await _app.Http.GetStringAsync(new Uri($"/emulator/payments/{id}", UriKind.Relative));
        var russian = await _app.Http.GetStringAsync(new Uri($"/emulator/payments/{id}?lang=ru", UriKind.Relative));
        using var form = new FormUrlEncodedContent([]);
        using var paid = await _app.Http.PostAsync(new Uri($"/emulator/payments/{id}/pay?lang=ru", UriKind.Relative), form);
        var afterPaying = await paid.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains(">Pay 70.00 RUB<", english, StringComparison.Ordinal);
        Assert.Contains("id=\"chat-link\" href=\"/?users=42\"", english, StringComparison.Ordinal);
        Assert.Contains("Back to the chat", english, StringComparison.Ordinal);
        Assert.Contains(">Оплатить 70.00 RUB<", russian, StringComparison.Ordinal);
        Assert.Contains("Вернуться в чат", russian, StringComparison.Ordinal);
        Assert.Contains("оплачен", afterPaying, StringComparison.Ordinal);
        Assert.Contains("href=\"/?users=42\"", afterPaying, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentPage_ForAPayerTheEmulatorDoesNotKnow_IsInRussian_TheBotsDefault()
    {
        var id = (await CreateAsync("key-ru", Request("10.00"))).Body!["id"]!.GetValue<string>();

        var page = await _app.Http.GetStringAsync(new Uri($"/emulator/payments/{id}", UriKind.Relative));

        Assert.Contains("<html lang=\"ru\">", page, StringComparison.Ordinal);
        Assert.Contains("Отказаться", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmationLink_WithoutPublicBaseUrl_PointsAtTheAddressThePaymentWasCreatedThrough()
    {
        await using var app = await EmulatorApp.StartAsync(options: o => o.PublicBaseUrl = null);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/payments") { Content = JsonContent.Create(Request("5.00")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("shop:key"u8.ToArray()));
        request.Headers.Add("Idempotence-Key", "k");

        using var response = await app.Http.SendAsync(request);
        var payment = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var id = payment["id"]!.GetValue<string>();
        Assert.Equal($"{app.BaseUrl}/emulator/payments/{id}", payment["confirmation"]!["confirmation_url"]!.GetValue<string>());
    }

    [Fact]
    public async Task PayingAnUnknownPayment_Answers404()
    {
        var answer = await _app.PostAsync("/emulator/payments/nope/pay");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.NotNull(answer.Body!["error"]);
    }

    private static JsonObject Request(string value) => new()
    {
        ["amount"] = new JsonObject { ["value"] = value, ["currency"] = "RUB" },
        ["capture"] = true,
        ["confirmation"] = new JsonObject { ["type"] = "redirect", ["return_url"] = "https://t.me/emulator_bot" },
        ["description"] = "Top-up",
        ["metadata"] = new JsonObject { ["userId"] = "42" },
    };

    private Task<Answer> CreateAsync(string? idempotenceKey, JsonObject body, string? authorization = "shop-1:test_secret") =>
        SendAsync(HttpMethod.Post, $"{Api}/payments", idempotenceKey, body, authorization);

    private async Task<Answer> SendAsync(HttpMethod method, string path, string? idempotenceKey, JsonObject? body, string? authorization = "shop-1:test_secret")
    {
        using var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(authorization)));
        }

        if (idempotenceKey is not null)
        {
            request.Headers.Add("Idempotence-Key", idempotenceKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _app.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, JsonNode.Parse(text), text);
    }
}

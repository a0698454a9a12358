using System.Text;
using Bot.Features.Admin;
using Microsoft.AspNetCore.Http;

namespace Bot.Features.Tests.Admin;

public sealed class AdminRequestTests
{
    private static HttpRequest Request(string body, string? idempotencyKey = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (idempotencyKey is not null)
        {
            context.Request.Headers[AdminUsersEndpoints.IdempotencyHeader] = idempotencyKey;
        }

        return context.Request;
    }

    [Theory]
    [InlineData("""{"currency":"RUB","delta":-50.00,"reason":"refund"}""", "RUB", -50)]
    [InlineData("""{"currency":"rub","delta":10.5,"reason":" bonus "}""", "RUB", 10.5)]
    [InlineData("""{"currency":"points","delta":25,"reason":"promo"}""", "points", 25)]
    public async Task GoodBody_IsRead(string body, string currency, decimal delta)
    {
        var (change, error) = await AdminUsersEndpoints.ReadBalanceChangeAsync(Request(body), CancellationToken.None);
        Assert.Null(error);
        Assert.Equal(currency, change!.Currency);
        Assert.Equal(delta, change.Delta);
        Assert.Equal(change.Reason.Trim(), change.Reason);
    }

    [Theory]
    [InlineData("not json", "JSON")]
    [InlineData("[1]", "object")]
    [InlineData("""{"currency":"USD","delta":5,"reason":"x"}""", "currency")]
    [InlineData("""{"delta":5,"reason":"x"}""", "currency")]
    [InlineData("""{"currency":"RUB","delta":0,"reason":"x"}""", "zero")]
    [InlineData("""{"currency":"RUB","delta":"5","reason":"x"}""", "number")]
    [InlineData("""{"currency":"RUB","delta":1.005,"reason":"x"}""", "two decimals")]
    [InlineData("""{"currency":"points","delta":1.5,"reason":"x"}""", "whole")]
    [InlineData("""{"currency":"RUB","delta":5}""", "reason")]
    [InlineData("""{"currency":"RUB","delta":5,"reason":"  "}""", "reason")]
    [InlineData("""{"currency":"RUB","delta":5000000000,"reason":"x"}""", "at most")]
    public async Task BadBody_IsRefusedWithTheReason(string body, string expected)
    {
        var (change, error) = await AdminUsersEndpoints.ReadBalanceChangeAsync(Request(body), CancellationToken.None);
        Assert.Null(change);
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void IdempotencyKey_MakesTheCommandKeyStable()
    {
        Assert.True(AdminUsersEndpoints.TryCommandKey(Request("{}", "retry-1"), AdminCommands.Balance, 42, out var first, out _));
        Assert.True(AdminUsersEndpoints.TryCommandKey(Request("{}", "retry-1"), AdminCommands.Balance, 42, out var second, out _));
        Assert.Equal("admin.balance:42:retry-1", first);
        Assert.Equal(first, second);

        Assert.True(AdminUsersEndpoints.TryCommandKey(Request("{}"), AdminCommands.Balance, 42, out var a, out _));
        Assert.True(AdminUsersEndpoints.TryCommandKey(Request("{}"), AdminCommands.Balance, 42, out var b, out _));
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("a,b")]
    [InlineData("a/b")]
    [InlineData("ключ")]
    public void IdempotencyKey_WithCharactersKeysCannotHold_IsRefused(string header)
    {
        Assert.False(AdminUsersEndpoints.TryCommandKey(Request("{}", header), AdminCommands.Balance, 42, out _, out var error));
        Assert.Contains("Idempotency-Key", error, StringComparison.Ordinal);
    }
}

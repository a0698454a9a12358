using Bot.Features.Wallet;

namespace Bot.Features.Tests.Wallet;

public sealed class PaymentPollerTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly OpenInvoiceRecord Invoice = new("p-1", 42, 500, Created);
    private static readonly WalletOptions Options = new();

    private static ProviderPayment Payment(PaymentState state, string raw = "x") => new("p-1", state, raw, 500, null, 42);

    [Fact]
    public void Paid_IsReportedWithAKeyOfThePaymentAndWhatWasSeen()
    {
        var (key, report) = PaymentPoller.Decide(Invoice, Payment(PaymentState.Paid, "succeeded"), Created.AddMinutes(1), Options)!.Value;
        Assert.Equal("wallet.poll:p-1:paid", key);
        Assert.Equal(new PaymentStatusReport("p-1", PaymentState.Paid, 500, "succeeded"), report);
    }

    [Fact]
    public void Rejected_IsReported()
    {
        Assert.Equal("wallet.poll:p-1:rejected", PaymentPoller.Decide(Invoice, Payment(PaymentState.Rejected), Created.AddMinutes(1), Options)!.Value.Key);
    }

    [Fact]
    public void Waiting_WithinTheLifetime_SaysNothing()
    {
        Assert.Null(PaymentPoller.Decide(Invoice, Payment(PaymentState.Waiting), Created.AddMinutes(4), Options));
    }

    [Fact]
    public void Waiting_PastTheLifetime_IsTheFinalCheck()
    {
        var (key, report) = PaymentPoller.Decide(Invoice, Payment(PaymentState.Waiting), Created.AddMinutes(5), Options)!.Value;
        Assert.Equal("wallet.poll:p-1:final", key);
        Assert.True(report.Final);
        Assert.Equal(PaymentState.Waiting, report.State);
    }

    [Fact]
    public void Unknown_IsReportedOncePerStatusWord()
    {
        var first = PaymentPoller.Decide(Invoice, Payment(PaymentState.Unknown, "on/hold,x"), Created.AddMinutes(1), Options)!.Value;
        var second = PaymentPoller.Decide(Invoice, Payment(PaymentState.Unknown, "on/hold,x"), Created.AddMinutes(2), Options)!.Value;
        Assert.Equal("wallet.poll:p-1:unknown:on_hold_x", first.Key);
        Assert.Equal(first.Key, second.Key);
    }

    [Fact]
    public void ProviderFailing_KeepsAskingUntilLongAfterTheLifetime()
    {
        Assert.Null(PaymentPoller.Decide(Invoice, null, Created.AddMinutes(10), Options));
        var (key, report) = PaymentPoller.Decide(Invoice, null, Created.AddMinutes(5 + 24 * 60), Options)!.Value;
        Assert.Equal("wallet.poll:p-1:final", key);
        Assert.Equal(PaymentState.Expired, report.State);
    }
}

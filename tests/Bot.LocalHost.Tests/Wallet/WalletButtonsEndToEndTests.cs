using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Wallet;

/// <summary>The wallet's old buttons go, through the emulator: the engine keeps the bot's message ids.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class WalletButtonsEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await WalletHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_paid_invoice_loses_its_pay_check_and_cancel_buttons()
    {
        const long user = 4101;
        var paymentId = await _host.CreateInvoiceAsync(user, 500);
        var invoice = (await _host.BotMessagesAsync(user)).Single(m => m.Text!.StartsWith("Счёт на 500 ₽ создан", StringComparison.Ordinal));
        Assert.Equal(["Оплатить", "Проверить оплату", "Отмена"], invoice.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));

        await _host.PayAsync(paymentId);
        await _host.PressAsync(user, "Проверить оплату");
        await _host.SettleAsync();

        var bot = await _host.BotMessagesAsync(user);
        var after = bot.Single(m => m.Id == invoice.Id);
        Assert.Empty(after.InlineKeyboard);
        Assert.True(after.Edited);
        Assert.Equal("Платёж на 500 ₽ прошёл успешно. Ваш баланс: 500 ₽.", bot[^1].Text);
        Assert.Equal(["Пополнить баланс"], bot[^1].InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
    }

    [Fact]
    public async Task Repeated_wrong_amounts_leave_one_live_cancel_button()
    {
        const long user = 4102;
        await _host.SendAsync(user, "/start");
        await _host.SettleAsync();
        await _host.PressAsync(user, "Пополнить баланс");
        await _host.SettleAsync();
        foreach (var text in new[] { "сто", "0", "-5" })
        {
            await _host.SendAsync(user, text);
            await _host.SettleAsync();
        }

        var bot = await _host.BotMessagesAsync(user);
        var withCancel = bot.Where(m => m.InlineKeyboard.SelectMany(r => r).Any(b => b.Text == "Отмена")).ToList();
        Assert.Equal(bot[^1].Id, Assert.Single(withCancel).Id);
        Assert.Equal(3, bot.Count(m => m.Edited && m.InlineKeyboard.Count == 0));
    }
}

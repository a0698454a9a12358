using Microsoft.Playwright;

namespace Bot.LocalHost.Tests.Support;

/// <summary>One headless Chromium (Debian's /usr/bin/chromium: Playwright's own download does not work on these
/// machines) for every browser test of the collection, launched by the first test that asks for a page and closed
/// with the collection; each test gets its own context (cookies, storage, downloads), so tests stay independent.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A new page in a new context of <paramref name="width"/>×<paramref name="height"/>, downloads accepted,
    /// 20 s timeouts, script errors collected.</summary>
    public async Task<BrowserPage> NewPageAsync(int width = 1200, int height = 800)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return new BrowserPage(context, page);
    }

    /// <summary>A page on <paramref name="host"/>'s admin console, signed in through the banner's link (the key in the fragment).</summary>
    public async Task<BrowserPage> ConsoleAsync(TestHost host, int width = 1200, int height = 800)
    {
        var console = await NewPageAsync(width, height);
        await console.Page.GotoAsync($"{host.Url}/api/console/#key={Uri.EscapeDataString(host.AdminKey)}");
        await Assertions.Expect(console.Page.Locator("#nav a[data-screen='users']")).ToBeVisibleAsync();
        return console;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _launch.Dispose();
    }

    private async Task<IBrowser> BrowserAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's browser with 'apt-get install -y chromium' to run the browser tests.");
        await _launch.WaitAsync();
        try
        {
            if (_browser is not { IsConnected: true })
            {
                Assertions.SetDefaultExpectTimeout(20_000);
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = Chromium,
                    Headless = true,
                    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                });
            }

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }
}

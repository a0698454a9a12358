using Microsoft.Playwright;

namespace Bot.LocalHost.Tests.Support;

/// <summary>A test's page in its own browser context (<see cref="BrowserFixture"/>): the script errors it logged, and
/// screenshots for the docs when CONSOLE_SCREENSHOTS names a folder (docs/).</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("CONSOLE_SCREENSHOTS");

    private readonly List<string> _errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        (Context, Page) = (context, page);
        page.PageError += (_, error) => _errors.Add(error);
        page.Console += (_, message) =>
        {
            // Script errors and CSP violations; refused API calls (expected in the tests) log "Failed to load resource".
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _errors.Add(message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    public void AssertNoPageErrors() => Assert.Empty(_errors);

    /// <summary>Saves the window as <paramref name="name"/> in CONSOLE_SCREENSHOTS' folder, once no notice covers it.</summary>
    public async Task ScreenshotAsync(string name)
    {
        if (!string.IsNullOrEmpty(ScreenshotFolder))
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await Assertions.Expect(Page.Locator("#toast")).ToBeHiddenAsync();
            await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name), FullPage = false });
        }
    }

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

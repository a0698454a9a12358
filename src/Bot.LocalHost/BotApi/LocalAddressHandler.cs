using Bot.LocalHost.Hosting;

namespace Bot.LocalHost.BotApi;

/// <summary>Emulator mode: sends the Telegram client's requests to this host's own address as it is when the
/// request is made. The client is built with a placeholder base URL, because it can be created (by a timer or
/// a queue worker) before the server listens on a port chosen at start-up (<c>--urls http://127.0.0.1:0</c>).</summary>
public sealed class LocalAddressHandler(LocalHostAddress address) : DelegatingHandler
{
    /// <summary>The base URL the emulator-mode client is built with; this handler replaces its authority.</summary>
    public const string Placeholder = "http://local-host.invalid";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && string.Equals(uri.Host, new Uri(Placeholder).Host, StringComparison.OrdinalIgnoreCase))
        {
            var local = new Uri(address.Url);
            request.RequestUri = new UriBuilder(uri) { Scheme = local.Scheme, Host = local.Host, Port = local.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Bot.LocalHost.Hosting;

/// <summary>This host's own base URL (e.g. http://localhost:7071), known once Kestrel listens, so that a
/// port chosen by the OS (<c>--urls http://127.0.0.1:0</c>) works too.</summary>
public sealed class LocalHostAddress(IServer server)
{
    /// <summary>The first HTTP address the server listens on, with a wildcard host shown as localhost.</summary>
    public string Url => TryGetUrl() ?? throw new InvalidOperationException("The server is not listening yet, so its address is unknown.");

    /// <summary>The address, or null before the server listens (until then the feature may hold the configured
    /// <c>--urls</c>, whose port 0 is not a port yet).</summary>
    public string? TryGetUrl()
    {
        var addresses = (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Where(a => !a.EndsWith(":0", StringComparison.Ordinal) && !a.EndsWith(":0/", StringComparison.Ordinal)).ToList();
        var first = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        return first is null ? null : Normalize(first);
    }

    public static string Normalize(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}

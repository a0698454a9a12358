using System.Net;
using System.Text;

namespace Bot.Features.Tests.Wallet;

/// <summary>Answers HTTP calls from a script and records what was sent.</summary>
internal sealed class FakeHandler(Func<HttpRequestMessage, int, (HttpStatusCode Status, string Body)> answer) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string? Body)> Calls { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Calls.Add((request, body));
        var (status, text) = answer(request, Calls.Count);
        return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
    }
}

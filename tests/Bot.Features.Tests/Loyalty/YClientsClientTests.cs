using System.Net;
using Bot.Features.Loyalty;
using Bot.Features.Loyalty.YClients;
using Bot.Features.Tests.Wallet;
using Bot.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Features.Tests.Loyalty;

/// <summary>The YCLIENTS client against scripted answers in the format of YCLIENTS' API reference.</summary>
public sealed class YClientsClientTests
{
    private static (IYClientsClient Client, YClientsRateLimiter Limiter) Create(FakeHandler handler, TimeProvider? time = null, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Loyalty:YClients:BaseUrl"] = "http://yclients.test/api/v1/",
            ["Loyalty:YClients:CompanyId"] = "4564",
            ["Loyalty:YClients:PartnerToken"] = "partner-1",
            ["Loyalty:YClients:UserToken"] = "user-1",
            ["Loyalty:YClients:PageSize"] = "2",
            ["Loyalty:YClients:RetryDelayMilliseconds"] = "1",
            ["Loyalty:YClients:RequestsPerSecond"] = "1000",
        }.Concat(settings ?? []).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddLoyalty(configuration);
        services.AddHttpClient(YClientsClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IYClientsClient>(), provider.GetRequiredService<YClientsRateLimiter>());
    }

    [Fact]
    public async Task GetRecordsPage_SendsYClientsHeadersPagingAndChangedAfter()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.OK, YClientsFixtures.RecordsList));
        var (client, _) = Create(handler);
        var changedAfter = new DateTimeOffset(2017, 1, 16, 16, 10, 5, TimeSpan.FromHours(9));

        var page = await client.GetRecordsPageAsync(new YClientsRecordQuery(changedAfter), 3, CancellationToken.None);

        var (request, _) = Assert.Single(handler.Calls);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("http://yclients.test/api/v1/records/4564?page=3&count=2&changed_after=2017-01-16T16%3A10%3A05", request.RequestUri!.AbsoluteUri);
        Assert.Equal("Bearer partner-1, User user-1", string.Join(",", request.Headers.GetValues("Authorization")));
        Assert.Equal("application/vnd.yclients.v2+json", Assert.Single(request.Headers.Accept).MediaType);
        Assert.Equal(2, page.Records.Count);
    }

    [Fact]
    public async Task GetRecords_ReadsPagesUntilTotalCountIsCovered()
    {
        var handler = new FakeHandler((request, _) =>
        {
            var page = int.Parse(System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["page"]!, System.Globalization.CultureInfo.InvariantCulture);
            return (HttpStatusCode.OK, page switch
            {
                1 => YClientsFixtures.Page(1, 5, 1, 2),
                2 => YClientsFixtures.Page(2, 5, 3, 4),
                3 => YClientsFixtures.Page(3, 5, 5),
                _ => YClientsFixtures.Page(page, 5),
            });
        });
        var (client, _) = Create(handler);

        var ids = new List<long>();
        await foreach (var page in client.GetRecordsAsync(new YClientsRecordQuery(), CancellationToken.None))
        {
            ids.AddRange(page.Records.Select(r => r.Id));
        }

        Assert.Equal([1, 2, 3, 4, 5], ids);
        Assert.Equal(3, handler.Calls.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, YClientsFixtures.UnauthorizedError, "Необходима авторизация")]
    [InlineData(HttpStatusCode.Forbidden, YClientsFixtures.LegacyError, "Нет прав на управление компанией")]
    [InlineData((HttpStatusCode)422, YClientsFixtures.ValidationError, "changed_after: Неверный формат даты")]
    public async Task ErrorAnswers_ThrowYClientsException_WithItsMessage_WithoutRetrying(HttpStatusCode status, string body, string message)
    {
        var handler = new FakeHandler((_, _) => (status, body));
        var (client, _) = Create(handler);

        var ex = await Assert.ThrowsAsync<YClientsException>(() => client.GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None));

        Assert.Equal((int)status, ex.StatusCode);
        Assert.Contains(message, ex.YClientsMessage, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, ex.IsAuthorizationError);
        Assert.Single(handler.Calls);
    }

    [Fact]
    public async Task SuccessFalse_WithStatus200_Throws()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.OK, YClientsFixtures.UnauthorizedError));
        var (client, _) = Create(handler);

        var ex = await Assert.ThrowsAsync<YClientsException>(() => client.GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None));

        Assert.Equal("Необходима авторизация", ex.YClientsMessage);
    }

    [Fact]
    public async Task ServerErrors_AreRetried_ThenSucceed()
    {
        var handler = new FakeHandler((_, n) => n == 1 ? (HttpStatusCode.BadGateway, "<html>bad gateway</html>") : (HttpStatusCode.OK, YClientsFixtures.RecordsList));
        var (client, _) = Create(handler);

        var page = await client.GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None);

        Assert.Equal(2, handler.Calls.Count);
        Assert.Equal(2, page.Records.Count);
    }

    [Fact]
    public async Task MissingSettings_AreAClearError_NoCallMade()
    {
        var handler = new FakeHandler((_, _) => (HttpStatusCode.OK, YClientsFixtures.RecordsList));
        var (client, _) = Create(handler, settings: new() { ["Loyalty:YClients:CompanyId"] = "" });

        var ex = await Assert.ThrowsAsync<YClientsException>(() => client.GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None));

        Assert.Contains("CompanyId", ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task RequestsAreSpacedByTheRate_NoOneSecondWindowHoldsMoreThanRequestsPerSecond()
    {
        var time = new ParkingClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var sent = new List<DateTimeOffset>();
        var handler = new FakeHandler((_, _) =>
        {
            lock (sent)
            {
                sent.Add(time.GetUtcNow());
            }

            return (HttpStatusCode.OK, YClientsFixtures.Page(1, 1, 1));
        });
        var (client, limiter) = Create(handler, time, new() { ["Loyalty:YClients:RequestsPerSecond"] = "4" });
        const int Requests = 10;

        var calls = Enumerable.Range(0, Requests).Select(_ => client.GetRecordsPageAsync(new YClientsRecordQuery(), 1, CancellationToken.None)).ToList();

        // The clock moves only while the next request is parked on its pacing timer, so no move is lost to a
        // waiter that starts its delay late (which made this test fail once on a loaded machine).
        await WaitUntilAsync(() => Sent(sent) == 1 && time.ShortTimers == 1);
        for (var i = 1; i < Requests; i++)
        {
            // Nothing more goes out until the clock moves a full interval.
            time.Advance(limiter.Interval - TimeSpan.FromMilliseconds(1));
            await Task.Yield();
            Assert.Equal(i, Sent(sent));
            time.Advance(TimeSpan.FromMilliseconds(1));
            var next = i + 1;
            await WaitUntilAsync(() => Sent(sent) == next && (next == Requests || time.ShortTimers == next));
        }

        await Task.WhenAll(calls);
        Assert.Equal(TimeSpan.FromMilliseconds(250), limiter.Interval);
        Assert.Equal(Requests, limiter.Requests);
        var ordered = sent.Order().ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.True(ordered[i] - ordered[i - 1] >= limiter.Interval, $"requests {i - 1} and {i} were {(ordered[i] - ordered[i - 1]).TotalMilliseconds} ms apart");
        }

        foreach (var start in ordered)
        {
            Assert.True(ordered.Count(t => t >= start && t < start + TimeSpan.FromSeconds(1)) <= 4);
        }
    }

    private static int Sent(List<DateTimeOffset> sent)
    {
        lock (sent)
        {
            return sent.Count;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}

using System.Text.Json;
using Bot.Features.Broadcasts;

namespace Bot.Features.Tests.Broadcasts;

public sealed class BroadcastRequestParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Flows = ["menu", "wallet", "rewards"];

    private static (BroadcastRequest? Request, string? Error) Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return BroadcastRequestParser.Parse(doc.RootElement, Now, Flows);
    }

    private static string Refused(string json)
    {
        var (request, error) = Parse(json);
        Assert.Null(request);
        return Assert.IsType<string>(error);
    }

    [Fact]
    public void AFullRequest_IsTakenAsWritten()
    {
        var (request, error) = Parse("""
            {"text":"<b>Скидка</b> 10% & больше","photo":"https://example.org/p.jpg",
             "buttons":[[{"text":"Сайт","url":"https://example.org"},{"text":"Бот","url":"tg://resolve?domain=x"}]],
             "sendAt":"2026-12-24T09:00:00+03:00","segment":"flow:wallet"}
            """);

        Assert.Null(error);
        Assert.NotNull(request);
        Assert.Equal("<b>Скидка</b> 10% & больше", request.Content.Text);
        Assert.Equal("https://example.org/p.jpg", request.Content.Photo);
        Assert.Equal(2, Assert.Single(request.Content.Buttons).Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 6, 0, 0, TimeSpan.Zero), request.SendAt);
        Assert.Equal("flow:wallet", request.Segment.ToString());
    }

    [Fact]
    public void AMinimalRequest_IsForEveryoneAtOnce()
    {
        var (request, _) = Parse("""{"text":"hi"}""");

        Assert.NotNull(request);
        Assert.Null(request.SendAt);
        Assert.Equal(BroadcastSegment.Everyone, request.Segment);
        Assert.Empty(request.Content.Buttons);
        Assert.Null(request.Content.Photo);
    }

    [Fact]
    public void AFlatButtonList_IsOneButtonARow()
    {
        var (request, _) = Parse("""{"text":"hi","buttons":[{"text":"A","url":"https://a.example"},{"text":"B","url":"https://b.example"}]}""");

        Assert.Equal([1, 1], request!.Content.Buttons.Select(r => r.Count));
    }

    [Fact]
    public void APhotoByFileId_MayGoWithoutACaption()
    {
        var (request, error) = Parse("""{"photo":"AgACAgIAAxkBAAIBZ2V4bW9ja19maWxlX2lk"}""");

        Assert.Null(error);
        Assert.Equal("AgACAgIAAxkBAAIBZ2V4bW9ja19maWxlX2lk", request!.Content.Photo);
    }

    [Fact]
    public void TheLimitsCountVisibleCharacters_4096ForText_1024ForACaption()
    {
        var tagged = "<b>" + new string('x', 4096) + "</b>";
        Assert.NotNull(Parse(JsonSerializer.Serialize(new { text = tagged })).Request);
        Assert.Contains("4097 characters; Telegram allows 4096", Refused(JsonSerializer.Serialize(new { text = new string('x', 4097) })), StringComparison.Ordinal);
        Assert.Contains("caption may have 1024",
            Refused(JsonSerializer.Serialize(new { text = new string('x', 1025), photo = "https://example.org/p.jpg" })), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[]""", "JSON object")]
    [InlineData("""{"text":""}""", "text is empty")]
    [InlineData("""{"text":"   "}""", "text is empty")]
    [InlineData("""{"text":"<b></b>"}""", "empty once its tags are removed")]
    [InlineData("""{"text":42}""", "text must be a string")]
    [InlineData("""{"text":"<p>x</p>"}""", "<p> is not a tag Telegram allows")]
    [InlineData("""{"text":"hi","sendAt":"2026-12-01T11:58:00Z"}""", "sendAt 2026-12-01 11:58:00Z is in the past")]
    [InlineData("""{"text":"hi","sendAt":"tomorrow"}""", "sendAt must be an ISO 8601")]
    [InlineData("""{"text":"hi","sendAt":"2026-12-24"}""", "sendAt must be an ISO 8601")]
    [InlineData("""{"text":"hi","segment":"vip"}""", "unknown segment 'vip'")]
    [InlineData("""{"text":"hi","segment":"flow:coaching"}""", "unknown flow 'coaching'")]
    [InlineData("""{"text":"hi","segment":"role:king"}""", "unknown role 'king'")]
    [InlineData("""{"text":"hi","segment":"locale:de"}""", "unknown locale 'de'")]
    [InlineData("""{"text":"hi","buttons":"Site"}""", "buttons must be an array")]
    [InlineData("""{"text":"hi","buttons":[[]]}""", "buttons[0] is an empty row")]
    [InlineData("""{"text":"hi","buttons":[[{"text":"A"}]]}""", "buttons[0][0].url is required")]
    [InlineData("""{"text":"hi","buttons":[[{"url":"https://a.b"}]]}""", "buttons[0][0].text is required")]
    [InlineData("""{"text":"hi","buttons":[{"text":"A","url":"ftp://a.b"}]}""", "buttons[0].url must be an absolute http, https or tg link")]
    [InlineData("""{"text":"hi","buttons":[["Site"]]}""", "buttons[0][0] must be an object")]
    [InlineData("""{"text":"hi","photo":"not a photo"}""", "photo must be an http(s) URL or a Telegram file_id")]
    public void BadInput_IsRefused_NamingTheProblem(string json, string reason) =>
        Assert.Contains(reason, Refused(json), StringComparison.Ordinal);

    [Fact]
    public void ASendAtUpToAMinuteLate_IsAccepted()
    {
        var (request, _) = Parse("""{"text":"hi","sendAt":"2026-12-01T11:59:30Z"}""");

        Assert.Equal(Now.AddSeconds(-30), request!.SendAt);
    }

    [Fact]
    public void NineButtonsInARow_AreTooMany()
    {
        var row = string.Join(',', Enumerable.Range(0, 9).Select(i => $$"""{"text":"{{i}}","url":"https://a.example"}"""));
        Assert.Contains("a row may have 8", Refused($$"""{"text":"hi","buttons":[[{{row}}]]}"""), StringComparison.Ordinal);
    }
}

using Bot.Features.Broadcasts;

namespace Bot.Features.Tests.Broadcasts;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("plain text", 10)]
    [InlineData("<b>bold</b> and <i>italic</i>", 15)]
    [InlineData("<strong>s</strong><em>e</em><u>u</u><ins>i</ins><s>s</s><strike>k</strike><del>d</del>", 7)]
    [InlineData("<span class=\"tg-spoiler\">secret</span> <tg-spoiler>x</tg-spoiler>", 8)]
    [InlineData("<a href=\"https://example.org/?a=1&amp;b=2\">site</a>", 4)]
    [InlineData("<a href='tg://user?id=42'>me</a>", 2)]
    [InlineData("<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>", 2)]
    [InlineData("<code>x &lt; y</code>", 5)]
    [InlineData("<pre><code class=\"language-csharp\">var x = 1;</code></pre>", 10)]
    [InlineData("<blockquote expandable>quote</blockquote>", 5)]
    [InlineData("<b>bold <i>both</i></b>", 9)]
    [InlineData("5 &gt; 3 &amp; 2 &quot;q&quot; &#169; &#x2764;", 17)]
    [InlineData("AT&T stays as typed", 19)]
    [InlineData("<B>upper case tags</B>", 15)]
    public void TagsAndEntitiesTelegramKnows_AreAccepted_AndOnlyVisibleTextIsCounted(string text, int visible)
    {
        var (length, error) = TelegramHtml.Check(text);

        Assert.Null(error);
        Assert.Equal(visible, length);
    }

    [Theory]
    [InlineData("<b>not closed", "<b> is not closed")]
    [InlineData("<b><i>x</b></i>", "</b> closes <i>")]
    [InlineData("x</b>", "</b> closes no open tag")]
    [InlineData("<div>block</div>", "<div> is not a tag Telegram allows")]
    [InlineData("<br/>", "<br> is not a tag Telegram allows")]
    [InlineData("1 < 2", "'<' starts no tag")]
    [InlineData("a <3 b", "no closing '>'")]
    [InlineData("<a>no link</a>", "<a> needs href")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "absolute http, https, tg or mailto link")]
    [InlineData("<a href=\"https://a.b\" target=\"_blank\">x</a>", "<a> needs href")]
    [InlineData("<span>x</span>", "<span class=\"tg-spoiler\">")]
    [InlineData("<b class=\"x\">x</b>", "<b> takes no attributes")]
    [InlineData("<code><b>x</b></code>", "no formatting in code")]
    [InlineData("<a href=\"https://a.b\"><a href=\"https://c.d\">x</a></a>", "<a> inside another <a>")]
    [InlineData("<tg-emoji>x</tg-emoji>", "emoji-id")]
    [InlineData("<a href=\"https://a.b>x</a>", "no closing quote")]
    public void MalformedOrUnknownTags_AreRefused_WithTheReason(string text, string reason)
    {
        var (_, error) = TelegramHtml.Check(text);

        Assert.NotNull(error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.StartsWith("text: ", error, StringComparison.Ordinal);
    }
}

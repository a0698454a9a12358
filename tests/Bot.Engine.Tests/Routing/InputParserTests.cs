using System.Text.Json;
using Bot.Engine.Inbox;
using Bot.Engine.Routing;

namespace Bot.Engine.Tests.Routing;

public sealed class InputParserTests
{
    private static Input Parse(string updateJson)
    {
        var json = JsonDocument.Parse(updateJson).RootElement.Clone();
        return InputParser.Parse(InboxEnvelope.ForUpdate(7, json.GetProperty("update_id").GetInt64(), json));
    }

    private static string J(string template, string? status = null) =>
        template.Replace("@Chat@", Chat, StringComparison.Ordinal).Replace("@From@", From, StringComparison.Ordinal)
            .Replace("@bot@", Bot, StringComparison.Ordinal).Replace("@status@", status ?? "", StringComparison.Ordinal);

    private const string Bot = "{\"id\":1,\"is_bot\":true,\"first_name\":\"Bot\"}";
    private const string From = "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Anna\",\"username\":\"anna\",\"language_code\":\"en\"}";
    private const string Chat = "\"chat\":{\"id\":7,\"type\":\"private\"}";

    [Fact]
    public void CommandWithBotNameAndArguments()
    {
        var input = Parse(J("""{"update_id":1,"message":{"message_id":1,"date":1,@Chat@,@From@,"text":"/Start@my_bot  ref-42 "}}"""));
        Assert.Equal(InputKind.Command, input.Kind);
        Assert.Equal("/start", input.CommandName);
        Assert.Equal("ref-42", input.Text);
        Assert.Equal("Anna", input.FirstName);
        Assert.Equal("en", input.LanguageCode);
        Assert.Equal("u:1", input.Key);
    }

    [Fact]
    public void CallbackCarriesDataQueryIdAndMessage()
    {
        var input = Parse(J("""{"update_id":2,"callback_query":{"id":"cq1",@From@,"chat_instance":"x","data":"wallet:topup","message":{"message_id":55,"date":1,@Chat@,"text":"hi"}}}"""));
        Assert.Equal(InputKind.Callback, input.Kind);
        Assert.Equal("wallet:topup", input.CallbackData);
        Assert.Equal("cq1", input.CallbackQueryId);
        Assert.Equal(55, input.MessageId);
    }

    [Fact]
    public void ContactIsItsOwnKind()
    {
        var input = Parse(J("""{"update_id":3,"message":{"message_id":1,"date":1,@Chat@,@From@,"contact":{"phone_number":"+79991234567","first_name":"Anna","user_id":7}}}"""));
        Assert.Equal(InputKind.Contact, input.Kind);
        Assert.Equal("+79991234567", input.ContactPhone);
        Assert.Equal(7, input.ContactUserId);
    }

    [Theory]
    [InlineData("kicked", true)]
    [InlineData("member", false)]
    public void MyChatMemberTellsWhetherTheUserBlockedTheBot(string status, bool kicked)
    {
        var input = Parse(J("""{"update_id":4,"my_chat_member":{@Chat@,@From@,"date":1,"old_chat_member":{"status":"member","user":@bot@},"new_chat_member":{"status":"@status@","user":@bot@,"until_date":0}}}""", status));
        Assert.Equal(InputKind.Membership, input.Kind);
        Assert.Equal(kicked, input.Kicked);
    }

    [Fact]
    public void StickerIsOther() =>
        Assert.Equal(InputKind.Other, Parse(J("""{"update_id":5,"message":{"message_id":1,"date":1,@Chat@,@From@,"sticker":{"file_id":"f","file_unique_id":"u","type":"regular","width":1,"height":1,"is_animated":false,"is_video":false}}}""")).Kind);

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"u\":0,\"cmd\":{\"n\":\"x\",\"k\":\"y\"}}")]
    [InlineData("{\"u\":5}")]
    [InlineData("{\"u\":5,\"upd\":{\"update_id\":1}}")]
    public void UnreadableEnvelopesAreRefused(string text) =>
        Assert.Throws<InvalidInboxMessageException>(() => InboxEnvelope.Parse(text));

    [Fact]
    public void Photo_CarriesTheLargestSizesFileIdAndTheCaption()
    {
        var input = Parse(J("""{"update_id":11,"message":{"message_id":3,"date":1,@Chat@,@From@,"caption":"my walk","photo":[{"file_id":"small","file_unique_id":"s","width":90,"height":67,"file_size":1000},{"file_id":"large","file_unique_id":"l","width":1280,"height":960,"file_size":90000},{"file_id":"medium","file_unique_id":"m","width":320,"height":240,"file_size":9000}]}}"""));

        Assert.Equal(InputKind.Photo, input.Kind);
        Assert.Equal("large", input.FileId);
        Assert.Equal("large", input.PhotoFileId);
        Assert.Equal("l", input.FileUniqueId);
        Assert.Equal(90000, input.FileSize);
        Assert.Equal("my walk", input.Text);
        Assert.Equal("Anna", input.FirstName);
    }

    [Fact]
    public void Photo_WithNoSizes_IsAnOtherInputNamingWhy()
    {
        var input = Parse(J("""{"update_id":12,"message":{"message_id":4,"date":1,@Chat@,@From@,"caption":"x","photo":[]}}"""));

        Assert.Equal(InputKind.Other, input.Kind);
        Assert.Null(input.FileId);
        Assert.Contains("no photo sizes", input.Malformed, StringComparison.Ordinal);
        Assert.Equal("u:12", input.Key);
    }

    [Fact]
    public void Document_CarriesFileIdNameMimeTypeAndCaption()
    {
        var input = Parse(J("""{"update_id":13,"message":{"message_id":5,"date":1,@Chat@,@From@,"caption":"report","document":{"file_id":"BQACdoc","file_unique_id":"d1","file_name":"report.pdf","mime_type":"application/pdf","file_size":2048}}}"""));

        Assert.Equal(InputKind.Document, input.Kind);
        Assert.Equal("BQACdoc", input.FileId);
        Assert.Equal("d1", input.FileUniqueId);
        Assert.Equal("report.pdf", input.FileName);
        Assert.Equal("application/pdf", input.MimeType);
        Assert.Equal(2048, input.FileSize);
        Assert.Equal("report", input.Text);
        Assert.Null(input.PhotoFileId);
    }
}

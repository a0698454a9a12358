using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bot.LocalHost.Tests.Support;

namespace Bot.LocalHost.Tests.Helpdesk;

/// <summary>A photo order through the emulator: the client's photo (with or without a caption) becomes the order,
/// the contractors' notices carry the same photo (by its file id), the record keeps the file id; a document or a
/// sticker where the description is expected gets a clear answer.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class HelpdeskPhotoOrderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const long Client = 821;
    private const long Ivan = 822;
    private const long Petr = 823;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HelpdeskHost.StartAsync(azurite.ConnectionString);
        await _host.UsersAsync((HelpdeskHost.Owner, "Olga"), (Client, "Anna"), (Ivan, "Ivan"), (Petr, "Petr"));
        await _host.TariffAsync("photo", orders: 5, reaction: 60, resolution: 240, assignedOnly: false);
        await _host.GrantAsync(Ivan, "contractor");
        await _host.GrantAsync(Petr, "contractor");
        await _host.GrantAsync(Client, "client", "photo");
        await _host.SettleAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_photo_with_a_caption_becomes_an_order_whose_notices_carry_the_photo_and_the_record_keeps_its_file_id()
    {
        var image = TestPng.Create();
        await _host.SendAsync(Client, "/new_order");
        await _host.SettleAsync();
        (await _host.Http.PostAsJsonAsync($"/emulator/users/{Client}/photos", new { caption = "Сломан монитор", base64 = Convert.ToBase64String(image) })).EnsureSuccessStatusCode();
        await _host.SettleAsync();
        var created = (await _host.TextsAsync(Client))[^1];
        Assert.StartsWith("Заказ #", created, StringComparison.Ordinal);
        Assert.EndsWith("Осталось заказов в этом периоде: 4 из 5.", created, StringComparison.Ordinal);
        var order = created.Substring("Заказ #".Length, Bot.Features.Helpdesk.OrderIds.Length);
        var clientPhoto = (await RawChatAsync(Client)).Last(m => m!["from"]!.GetValue<string>() == "user" && m["kind"]!.GetValue<string>() == "photo")!;
        var fileUrl = clientPhoto["fileUrl"]!.GetValue<string>();
        var fileId = Uri.UnescapeDataString(fileUrl["/emulator/files/".Length..]);

        // Each contractor's notice is the client's photo itself (sent again by its file id), the order in the caption.
        foreach (var contractor in new[] { Ivan, Petr })
        {
            var notice = await _host.WaitForAsync(contractor, t => t.StartsWith($"Новый заказ #{order} от Anna:\nСломан монитор", StringComparison.Ordinal));
            var entry = (await RawChatAsync(contractor)).Single(m => m!["id"]!.GetValue<long>() == notice.Id)!;
            Assert.Equal("photo", entry["kind"]!.GetValue<string>());
            Assert.Equal(fileUrl, entry["fileUrl"]!.GetValue<string>());
            Assert.Equal(image, await _host.Http.GetByteArrayAsync(entry["fileUrl"]!.GetValue<string>()));
            Assert.Equal(["Взять"], notice.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
        }

        // The record keeps the file id.
        var exported = (await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/helpdesk/orders?format=json")).AsArray()
            .Single(o => o!["orderId"]!.GetValue<string>() == order)!;
        Assert.Equal(fileId, exported["photoFileId"]!.GetValue<string>());
        Assert.Equal("Сломан монитор", exported["description"]!.GetValue<string>());

        // Taking a photo order: the winner gets the order with «Готово»; every photo notice loses «Взять».
        await _host.PressAsync(Ivan, "Взять");
        await _host.SettleAsync();
        var took = (await _host.BotMessagesAsync(Ivan))[^1];
        Assert.StartsWith($"Вы взяли заказ #{order}:\nСломан монитор", took.Text, StringComparison.Ordinal);
        Assert.Equal(["Готово"], took.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
        await WaitUntilAsync(async () => (await _host.BotMessagesAsync(Petr)).All(m => m.InlineKeyboard.Count == 0));

        // The other contractor's photo notice keeps the photo; its caption now says who took the order.
        var copy = await _host.WaitForAsync(Petr, t => t == $"Заказ #{order} взял в работу Ivan.");
        Assert.Equal("photo", (await RawChatAsync(Petr)).Single(m => m!["id"]!.GetValue<long>() == copy.Id)!["kind"]!.GetValue<string>());
        Assert.Empty((await _host.BotMessagesAsync(Ivan)).Single(m => m.Text?.StartsWith($"Новый заказ #{order}", StringComparison.Ordinal) == true).InlineKeyboard);
        Assert.Contains($"Ваш заказ #{order} взял в работу Ivan.", await _host.TextsAsync(Client));
    }

    [Fact]
    public async Task A_photo_without_a_caption_is_an_order_too()
    {
        await _host.SendAsync(Client, "/new_order");
        await _host.SettleAsync();
        (await _host.Http.PostAsJsonAsync($"/emulator/users/{Client}/photos", new { base64 = Convert.ToBase64String(TestPng.Create()) })).EnsureSuccessStatusCode();
        await _host.SettleAsync();

        var created = (await _host.TextsAsync(Client))[^1];
        Assert.StartsWith("Заказ #", created, StringComparison.Ordinal);
        var order = created.Substring("Заказ #".Length, Bot.Features.Helpdesk.OrderIds.Length);
        var notice = await _host.WaitForAsync(Ivan, t => t.StartsWith($"Новый заказ #{order}", StringComparison.Ordinal));
        Assert.StartsWith($"Новый заказ #{order} от Anna:\n(фото без подписи)\n", notice.Text, StringComparison.Ordinal);
        var exported = (await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/helpdesk/orders?format=json")).AsArray()
            .Single(o => o!["orderId"]!.GetValue<string>() == order)!;
        Assert.False(string.IsNullOrEmpty(exported["photoFileId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_document_or_a_sticker_instead_of_the_description_is_answered_and_creates_nothing()
    {
        await _host.SendAsync(Client, "/new_order");
        await _host.SettleAsync();

        await RawMessageAsync(Client, """
            "document":{"file_id":"BQACdoc1","file_unique_id":"udoc1","file_name":"screen.pdf","mime_type":"application/pdf","file_size":1200}
            """);
        Assert.Equal(
            "Файлы не принимаются. Пришлите описание текстом или фото (как фото, не файлом), или нажмите «Отмена».",
            (await _host.TextsAsync(Client))[^1]);

        await RawMessageAsync(Client, """
            "sticker":{"file_id":"CAACst1","file_unique_id":"ust1","type":"regular","width":512,"height":512,"is_animated":false,"is_video":false}
            """);
        Assert.Equal(
            "Пришлите описание проблемы текстом или фото с подписью, или нажмите «Отмена».",
            (await _host.TextsAsync(Client))[^1]);

        // Still waiting for the description: a text now creates the order, the first of the period.
        await _host.SendAsync(Client, "Не включается ноутбук");
        await _host.SettleAsync();
        Assert.EndsWith("Осталось заказов в этом периоде: 4 из 5.", (await _host.TextsAsync(Client))[^1], StringComparison.Ordinal);
        var orders = (await _host.AdminJsonAsync(HttpMethod.Get, "/api/admin/helpdesk/orders?format=json")).AsArray();
        Assert.Single(orders, o => o!["clientId"]!.GetValue<long>() == Client);
    }

    private async Task<JsonArray> RawChatAsync(long userId) =>
        (JsonArray)JsonNode.Parse(await _host.Http.GetStringAsync($"/emulator/users/{userId}/chat"))!;

    /// <summary>A message the emulator's person API does not make (a document, a sticker), as a raw update.</summary>
    private async Task RawMessageAsync(long userId, string content)
    {
        var update = $$$"""
            {"message":{"message_id":{{{Random.Shared.Next(1000, 1_000_000)}}},"date":1767225600,
             "chat":{"id":{{{userId}}},"type":"private","first_name":"Anna"},
             "from":{"id":{{{userId}}},"is_bot":false,"first_name":"Anna","language_code":"ru"},
             {{{content}}}}}
            """;
        using var body = new StringContent(update, Encoding.UTF8, "application/json");
        (await _host.Http.PostAsync("/emulator/updates", body)).EnsureSuccessStatusCode();
        await _host.SettleAsync();
    }

    /// <summary>Settles until the condition holds (edits of other chats' copies arrive a moment after the take); fails after 20 s.</summary>
    private async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not hold within 20 s");
            await Task.Delay(200);
            await _host.SettleAsync();
        }
    }
}

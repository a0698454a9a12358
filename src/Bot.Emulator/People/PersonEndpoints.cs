using System.Text.Json.Nodes;
using Bot.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Emulator.People;

/// <summary>The person's side: <c>/emulator/users/...</c> and <c>POST /emulator/updates</c>.</summary>
internal static class PersonEndpoints
{
    public static void Map(IEndpointRouteBuilder emulator)
    {
        emulator.MapGet("/users", (PersonActions people) => Results.Json(people.Users()));

        emulator.MapPost("/users", async (HttpRequest request, PersonActions people) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            var userId = EmulatorJson.Long(body, "userId") ?? throw EmulatorRequestException.BadRequest("userId is required");
            if (userId <= 0)
            {
                throw EmulatorRequestException.BadRequest("userId must be a positive number");
            }

            return Results.Json(people.Upsert(userId, Profile(body)));
        });

        emulator.MapPost("/users/{userId}/messages", async (string userId, HttpRequest request, PersonActions people) =>
        {
            var id = EmulatorJson.ParseId(userId, "userId");
            var body = await EmulatorJson.ReadObjectAsync(request);
            var text = EmulatorJson.RequireString(body, "text");
            return UpdateId(people.SendText(id, text, Profile(body)));
        });

        emulator.MapPost("/users/{userId}/photos", async (string userId, HttpRequest request, PersonActions people) =>
        {
            var id = EmulatorJson.ParseId(userId, "userId");
            var body = await EmulatorJson.ReadObjectAsync(request);
            var image = EmulatorJson.String(body, "base64") is { Length: > 0 } base64 ? DecodeImage(base64) : null;
            return UpdateId(people.SendPhoto(id, EmulatorJson.String(body, "caption"), image, Profile(body)));
        });

        emulator.MapGet("/files/{fileId}", (string fileId, FileStorage files) => files.Find(fileId) switch
        {
            { Content: { } content } file => Results.File(content, file.ContentType),
            { Url: { } url } => Results.Redirect(url),
            _ => throw EmulatorRequestException.NotFound($"no file with id '{fileId}' has content in the emulator"),
        });

        emulator.MapPost("/users/{userId}/callbacks", async (string userId, HttpRequest request, PersonActions people) =>
        {
            var id = EmulatorJson.ParseId(userId, "userId");
            var body = await EmulatorJson.ReadObjectAsync(request);
            if (EmulatorJson.String(body, "button") is { Length: > 0 } button)
            {
                return UpdateId(people.PressButton(id, button));
            }

            var messageId = EmulatorJson.Long(body, "messageId")
                ?? throw EmulatorRequestException.BadRequest("give either button (the button's text) or messageId and data");
            var data = EmulatorJson.RequireString(body, "data");
            return UpdateId(people.PressData(id, messageId, data));
        });

        emulator.MapPost("/users/{userId}/contact", async (string userId, HttpRequest request, PersonActions people) =>
        {
            var id = EmulatorJson.ParseId(userId, "userId");
            var body = await EmulatorJson.ReadObjectAsync(request);
            return UpdateId(people.ShareContact(id, EmulatorJson.RequireString(body, "phone"), Profile(body), EmulatorJson.Long(body, "userId")));
        });

        emulator.MapPost("/users/{userId}/block", (string userId, PersonActions people) =>
            UpdateId(people.SetBlocked(EmulatorJson.ParseId(userId, "userId"), blocked: true)));

        emulator.MapPost("/users/{userId}/unblock", (string userId, PersonActions people) =>
            UpdateId(people.SetBlocked(EmulatorJson.ParseId(userId, "userId"), blocked: false)));

        emulator.MapGet("/users/{userId}/chat", (string userId, PersonActions people) =>
            Results.Json(people.Transcript(EmulatorJson.ParseId(userId, "userId"))));

        emulator.MapPost("/updates", async (HttpRequest request, UpdateHub hub) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            if (body.Count == 0 || body.Count == 1 && body.ContainsKey("update_id"))
            {
                throw EmulatorRequestException.BadRequest("the update has no content (e.g. a \"message\" object)");
            }

            if (body["update_id"] is { } given)
            {
                body["update_id"] = EmulatorJson.Long(body, "update_id") is > 0 and var id
                    ? id
                    : throw EmulatorRequestException.BadRequest($"update_id must be a positive number, not {given.ToJsonString()}");
            }

            var (updateId, queued) = hub.Enqueue(body);
            return Results.Json(new { updateId, queued });
        });
    }

    /// <summary>Plain Base64, or a data URL ("data:image/png;base64,...") as a browser's file reader gives.</summary>
    private static byte[] DecodeImage(string base64)
    {
        var comma = base64.StartsWith("data:", StringComparison.Ordinal) ? base64.IndexOf(',', StringComparison.Ordinal) : -1;
        try
        {
            return Convert.FromBase64String(comma >= 0 ? base64[(comma + 1)..] : base64);
        }
        catch (FormatException)
        {
            throw EmulatorRequestException.BadRequest("base64 is not valid Base64");
        }
    }

    private static UserProfile Profile(JsonObject body) => new(
        EmulatorJson.String(body, "firstName"),
        EmulatorJson.String(body, "languageCode"),
        EmulatorJson.String(body, "username"));

    private static IResult UpdateId(long updateId) => Results.Json(new { updateId });
}

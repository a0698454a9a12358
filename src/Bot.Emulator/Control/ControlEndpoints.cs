using System.Globalization;
using Bot.Emulator.BotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Emulator.Control;

/// <summary>Test and script controls: the clock, settling, flood limits and the call log.</summary>
internal static class ControlEndpoints
{
    private const double MaxSettleSeconds = 600;

    public static void Map(IEndpointRouteBuilder emulator)
    {
        emulator.MapPost("/clock/advance", async (HttpRequest request, VirtualClock clock) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            var hours = EmulatorJson.Number(body, "hours");
            var minutes = EmulatorJson.Number(body, "minutes");
            var seconds = EmulatorJson.Number(body, "seconds");
            if (hours is null && minutes is null && seconds is null)
            {
                throw EmulatorRequestException.BadRequest("give hours, minutes or seconds");
            }

            var by = TimeSpan.FromHours(hours ?? 0) + TimeSpan.FromMinutes(minutes ?? 0) + TimeSpan.FromSeconds(seconds ?? 0);
            if (by < TimeSpan.Zero)
            {
                throw EmulatorRequestException.BadRequest("the clock only moves forward");
            }

            return Results.Json(new { now = clock.Advance(by), offsetSeconds = clock.Offset.TotalSeconds });
        });

        emulator.MapGet("/clock", (VirtualClock clock) =>
            Results.Json(new { now = clock.GetUtcNow(), offsetSeconds = clock.Offset.TotalSeconds }));

        emulator.MapPost("/settle", async (HttpContext context, SettleWaiter waiter) =>
        {
            var timeout = TimeSpan.FromSeconds(30);
            if (context.Request.Query["timeoutSeconds"].ToString() is { Length: > 0 } raw)
            {
                timeout = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is >= 0 and <= MaxSettleSeconds
                    ? TimeSpan.FromSeconds(s)
                    : throw EmulatorRequestException.BadRequest($"timeoutSeconds must be a number from 0 to {MaxSettleSeconds}");
            }

            var settled = await waiter.WaitAsync(timeout, context.RequestAborted);
            return Results.Json(new { settled }, statusCode: settled ? StatusCodes.Status200OK : StatusCodes.Status504GatewayTimeout);
        });

        emulator.MapPost("/limits", async (HttpRequest request, RateLimiter limiter) =>
        {
            var body = await EmulatorJson.ReadObjectAsync(request);
            var global = EmulatorJson.Long(body, "globalPerSecond");
            var perChat = EmulatorJson.Long(body, "perChatPerSecond");
            if (global < 0 || perChat < 0 || global > int.MaxValue || perChat > int.MaxValue)
            {
                throw EmulatorRequestException.BadRequest("limits must be zero (unlimited) or positive");
            }

            limiter.SetLimits((int?)global, (int?)perChat);
            return Limits(limiter);
        });

        emulator.MapGet("/limits", (RateLimiter limiter) => Limits(limiter));

        // ?chatId=N: only the calls to that chat (a script watching one user need not read thousands).
        emulator.MapGet("/calls", (CallLog calls, long? chatId) =>
            Results.Json(chatId is { } chat ? calls.Snapshot().Where(c => c.ChatId == chat).ToList() : calls.Snapshot()));

        emulator.MapDelete("/calls", (CallLog calls) =>
        {
            calls.Clear();
            return Results.NoContent();
        });
    }

    private static IResult Limits(RateLimiter limiter)
    {
        var (globalPerSecond, perChatPerSecond) = limiter.Limits;
        return Results.Json(new { globalPerSecond, perChatPerSecond });
    }
}

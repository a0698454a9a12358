using Bot.Emulator.BotApi;
using Bot.Emulator.Control;
using Bot.Emulator.Files;
using Bot.Emulator.Payments;
using Bot.Emulator.People;
using Bot.Emulator.Weather;
using Bot.Emulator.WebChat;
using Bot.Emulator.YClients;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Emulator;

public static class EmulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the Bot API (<c>/bot{token}/{method}</c>) and its file downloads (<c>/file/bot{token}/{file_path}</c>), the person's side and controls (<c>/emulator/...</c>),
    /// the payment, weather and YCLIENTS sandboxes and the web chat (<c>/</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapTelegramEmulator(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(
            "/bot{token}/{method}",
            [HttpMethods.Get, HttpMethods.Post],
            (HttpContext context, string token, string method, BotApiEndpoint botApi) => botApi.HandleAsync(context, token, method));

        endpoints.MapGet("/file/bot{token}/{**filePath}", FileDownloadEndpoint.Handle);

        var emulator = endpoints.MapGroup("/emulator").AddEndpointFilter(AnswerBadRequestsAsync);
        PersonEndpoints.Map(emulator);
        ControlEndpoints.Map(emulator);
        PaymentEndpoints.Map(emulator);
        WeatherEndpoints.Map(emulator);
        YClientsEndpoints.Map(emulator);
        WebChatEndpoints.Map(endpoints);
        return endpoints;
    }

    /// <summary>Turns a refused request into <c>{"error":"..."}</c> with its status, never a 500.</summary>
    private static async ValueTask<object?> AnswerBadRequestsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (EmulatorRequestException e)
        {
            return Results.Json(new { error = e.Message }, statusCode: e.StatusCode);
        }
        catch (BadHttpRequestException e)
        {
            return Results.Json(new { error = e.Message }, statusCode: e.StatusCode);
        }
    }
}

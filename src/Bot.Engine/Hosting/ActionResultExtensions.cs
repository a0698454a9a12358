using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Bot.Engine.Hosting;

/// <summary>Lets a minimal-API endpoint answer with an <see cref="IActionResult"/> (what the Functions
/// app's HTTP functions and the engine's/features' endpoints return), executed by MVC's result executors
/// (<c>services.AddMvcCore()</c>).</summary>
public static class ActionResultExtensions
{
    public static IResult ToResult(this IActionResult result) => new ActionResultAdapter(result);

    public static async Task<IResult> ToResultAsync(this Task<IActionResult> result) => (await result).ToResult();

    private sealed class ActionResultAdapter(IActionResult result) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            result.ExecuteResultAsync(new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor()));
    }
}

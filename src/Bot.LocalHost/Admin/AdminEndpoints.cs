using Bot.LocalHost.Functions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.LocalHost.Admin;

public static class AdminEndpoints
{
    /// <summary>The <c>/api/admin</c> group, guarded by the function key: map the admin HTTP functions
    /// here (e.g. <c>admin.MapGet("users", (HttpRequest r, X x, CancellationToken ct) => x.HandleAsync(r, ct).ToResultAsync())</c>).</summary>
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(LocalHostSettings.AdminRoute).RequireFunctionKey();

    /// <summary>Guards an endpoint or a group with <see cref="FunctionKeyFilter"/>.</summary>
    public static TBuilder RequireFunctionKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.AddEndpointFilter<TBuilder, FunctionKeyFilter>();

    /// <summary><c>POST /admin/functions/{name}</c> (body <c>{}</c>): runs that function now, as the Functions
    /// host's admin API does; 202 once started, 404 for a name that is not registered.</summary>
    public static RouteHandlerBuilder MapRunFunction(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(LocalHostSettings.RunFunctionRoute, (string name, LocalFunctionRegistry functions, FunctionRunner runner) =>
        {
            if (functions.Find(name) is not { } function)
            {
                return Results.Json(
                    new { error = $"no function named '{name}'; known: {string.Join(", ", functions.Names)}" },
                    statusCode: StatusCodes.Status404NotFound);
            }

            runner.Start(function, "admin");
            return Results.Json(new { function = function.Name, status = "started" }, statusCode: StatusCodes.Status202Accepted);
        }).RequireFunctionKey();
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Bot.LocalHost.Admin;

/// <summary>The local stand-in for <c>AuthorizationLevel.Function</c>: the request must carry
/// <c>Admin:FunctionKey</c> in the <c>x-functions-key</c> header or the <c>code</c> query parameter
/// (compared in constant time); otherwise 401 with the reason.</summary>
public sealed class FunctionKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string Header = "x-functions-key";
    public const string QueryParameter = "code";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var given = request.Headers[Header].ToString() is { Length: > 0 } header ? header : request.Query[QueryParameter].ToString();
        if (given.Length == 0)
        {
            return ValueTask.FromResult<object?>(Unauthorized($"missing function key: send it in the {Header} header or the {QueryParameter} query parameter"));
        }

        var expected = configuration[LocalHostSettings.AdminFunctionKey];
        if (string.IsNullOrEmpty(expected) || !Matches(given, expected))
        {
            return ValueTask.FromResult<object?>(Unauthorized("wrong function key"));
        }

        return next(context);
    }

    /// <summary>Hashes both sides first, so the time taken does not depend on where or whether they differ.</summary>
    public static bool Matches(string given, string expected) => CryptographicOperations.FixedTimeEquals(
        SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static IResult Unauthorized(string reason) => Results.Json(new { error = reason }, statusCode: StatusCodes.Status401Unauthorized);
}

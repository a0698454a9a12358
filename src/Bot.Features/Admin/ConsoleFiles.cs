using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Features.Admin;

/// <summary>The admin console's static files, embedded in this assembly: the shell and the core screens from
/// <c>Admin/Console/</c>, and each flow's screen module <c>&lt;Flow&gt;/Admin/*.console.js</c> (served under
/// <c>screens/</c>). Served anonymously at <c>/api/console/{*path}</c> by the <c>AdminConsole</c> function and the
/// local host; the page sends the function key with every admin API call it makes.</summary>
public static class ConsoleFiles
{
    /// <summary>The route's prefix (CONTRACTS.md: <c>/api/console/{*path}</c>).</summary>
    public const string Route = "api/console";

    public const string IndexFile = "index.html";

    private const string ResourcePrefix = "console/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, byte[]>> Files = new(Load);

    /// <summary>The embedded files, relative to the console's root ("index.html", "screens/users.js").</summary>
    public static IEnumerable<string> Names => Files.Value.Keys;

    /// <summary>The file at <paramref name="path"/> (relative to <c>/api/console/</c>): index.html for an empty
    /// path, 404 <c>{"error":...}</c> for anything not embedded. Paths are looked up among the embedded
    /// names, never mapped to disk, so "..", absolute or encoded paths reach nothing else.</summary>
    public static IActionResult Serve(string? path)
    {
        var name = string.IsNullOrEmpty(path) || path == "/" ? IndexFile : path;
        if (!Files.Value.TryGetValue(name, out var content))
        {
            return AdminResults.Json(JsonSerializer.Serialize(new { error = $"no console file '{name}'" }), 404);
        }

        return new FileContentResult(content, ContentType(name));
    }

    public static string ContentType(string name) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(ConsoleFiles).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name[ResourcePrefix.Length..]] = copy.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

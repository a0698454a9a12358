using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Features.Admin;
using Bot.Engine.Routing;
using Bot.LocalHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.LocalHost.Tests;

/// <summary>The admin console's files on the local host (<c>/api/console/</c>, anonymous) and
/// <c>GET /api/admin/features</c>, which the console reads to show the enabled flows' screens.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class AdminConsoleTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(azurite.ConnectionString, services: s => s.AddSingleton<IFlow, LocalTestFlow>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/console", "text/html")]
    [InlineData("/api/console/", "text/html")]
    [InlineData("/api/console/app.js", "text/javascript")]
    [InlineData("/api/console/app.css", "text/css")]
    [InlineData("/api/console/screens/texts.js", "text/javascript")]
    public async Task ConsoleFiles_AreServedWithoutAKey_WithTheirContentType(string path, string mediaType)
    {
        using var response = await _host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownFile_Is404WithTheReason()
    {
        using var response = await _host.Http.GetAsync("/api/console/missing.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no console file 'missing.js'", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    /// <summary>Escapes are refused by the client's or the server's path handling, or reach the console as a
    /// name it does not hold: either way nothing outside the embedded files is served.</summary>
    [Theory]
    [InlineData("/api/console/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/api/console/screens/..%2f..%2fappsettings.json")]
    [InlineData("/api/console/..%5c..%5cappsettings.json")]
    public async Task PathsThatTryToLeaveTheConsole_Are404(string path)
    {
        using var response = await _host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A flow adds its screen as a module and one line in screens.js: each line must name an embedded
    /// module, and each embedded screen module must have its line.</summary>
    [Fact]
    public void EveryRegisteredScreen_IsEmbedded_AndEveryScreenModuleIsRegistered()
    {
        var registry = Encoding.UTF8.GetString(Assert.IsType<Microsoft.AspNetCore.Mvc.FileContentResult>(ConsoleFiles.Serve("screens.js")).FileContents);
        var registered = Regex.Matches(registry, "module:\\s*\"\\./([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var embedded = ConsoleFiles.Names.Where(n => n.StartsWith("screens/", StringComparison.Ordinal)).ToList();

        Assert.Contains("screens/users.js", registered);
        Assert.All(registered, module => Assert.Contains(module, embedded));
        Assert.All(embedded, module => Assert.Contains(module, registered));
    }

    /// <summary>Every embedded script parses as an ES module (node --check, with Node.js as the tests' Azurite
    /// needs it): a bad merge of a shared module otherwise shows only as a blank console in the browser tests.</summary>
    [Fact]
    public async Task EveryConsoleScript_ParsesAsAModule()
    {
        var folder = Directory.CreateTempSubdirectory("console-check-");
        try
        {
            foreach (var name in ConsoleFiles.Names.Where(n => n.EndsWith(".js", StringComparison.Ordinal)))
            {
                var bytes = Assert.IsType<Microsoft.AspNetCore.Mvc.FileContentResult>(ConsoleFiles.Serve(name)).FileContents;
                var file = Path.Combine(folder.FullName, name.Replace('/', '_') + ".mjs");
                await File.WriteAllBytesAsync(file, bytes);
                using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", ["--check", file])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                })!;
                var errors = await node.StandardError.ReadToEndAsync();
                await node.WaitForExitAsync();
                Assert.True(node.ExitCode == 0, $"{name} does not parse: {errors}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Features_ListTheEnabledFlows_BehindTheKey()
    {
        using var anonymous = await _host.Http.GetAsync("/api/admin/features");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/features") { Headers = { { "x-functions-key", _host.AdminKey } } };
        using var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var enabled = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["enabled"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal([LocalTestFlow.FlowName], enabled);
    }

    [Fact]
    public async Task Texts_CarryTheirDefaults_AndWhetherTheyAreOverridden()
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/admin/texts/start_welcome")
        {
            Headers = { { "x-functions-key", _host.AdminKey } },
            Content = System.Net.Http.Json.JsonContent.Create(new { ru = "Добрый день, {name}!" }),
        };
        (await _host.Http.SendAsync(put)).EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/texts") { Headers = { { "x-functions-key", _host.AdminKey } } };
        var texts = JsonNode.Parse(await (await _host.Http.SendAsync(request)).Content.ReadAsStringAsync())!.AsArray();
        var welcome = texts.Single(t => t!["key"]!.GetValue<string>() == "start_welcome")!;
        var other = texts.First(t => t!["key"]!.GetValue<string>() != "start_welcome")!;

        Assert.Equal("Добрый день, {name}!", welcome["ru"]!.GetValue<string>());
        Assert.StartsWith("Привет, {name}", welcome["defaultRu"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(welcome["en"]!.GetValue<string>(), welcome["defaultEn"]!.GetValue<string>());
        Assert.True(welcome["overridden"]!.GetValue<bool>());
        Assert.False(other["overridden"]!.GetValue<bool>());
    }
}

using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Bot.Engine.Audit;
using Bot.Engine.Sessions;
using Bot.Features.Admin;

namespace Bot.Features.Tests.Admin;

public sealed class ExportTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly Session Anna = new()
    {
        UserId = 42,
        FirstName = "Анна",
        Username = "anna",
        Phone = "+79991234567",
        Balances = ImmutableSortedDictionary<string, decimal>.Empty.Add("RUB", 150.00m).Add("points", 25),
        Roles = ["client"],
        CreatedAt = Created,
    };

    private static readonly Session Mallory = new()
    {
        UserId = 7,
        FirstName = "=HYPERLINK(\"x\")",
        Blocked = true,
        Unreachable = true,
        CreatedAt = Created,
    };

    [Fact]
    public void Json_HasTheContractsShape()
    {
        var json = UsersExport.ToJson([UserExportRow.From(Anna)]);

        using var doc = JsonDocument.Parse(json);
        var user = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal(
            ["userId", "firstName", "username", "phone", "balances", "blocked", "unreachable", "roles", "createdAt"],
            user.EnumerateObject().Select(p => p.Name));
        Assert.Equal(42, user.GetProperty("userId").GetInt64());
        Assert.Equal("+79991234567", user.GetProperty("phone").GetString());
        Assert.Equal(150.00m, user.GetProperty("balances").GetProperty("RUB").GetDecimal());
        Assert.Equal(25m, user.GetProperty("balances").GetProperty("points").GetDecimal());
        Assert.False(user.GetProperty("blocked").GetBoolean());
        Assert.Equal("client", user.GetProperty("roles")[0].GetString());
        Assert.Equal(Created, user.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public void Json_AlwaysHasBothBalances()
    {
        using var doc = JsonDocument.Parse(UsersExport.ToJson([UserExportRow.From(Mallory)]));
        var balances = doc.RootElement[0].GetProperty("balances");
        Assert.Equal(0m, balances.GetProperty("RUB").GetDecimal());
        Assert.Equal(0m, balances.GetProperty("points").GetDecimal());
    }

    [Fact]
    public void Csv_IsUtf8WithAHeaderRowAndTheSameColumns()
    {
        var bytes = UsersExport.ToCsv([UserExportRow.From(Mallory), UserExportRow.From(Anna)]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("userId,firstName,username,phone,balances.RUB,balances.points,blocked,unreachable,roles,createdAt", lines[0]);
        Assert.Equal("42,Анна,anna,+79991234567,150.00,25,false,false,client,2026-03-01T10:00:00.0000000+00:00", lines[2]);
        Assert.StartsWith("7,\"'=HYPERLINK(\"\"x\"\")\",,,0,0,true,true,,", lines[1]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void AuditLog_AsJsonLinesAndCsv()
    {
        AuditEntry[] entries =
        [
            new(Created, AuditKinds.Payment, 42, "Payment p-1 of 500 RUB credited; balance 500 RUB", "Paid"),
            new(Created.AddMinutes(1), AuditKinds.Error, null, "Invoice of 100 RUB not created: down, \"500\""),
        ];

        var lines = Encoding.UTF8.GetString(AuditExport.ToJsonLines(entries)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal(["at", "kind", "userId", "message", "details"], first.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal("payment", first.RootElement.GetProperty("kind").GetString());
        }

        var csv = AuditExport.ToCsv(entries);
        var rows = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,kind,userId,message,details", rows[0]);
        Assert.Equal("2026-03-01T10:01:00.0000000+00:00,error,,\"Invoice of 100 RUB not created: down, \"\"500\"\"\",", rows[2]);
    }

    [Fact]
    public void Json_KeepsCyrillicAndPlusReadable()
    {
        var json = UsersExport.ToJson([UserExportRow.From(Anna)]);
        Assert.Contains("\"firstName\":\"Анна\"", json, StringComparison.Ordinal);
        Assert.Contains("\"phone\":\"+79991234567\"", json, StringComparison.Ordinal);
    }
}

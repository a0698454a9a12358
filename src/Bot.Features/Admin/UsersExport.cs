using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;

namespace Bot.Features.Admin;

/// <summary>Writes the users export. JSON: an array of <see cref="UserExportRow"/> (camelCase, balances as
/// an object). CSV (UTF-8 with BOM, so spreadsheet programs read Cyrillic): the same columns, balances as
/// one column per currency ("balances.RUB", "balances.points", …), roles joined with ';'.</summary>
public static class UsersExport
{
    /// <summary>camelCase; names and messages stay readable (no \uXXXX for Cyrillic or '+'): the exports are files, not HTML.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(IReadOnlyList<UserExportRow> rows) => JsonSerializer.Serialize(rows, Json);

    public static byte[] ToCsv(IReadOnlyList<UserExportRow> rows)
    {
        var currencies = rows.SelectMany(r => r.Balances.Keys)
            .Concat([Engine.Ledger.Currencies.Rub, Engine.Ledger.Currencies.Points])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(c => c == Engine.Ledger.Currencies.Rub ? 0 : c == Engine.Ledger.Currencies.Points ? 1 : 2)
            .ThenBy(c => c, StringComparer.Ordinal)
            .ToList();
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            foreach (var header in new[] { "userId", "firstName", "username", "phone" }
                         .Concat(currencies.Select(c => "balances." + c))
                         .Concat(["blocked", "unreachable", "roles", "createdAt"]))
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                csv.WriteField(row.UserId.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(Cell(row.FirstName));
                csv.WriteField(Cell(row.Username));
                csv.WriteField(row.Phone ?? "");
                foreach (var currency in currencies)
                {
                    csv.WriteField(row.Balances.GetValueOrDefault(currency).ToString(CultureInfo.InvariantCulture));
                }

                csv.WriteField(row.Blocked ? "true" : "false");
                csv.WriteField(row.Unreachable ? "true" : "false");
                csv.WriteField(string.Join(';', row.Roles));
                csv.WriteField(row.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                csv.EndRecord();
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    /// <summary>RFC 4180, UTF-8 with a byte-order mark.</summary>
    internal static CsvWriterOptions CsvOptions { get; } = new() { WriteByteOrderMark = true };

    /// <summary>A name a user chose cannot become a spreadsheet formula.</summary>
    internal static string Cell(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";
}

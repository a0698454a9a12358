using System.Globalization;
using System.Text;
using System.Text.Json;
using Bot.Engine.Audit;
using CsvHelper;

namespace Bot.Features.Admin;

/// <summary>Writes the audit log: JSON lines (<c>{"at","kind","userId","message","details"}</c>) or CSV
/// with the same columns and a header row (UTF-8 with BOM).</summary>
public static class AuditExport
{
    public static byte[] ToJsonLines(IEnumerable<AuditEntry> entries)
    {
        var sb = new StringBuilder();
        foreach (var e in entries)
        {
            sb.Append(JsonSerializer.Serialize(e, UsersExport.Json)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] ToCsv(IEnumerable<AuditEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, UsersExport.CsvOptions, leaveOpen: true))
        {
            foreach (var header in new[] { "at", "kind", "userId", "message", "details" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var e in entries)
            {
                csv.WriteField(e.At.ToString("O", CultureInfo.InvariantCulture));
                csv.WriteField(e.Kind);
                csv.WriteField(e.UserId?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(UsersExport.Cell(e.Message));
                csv.WriteField(UsersExport.Cell(e.Details));
                csv.EndRecord();
            }

            csv.Flush();
        }

        return stream.ToArray();
    }
}

using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Features.Admin;

/// <summary>The admin API's answers: JSON written by us (exact shape), errors as <c>{"error":"..."}</c>.</summary>
public static class AdminResults
{
    public static ContentResult Json(string json, int status = 200) =>
        new() { Content = json, ContentType = "application/json; charset=utf-8", StatusCode = status };

    public static ContentResult BadRequest(string reason) =>
        Json(System.Text.Json.JsonSerializer.Serialize(new { error = reason }), 400);

    /// <summary>A CSV download: UTF-8 with a byte order mark, so a spreadsheet opened on the file reads Cyrillic as UTF-8.</summary>
    public static FileContentResult Csv(string csv, string fileName) =>
        new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8") { FileDownloadName = fileName };
}

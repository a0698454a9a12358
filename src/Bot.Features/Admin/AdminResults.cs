using Microsoft.AspNetCore.Mvc;

namespace Bot.Features.Admin;

/// <summary>The admin API's answers: JSON written by us (exact shape), errors as <c>{"error":"..."}</c>.</summary>
public static class AdminResults
{
    public static ContentResult Json(string json, int status = 200) =>
        new() { Content = json, ContentType = "application/json; charset=utf-8", StatusCode = status };

    public static ContentResult BadRequest(string reason) =>
        Json(System.Text.Json.JsonSerializer.Serialize(new { error = reason }), 400);
}

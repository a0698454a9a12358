using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Engine.Files;
using Bot.Engine.Inbox;
using Bot.Engine.Processing;
using Bot.Engine.Reference;
using Bot.Engine.Sessions;
using Bot.Features.Admin;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Features.Coaching.Admin;

/// <summary>The coaching admin API (CONTRACTS.md), shared by the Functions classes and the local host.</summary>
public sealed class CoachingAdminEndpoints(
    ReferenceData reference,
    ParticipantStore participants,
    SessionStore sessions,
    InboxProcessor processor,
    TelegramFiles files,
    ILogger<CoachingAdminEndpoints> log)
{
    public const int MaxProgramBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary><c>GET /api/admin/coaching/program</c>: the program handlers use now.</summary>
    public async Task<IActionResult> GetProgramAsync(CancellationToken ct)
    {
        var snapshot = await reference.SnapshotAsync(ct);
        return AdminResults.Json(JsonSerializer.Serialize(snapshot.Get(CoachingReference.Program), Json));
    }

    /// <summary><c>PUT /api/admin/coaching/program</c>: replaces the program after <see cref="ProgramValidator"/>;
    /// 400 with the reason and where. Participants mid-day continue (see the flow's README).</summary>
    public async Task<IActionResult> PutProgramAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxProgramBytes)
        {
            return AdminResults.BadRequest($"body: larger than {MaxProgramBytes} bytes");
        }

        CoachingProgram? program;
        try
        {
            program = await JsonSerializer.DeserializeAsync<CoachingProgram>(request.Body, Json, ct);
        }
        catch (JsonException ex)
        {
            return AdminResults.BadRequest($"body: not a program ({ex.Path}: {ex.Message.Split('.')[0]})");
        }

        if (ProgramValidator.Validate(program) is { } error)
        {
            return AdminResults.BadRequest(error);
        }

        await reference.SetAsync(CoachingReference.Program, program!, ct);
        log.LogInformation("Coaching program replaced: {Days} days, {Steps} steps", program!.Days.Count, program.Days.Sum(d => d.Steps.Count));
        return AdminResults.Json(JsonSerializer.Serialize(program, Json));
    }

    /// <summary><c>GET /api/admin/coaching/participants?format=csv|json</c>, from the index (one partition query).</summary>
    public async Task<IActionResult> ParticipantsAsync(HttpRequest request, CancellationToken ct)
    {
        var format = request.Query["format"].ToString().ToLowerInvariant();
        if (format is not ("" or "json" or "csv"))
        {
            return AdminResults.BadRequest("format must be csv or json");
        }

        var list = await participants.ListAsync(ct);
        return format == "csv"
            ? new FileContentResult(ToCsv(list), "text/csv; charset=utf-8") { FileDownloadName = "participants.csv" }
            : AdminResults.Json(JsonSerializer.Serialize(list.Select(View), Json));
    }

    /// <summary><c>GET /api/admin/coaching/participants/{userId}</c>: the list item's fields plus <c>answers</c>.</summary>
    public async Task<IActionResult> ParticipantAsync(HttpRequest request, long userId, CancellationToken ct)
    {
        if (await participants.GetAsync(userId, ct) is not { } p)
        {
            return NotFound($"user {userId} is not a participant");
        }

        var basePath = request.PathBase + request.Path.Value![..request.Path.Value!.IndexOf("/participants/", StringComparison.Ordinal)];
        var answers = (await participants.AnswersAsync(userId, ct))
            .Select(a => new AnswerView(a.Day, a.Step, a.Kind, a.Text, a.FileId,
                a.FileId is null ? null : $"{basePath}/files/{Uri.EscapeDataString(a.FileId)}", a.At))
            .ToList();
        // The list item's fields (one definition: View), then the answers.
        var detail = JsonSerializer.SerializeToNode(View(p), Json)!.AsObject();
        detail["answers"] = JsonSerializer.SerializeToNode(answers, Json);
        return AdminResults.Json(detail.ToJsonString(Json));
    }

    /// <summary><c>POST /api/admin/coaching/participants/{userId}/cancel</c>: a trainer cancels the participation
    /// (through the user's processor, as the bot's /cancel_participant does).</summary>
    public async Task<IActionResult> CancelAsync(long userId, CancellationToken ct)
    {
        if (await sessions.GetAsync(userId, ct) is not { } session || session.Get(CoachingData.Status) is null)
        {
            return NotFound($"user {userId} is not a participant");
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"coaching-cancel:admin:{userId}:{CoachingFlow.Seq(session)}");
        await processor.ProcessAsync(InboxEnvelope.ForCommand(userId, InternalCommand.Create(CoachingCommands.Cancel, key, new CancelRequest(0))), ct);
        var after = await sessions.GetAsync(userId, ct);
        log.LogInformation("Coaching participation of {UserId} cancelled by an admin", userId);
        return AdminResults.Json(JsonSerializer.Serialize(new { userId, status = after?.Get(CoachingData.Status) }, Json));
    }

    /// <summary><c>GET /api/admin/coaching/files/{fileId}</c>: a photo answer's file, fetched through the engine's
    /// <see cref="TelegramFiles"/> (getFile + download through the Bot API; Telegram's own download URL carries the
    /// bot token, so it is never shown). 404 with the reason when Telegram does not serve the file id.</summary>
    public async Task<IActionResult> FileAsync(string fileId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(fileId) || fileId.Length > 200)
        {
            return AdminResults.BadRequest("fileId: 1 to 200 characters");
        }

        var stream = new MemoryStream();
        if (await files.DownloadAsync(fileId, stream, ct) is not { } file)
        {
            await stream.DisposeAsync();
            return NotFound($"file {fileId} is not known to Telegram or is larger than {TelegramFiles.MaxDownloadBytes} bytes");
        }

        stream.Position = 0;
        return new FileStreamResult(stream, file.ContentType) { FileDownloadName = Path.GetFileName(file.FilePath) };
    }

    internal static byte[] ToCsv(IReadOnlyList<ParticipantRecord> list)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, UsersExport.CsvOptions, leaveOpen: true))
        {
            foreach (var header in new[] { "userId", "firstName", "status", "day", "step", "timeZone", "startedAt", "lastAnswerAt", "height", "weight", "age" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var p in list)
            {
                csv.WriteField(p.UserId.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(UsersExport.Cell(p.FirstName));
                csv.WriteField(p.Status);
                csv.WriteField(p.Day.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(p.Step ?? "");
                csv.WriteField(p.TimeZone ?? "");
                csv.WriteField(p.StartedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(p.LastAnswerAt?.ToString("O", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(Measures.Format(p.Height));
                csv.WriteField(Measures.Format(p.Weight));
                csv.WriteField(Measures.Format(p.Age));
                csv.EndRecord();
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    /// <summary>A participant as the admin API shows it: the list item, and the detail before its answers (the
    /// index row's <c>seq</c> is internal).</summary>
    private static object View(ParticipantRecord p) => new
    {
        userId = p.UserId,
        firstName = p.FirstName,
        status = p.Status,
        day = p.Day,
        step = p.Step,
        timeZone = p.TimeZone,
        startedAt = p.StartedAt,
        lastAnswerAt = p.LastAnswerAt,
        height = p.Height,
        weight = p.Weight,
        age = p.Age,
    };

    private static ContentResult NotFound(string reason) =>
        AdminResults.Json(JsonSerializer.Serialize(new { error = reason }), 404);
}

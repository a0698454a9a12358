using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Features.Broadcasts;

/// <summary>Checks a <c>POST /api/admin/broadcasts</c> body: <c>{"text","photo","buttons","sendAt","segment"}</c>.
/// Every refusal names the field and the problem.</summary>
public static partial class BroadcastRequestParser
{
    /// <summary>Telegram's limits, counted on the visible text (after the HTML is parsed).</summary>
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;
    public const int MaxButtonsPerRow = 8;
    public const int MaxButtons = 100;
    public const int MaxButtonTextLength = 64;

    /// <summary>How far in the past a <c>sendAt</c> may be (a clock a little behind, a form filled slowly).</summary>
    public static readonly TimeSpan PastTolerance = TimeSpan.FromMinutes(1);

    public const string Shape =
        "{\"text\":\"<b>Hello</b>\",\"photo\":\"https://…|<file_id>\",\"buttons\":[[{\"text\":\"Site\",\"url\":\"https://…\"}]],\"sendAt\":\"2026-12-24T09:00:00Z\",\"segment\":\"all\"}";

    public static (BroadcastRequest? Request, string? Error) Parse(JsonElement root, DateTimeOffset now, IReadOnlyCollection<string> flows)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "the body must be a JSON object: " + Shape);
        }

        var (photo, photoError) = Photo(root);
        if (photoError is not null)
        {
            return (null, photoError);
        }

        var text = String(root, "text", out var textError);
        if (textError is not null)
        {
            return (null, textError);
        }

        text ??= "";
        if (text.Trim().Length == 0 && photo is null)
        {
            return (null, "text is empty");
        }

        var (visible, htmlError) = TelegramHtml.Check(text);
        if (htmlError is not null)
        {
            return (null, htmlError);
        }

        if (visible == 0 && photo is null)
        {
            return (null, "text is empty once its tags are removed");
        }

        var limit = photo is null ? MaxTextLength : MaxCaptionLength;
        if (visible > limit)
        {
            return (null, photo is null
                ? $"text is {visible} characters; Telegram allows {MaxTextLength}"
                : $"text is {visible} characters; a photo's caption may have {MaxCaptionLength}");
        }

        var (buttons, buttonsError) = Buttons(root);
        if (buttonsError is not null)
        {
            return (null, buttonsError);
        }

        var (sendAt, sendAtError) = SendAt(root, now);
        if (sendAtError is not null)
        {
            return (null, sendAtError);
        }

        var segmentText = String(root, "segment", out var segmentTypeError);
        if (segmentTypeError is not null)
        {
            return (null, segmentTypeError);
        }

        var (segment, segmentError) = BroadcastSegment.Parse(segmentText, flows);
        if (segment is null)
        {
            return (null, segmentError);
        }

        return (new BroadcastRequest(new BroadcastContent(text, photo, buttons!), sendAt, segment), null);
    }

    private static string? String(JsonElement root, string name, out string? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error = $"{name} must be a string";
            return null;
        }

        return value.GetString();
    }

    private static (string? Photo, string? Error) Photo(JsonElement root)
    {
        var photo = String(root, "photo", out var error)?.Trim();
        if (error is not null || string.IsNullOrEmpty(photo))
        {
            return (null, error);
        }

        if (Uri.TryCreate(photo, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return (photo, null);
        }

        return FileId().IsMatch(photo)
            ? (photo, null)
            : (null, "photo must be an http(s) URL or a Telegram file_id");
    }

    private static (IReadOnlyList<IReadOnlyList<BroadcastButton>>? Rows, string? Error) Buttons(JsonElement root)
    {
        if (!root.TryGetProperty("buttons", out var buttons) || buttons.ValueKind == JsonValueKind.Null)
        {
            return ([], null);
        }

        if (buttons.ValueKind != JsonValueKind.Array)
        {
            return (null, "buttons must be an array of rows of {\"text\",\"url\"} (or one array of buttons, one a row)");
        }

        var rows = new List<IReadOnlyList<BroadcastButton>>();
        var count = 0;
        var r = 0;
        foreach (var row in buttons.EnumerateArray())
        {
            // A flat list [{…},{…}] means one button a row.
            var cells = row.ValueKind == JsonValueKind.Array ? row.EnumerateArray().ToList() : [row];
            if (cells.Count == 0)
            {
                return (null, $"buttons[{r}] is an empty row");
            }

            if (cells.Count > MaxButtonsPerRow)
            {
                return (null, $"buttons[{r}] has {cells.Count} buttons; a row may have {MaxButtonsPerRow}");
            }

            var parsed = new List<BroadcastButton>(cells.Count);
            for (var c = 0; c < cells.Count; c++)
            {
                var where = row.ValueKind == JsonValueKind.Array ? $"buttons[{r}][{c}]" : $"buttons[{r}]";
                var (button, error) = Button(cells[c], where);
                if (button is null)
                {
                    return (null, error);
                }

                parsed.Add(button);
            }

            count += parsed.Count;
            if (count > MaxButtons)
            {
                return (null, $"buttons: at most {MaxButtons} in all");
            }

            rows.Add(parsed);
            r++;
        }

        return (rows, null);
    }

    private static (BroadcastButton? Button, string? Error) Button(JsonElement cell, string where)
    {
        if (cell.ValueKind != JsonValueKind.Object)
        {
            return (null, $"{where} must be an object {{\"text\",\"url\"}}");
        }

        var text = String(cell, "text", out var error)?.Trim();
        if (error is not null || string.IsNullOrEmpty(text))
        {
            return (null, $"{where}.text is required");
        }

        if (text.Length > MaxButtonTextLength)
        {
            return (null, $"{where}.text is over {MaxButtonTextLength} characters");
        }

        var url = String(cell, "url", out error)?.Trim();
        if (error is not null || string.IsNullOrEmpty(url))
        {
            return (null, $"{where}.url is required (broadcast buttons are links)");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "tg"))
        {
            return (null, $"{where}.url must be an absolute http, https or tg link");
        }

        return (new BroadcastButton(text, url), null);
    }

    private static (DateTimeOffset? SendAt, string? Error) SendAt(JsonElement root, DateTimeOffset now)
    {
        var text = String(root, "sendAt", out var error);
        if (error is not null)
        {
            return (null, error);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            || !text.Contains('T', StringComparison.Ordinal))
        {
            return (null, "sendAt must be an ISO 8601 date and time, e.g. 2026-12-24T09:00:00Z");
        }

        if (at < now - PastTolerance)
        {
            return (null, $"sendAt {at:u} is in the past (now {now:u}); leave it out to send at once");
        }

        return (at, null);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{20,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex FileId();
}

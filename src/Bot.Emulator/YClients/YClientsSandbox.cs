using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Bot.Emulator.YClients;

/// <summary>
/// The booking system's side: records added and changed by a script or a test (a visit booked, paid,
/// deleted), served through YCLIENTS' records API, each change announced to the registered webhook.
/// Times come from the <see cref="VirtualClock"/>, in the company's offset, to the second.
/// </summary>
internal sealed class YClientsSandbox(VirtualClock clock, IOptions<EmulatorOptions> options, YClientsWebhookSender webhooks)
{
    public const int MaxPageSize = 1000;

    private readonly Lock _sync = new();
    private readonly List<SandboxRecord> _records = [];

    /// <summary>When set, every records API call answers this HTTP status.</summary>
    public int? OutageStatusCode { get; set; }

    public long CompanyId => options.Value.YClientsCompanyId;

    public SandboxRecord Add(string? phone, string? name, decimal amount, bool paid, int? attendance, bool notify = true, bool unreadable = false)
    {
        JsonObject json;
        SandboxRecord record;
        lock (_sync)
        {
            record = new SandboxRecord(_records.Count + 1, CompanyId, Now())
            {
                Phone = phone,
                Name = name,
                Amount = amount,
                PaidFull = paid,
                Attendance = attendance ?? (paid ? 1 : 0),
                Unreadable = unreadable,
            };
            _records.Add(record);
            json = record.ToJson();
        }

        if (notify)
        {
            webhooks.Enqueue(Event(record.Id, "create", json));
        }

        return record;
    }

    /// <summary>Adds <paramref name="count"/> records at once (benchmarks): phones +7999 followed by seven digits
    /// counting from <paramref name="firstPhone"/>, no webhook calls.</summary>
    public (long FirstId, long LastId) AddMany(int count, decimal amount, bool paid, long firstPhone)
    {
        lock (_sync)
        {
            var now = Now();
            var first = _records.Count + 1;
            for (var i = 0; i < count; i++)
            {
                var phone = "+7999" + ((firstPhone + i) % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
                _records.Add(new SandboxRecord(_records.Count + 1, CompanyId, now)
                {
                    Phone = phone,
                    Amount = amount,
                    PaidFull = paid,
                    Attendance = paid ? 1 : 0,
                });
            }

            return (first, _records.Count);
        }
    }

    /// <summary>Changes a record (only the fields given) and announces it: <c>delete</c> when it became
    /// deleted, <c>update</c> otherwise.</summary>
    public JsonObject Change(long id, bool? paid, bool? deleted, decimal? amount, int? attendance, string? phone, bool? unreadable = null)
    {
        JsonObject json;
        bool becameDeleted;
        lock (_sync)
        {
            var record = Find(id) ?? throw EmulatorRequestException.NotFound($"record {id} does not exist");
            becameDeleted = deleted == true && !record.Deleted;
            if (paid is { } p)
            {
                record.PaidFull = p;
                record.Attendance = attendance ?? (p ? 1 : record.Attendance == 1 ? 0 : record.Attendance);
            }
            else if (attendance is { } a)
            {
                record.Attendance = a;
            }

            record.Deleted = deleted ?? record.Deleted;
            record.Amount = amount ?? record.Amount;
            record.Phone = phone ?? record.Phone;
            record.Unreadable = unreadable ?? record.Unreadable;
            record.LastChange = Now();
            json = record.ToJson();
        }

        webhooks.Enqueue(Event(id, becameDeleted ? "delete" : "update", json));
        return json;
    }

    public JsonObject? Get(long id)
    {
        lock (_sync)
        {
            return Find(id)?.ToJson();
        }
    }

    /// <summary>A page of records changed at or after <paramref name="changedAfter"/> (the company's wall-clock
    /// time), visits from <paramref name="startDate"/> to <paramref name="endDate"/>, ordered by last change
    /// then id; and how many match in all.</summary>
    public (JsonArray Page, int Total) Query(int page, int count, DateTime? changedAfter, DateOnly? startDate, DateOnly? endDate)
    {
        lock (_sync)
        {
            var matching = _records
                .Where(r => changedAfter is not { } after || r.LastChange.DateTime >= after)
                .Where(r => startDate is not { } start || DateOnly.FromDateTime(r.CreatedAt.DateTime) >= start)
                .Where(r => endDate is not { } end || DateOnly.FromDateTime(r.CreatedAt.DateTime) <= end)
                .OrderBy(r => r.LastChange)
                .ThenBy(r => r.Id)
                .ToList();
            var skip = (long)(page - 1) * count;
            var slice = skip >= matching.Count ? [] : matching.Skip((int)skip).Take(count).Select(r => (JsonNode)r.ToJson()).ToArray();
            return (new JsonArray(slice), matching.Count);
        }
    }

    private SandboxRecord? Find(long id) => id >= 1 && id <= _records.Count ? _records[(int)id - 1] : null;

    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow().ToOffset(options.Value.YClientsUtcOffset);
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    private JsonObject Event(long id, string status, JsonObject record) => new()
    {
        ["company_id"] = CompanyId,
        ["resource"] = "record",
        ["resource_id"] = id,
        ["status"] = status,
        ["data"] = record,
    };
}

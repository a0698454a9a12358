using System.Text.Json.Nodes;

namespace Bot.Emulator.State;

/// <summary>
/// The bot's update queue, as Telegram keeps it: increasing update ids, waiting for getUpdates
/// while no webhook is set, otherwise handed to the webhook dispatcher one chat lane at a time.
/// </summary>
internal sealed class UpdateHub
{
    /// <summary>Update types Telegram leaves out when allowed_updates is empty.</summary>
    private static readonly string[] NotByDefault = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _sync = new();
    private readonly List<PendingUpdate> _pending = [];
    private readonly HashSet<long> _activeLanes = [];
    private long _nextUpdateId = 1;
    private WebhookSettings? _webhook;
    private string[] _allowedUpdates = [];
    private DateTimeOffset? _lastErrorDate;
    private string? _lastErrorMessage;
    private TaskCompletionSource _changed = NewSignal();

    public bool WebhookActive
    {
        get
        {
            lock (_sync)
            {
                return _webhook is not null;
            }
        }
    }

    /// <summary>True when nothing waits for delivery and no delivery is running.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count == 0 && _activeLanes.Count == 0;
            }
        }
    }

    /// <summary>Completes at the next change (a new update, a webhook set or deleted).</summary>
    public Task Changed
    {
        get
        {
            lock (_sync)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>
    /// Queues an update, giving it the next update id unless it has one. Returns the id, and whether
    /// it was queued (false when allowed_updates leaves its type out).
    /// </summary>
    public (long UpdateId, bool Queued) Enqueue(JsonObject update)
    {
        var type = update.Select(p => p.Key).FirstOrDefault(k => k != "update_id") ?? "unknown";
        lock (_sync)
        {
            long id;
            if (update["update_id"] is JsonValue given && given.TryGetValue<long>(out var existing))
            {
                id = existing;
                _nextUpdateId = Math.Max(_nextUpdateId, existing + 1);
            }
            else
            {
                id = _nextUpdateId++;
                update = WithUpdateIdFirst(update, id);
            }

            var allowed = _allowedUpdates.Length == 0 ? !NotByDefault.Contains(type) : _allowedUpdates.Contains(type);
            if (!allowed)
            {
                return (id, false);
            }

            _pending.Add(new PendingUpdate(id, LaneOf(update), type, update));
            Signal();
            return (id, true);
        }
    }

    /// <summary>getUpdates: forgets updates before <paramref name="offset"/> and returns up to <paramref name="limit"/> of the rest.</summary>
    public IReadOnlyList<JsonObject> Poll(long offset, int limit, string[]? allowedUpdates)
    {
        lock (_sync)
        {
            if (allowedUpdates is not null)
            {
                _allowedUpdates = allowedUpdates;
            }

            if (offset < 0)
            {
                var keep = (int)Math.Min(-offset, _pending.Count);
                _pending.RemoveRange(0, _pending.Count - keep);
            }
            else if (offset > 0)
            {
                _pending.RemoveAll(u => u.UpdateId < offset);
            }

            return [.. _pending.Take(limit).Select(u => (JsonObject)u.Payload.DeepClone())];
        }
    }

    public void SetWebhook(WebhookSettings webhook, string[]? allowedUpdates, bool dropPendingUpdates)
    {
        lock (_sync)
        {
            _webhook = webhook;
            if (allowedUpdates is not null)
            {
                _allowedUpdates = allowedUpdates;
            }

            if (dropPendingUpdates)
            {
                _pending.Clear();
            }

            _lastErrorDate = null;
            _lastErrorMessage = null;
            Signal();
        }
    }

    /// <summary>Removes the webhook; answers whether one was set.</summary>
    public bool DeleteWebhook(bool dropPendingUpdates)
    {
        lock (_sync)
        {
            var wasSet = _webhook is not null;
            _webhook = null;
            if (dropPendingUpdates)
            {
                _pending.Clear();
            }

            Signal();
            return wasSet;
        }
    }

    public WebhookStatus Status()
    {
        lock (_sync)
        {
            return new WebhookStatus(_webhook, _pending.Count, [.. _allowedUpdates], _lastErrorDate, _lastErrorMessage);
        }
    }

    /// <summary>Chat lanes that have updates for the webhook and no running delivery; they are marked running.</summary>
    public IReadOnlyList<long> StartIdleLanes()
    {
        lock (_sync)
        {
            if (_webhook is null)
            {
                return [];
            }

            var lanes = _pending.Select(u => u.Lane).Distinct().Where(_activeLanes.Add).ToList();
            return lanes;
        }
    }

    /// <summary>The lane's oldest update and where to send it; null (and the lane stops) when none is left or the webhook is gone.</summary>
    public (PendingUpdate Update, WebhookSettings Webhook)? NextForLane(long lane)
    {
        lock (_sync)
        {
            var next = _pending.Find(u => u.Lane == lane);
            if (next is null || _webhook is null)
            {
                _activeLanes.Remove(lane);
                Signal();
                return null;
            }

            return (next, _webhook);
        }
    }

    /// <summary>The update was delivered (or given up on): it leaves the queue.</summary>
    public void Complete(PendingUpdate update)
    {
        lock (_sync)
        {
            _pending.Remove(update);
        }
    }

    public void RecordError(DateTimeOffset at, string message)
    {
        lock (_sync)
        {
            _lastErrorDate = at;
            _lastErrorMessage = message;
        }
    }

    private static long LaneOf(JsonObject update)
    {
        foreach (var (key, value) in update)
        {
            if (key == "update_id" || value is not JsonObject body)
            {
                continue;
            }

            var id = body["chat"]?["id"] ?? body["message"]?["chat"]?["id"] ?? body["from"]?["id"] ?? body["user"]?["id"];
            if (id is JsonValue v && v.TryGetValue<long>(out var lane))
            {
                return lane;
            }
        }

        return 0;
    }

    private static JsonObject WithUpdateIdFirst(JsonObject update, long id)
    {
        var copy = new JsonObject { ["update_id"] = id };
        foreach (var (key, value) in update.ToList())
        {
            update.Remove(key);
            if (key != "update_id")
            {
                copy[key] = value;
            }
        }

        return copy;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Signal()
    {
        var old = _changed;
        _changed = NewSignal();
        old.TrySetResult();
    }
}

using System.Globalization;
using System.Text;
using Bot.Benchmarks.Scenarios;

namespace Bot.Benchmarks.Report;

/// <summary>The one markdown table of a run.</summary>
internal static class ReportTable
{
    public static readonly string[] TableKinds = ["table.read", "table.transaction", "table.write"];
    public static readonly string[] QueueKinds = ["queue.send", "queue.receive", "queue.delete", "queue.update"];

    public static string Render(RunResults r)
    {
        var s = new StringBuilder();
        s.AppendLine("| measure | result | how |");
        s.AppendLine("| --- | --- | --- |");
        foreach (var step in r.Latency)
        {
            Row(s, $"webhook answer at {step.Rate}/s", $"p50 {step.P50Ms:F1} ms · p99 {step.P99Ms:F1} ms · max {step.MaxMs:F0} ms",
                $"open loop, {step.Sent} calls in {step.Sent / step.AchievedRate:F1} s, {step.Errors} errors");
        }

        QuietRow(s, r.QuietReply);

        var held = r.Latency.Where(l => l.Held).Select(l => l.Rate).DefaultIfEmpty(0).Max();
        var capped = r.Latency.Count == WebhookLatency.Rates.Length && r.Latency[^1].Held;
        Row(s, "highest rate held with p99 < 50 ms", held == 0 ? "none" : $"{held}/s{(capped ? " (the cap; not reached)" : "")}",
            $"steps {string.Join(", ", WebhookLatency.Rates)}/s, stop at the first p99 ≥ 50 ms or error");

        foreach (var e in new[] { r.ManyUsers, r.OneUser })
        {
            Row(s, $"end to end, {e.Name}", $"{e.UpdatesPerSecond:F0} updates/s",
                $"{e.Updates} updates in {e.Elapsed.TotalSeconds:F1} s to settled{(e.Settled ? "" : " (NOT settled)")}; replies {e.RepliesSent}/{e.Updates}, webhook failures {e.WebhookFailures}");
        }

        var perUpdate = PerUpdate(r.ManyUsers);
        var appPerUpdate = r.ManyUsers.Operations.App.ToDictionary(kv => kv.Key, kv => (double)kv.Value / r.ManyUsers.Updates);
        foreach (var kind in TableKinds.Concat(QueueKinds))
        {
            Row(s, $"{kind} per update", $"{perUpdate.GetValueOrDefault(kind):F2}",
                $"of which the engine's StorageOperationCounter saw {appPerUpdate.GetValueOrDefault(kind):F2}; {r.ManyUsers.Name}");
        }

        var onePerUpdate = PerUpdate(r.OneUser);
        Row(s, "storage operations per update, one user", string.Join(" · ", TableKinds.Concat(QueueKinds)
                .Where(k => onePerUpdate.GetValueOrDefault(k) > 0).Select(k => $"{Short(k)} {onePerUpdate[k]:F2}")),
            "ETag conflicts (412) between concurrent workers re-read and re-commit");

        var tableOps = TableKinds.Sum(k => perUpdate.GetValueOrDefault(k));
        var queueOps = QueueKinds.Sum(k => perUpdate.GetValueOrDefault(k));
        var tableCost = Prices.PerMillionUpdates(tableOps, Prices.TablePer10K);
        var queueCost = Prices.PerMillionUpdates(queueOps, Prices.QueuePer10K);
        Row(s, "storage cost per million updates", $"${tableCost + queueCost:F2} (tables ${tableCost:F2} + queues ${queueCost:F2})",
            $"list prices {Prices.AsOf}, GPv2 LRS: table ${Prices.TablePer10K} / 10k transactions, queue ${Prices.QueuePer10K} / 10k operations");

        var c = r.Ceiling;
        Row(s, "Azurite ceiling, table", $"range read {c.RangeReads:F0}/s · 2-entity tx {c.TwoEntityTransactions:F0}/s · delete tx {c.DeleteTransactions:F0}/s",
            "Azure SDK straight to Azurite, 16 callers");
        Row(s, "Azurite ceiling, queue", $"send {c.QueueSends:F0}/s · receive {c.QueueReceiveCalls:F0} calls/s ({c.QueueReceivedMessages:F0} msgs/s) · delete {c.QueueDeletes:F0}/s",
            "same; receive in batches of 16");
        var secondsPerUpdate = TableKinds.Concat(QueueKinds).Sum(k => perUpdate.GetValueOrDefault(k) * c.SecondsFor(k));
        var ceiling = 1 / secondsPerUpdate;
        Row(s, "pipeline vs Azurite ceiling", $"{r.ManyUsers.UpdatesPerSecond / ceiling:P0} ({r.ManyUsers.UpdatesPerSecond:F0} of {ceiling:F0} updates/s)",
            "ceiling = 1 ÷ Σ(operations per update ÷ Azurite's rate for that operation), many users");

        BroadcastRows(s, r.Broadcast);
        Row(s, "local host peak working set", $"{r.HostPeakWorkingSetMiB:F0} MiB", "VmHWM of the host process over the whole run (Server GC; Azurite not included)");
        return s.ToString();
    }

    /// <summary>The table of the <c>--quiet-bot</c> run: the quiet-bot row alone.</summary>
    public static string RenderQuiet(QuietReplyResult quiet)
    {
        var s = new StringBuilder();
        s.AppendLine("| measure | result | how |");
        s.AppendLine("| --- | --- | --- |");
        QuietRow(s, quiet);
        return s.ToString();
    }

    private static void QuietRow(StringBuilder s, QuietReplyResult q) =>
        Row(s, "reply latency on a quiet bot", $"p50 {q.P50Ms:F0} ms · p90 {q.P90Ms:F0} ms · min {q.MinMs:F0} ms · max {q.MaxMs:F0} ms",
            $"webhook POST → emulator receives sendMessage; {q.Messages} updates, one every {q.Gap.TotalSeconds:F0} s (the workers back off to their {QuietReply.LocalMaxPollingMs} ms longest poll between them); {q.Replied}/{q.Messages} replied, {q.Failures} failed");

    /// <summary>Every storage request the host made (the HTTP-level count), per update.</summary>
    public static Dictionary<string, double> PerUpdate(EndToEndResult e) =>
        e.Operations.Http.ToDictionary(kv => kv.Key, kv => (double)kv.Value / e.Updates);

    /// <summary>The table of the <c>--broadcast</c> run.</summary>
    public static string RenderBroadcast(BroadcastResult broadcast)
    {
        var s = new StringBuilder();
        s.AppendLine("| measure | result | how |");
        s.AppendLine("| --- | --- | --- |");
        BroadcastRows(s, broadcast);
        return s.ToString();
    }

    private static void BroadcastRows(StringBuilder s, BroadcastResult b)
    {
        Row(s, $"paced broadcast, {b.Recipients} recipients at {b.PacedPerSecond}/s under {b.LimitPerSecond}/s",
            $"{b.AchievedPerSecond:F1}/s ({b.OfPaced:P0} of {b.PacedPerSecond}) · {b.TooManyRequests} × 429 ({b.TooManyShare:P2} of {b.Attempts} sends) · {b.Duplicates} duplicates · {b.Lost} lost",
            $"POST /api/admin/broadcasts, status {b.Status}{(b.Done ? "" : " (NOT done)")}; rate = delivered ÷ first attempt → last delivery; 429 → outbox queue after retry_after");
        Row(s, "reply latency during that broadcast", b.Replies == 0 ? "no replies measured" : $"p50 {b.ReplyP50Ms:F0} ms · p90 {b.ReplyP90Ms:F0} ms · max {b.ReplyMaxMs:F0} ms ({b.Replies} replies)",
            $"a non-recipient writes every {Broadcast.WriterGap.TotalSeconds:F0} s: webhook POST → emulator sendMessage");
        var per = b.PerRecipient;
        Row(s, "storage operations per broadcast recipient", string.Join(" · ", TableKinds.Concat(QueueKinds)
                .Where(k => per.GetValueOrDefault(k) > 0).Select(k => $"{Short(k)} {per[k]:F2}")),
            "every storage request of the host from the POST to settled ÷ recipients (the writer's updates included)");
        var tableOps = TableKinds.Sum(k => per.GetValueOrDefault(k));
        var queueOps = QueueKinds.Sum(k => per.GetValueOrDefault(k));
        var table = (decimal)tableOps * Prices.TablePer10K;
        var queue = (decimal)queueOps * Prices.QueuePer10K;
        Row(s, "storage cost per 10,000 recipients", $"${table + queue:F4} (tables ${table:F4} + queues ${queue:F4})",
            $"list prices {Prices.AsOf}, GPv2 LRS");
    }

    private static string Short(string kind) => kind.Replace("table.", "t.", StringComparison.Ordinal).Replace("queue.", "q.", StringComparison.Ordinal);

    private static void Row(StringBuilder s, string measure, string result, string how) =>
        s.Append(CultureInfo.InvariantCulture, $"| {measure} | {result} | {how} |").AppendLine();
}

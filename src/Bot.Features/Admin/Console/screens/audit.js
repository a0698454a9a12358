// Audit log: a UTC date range, a kind filter, CSV download. Over
// GET /api/admin/logs?from=&to=&kind=&format=jsonl|csv.
import { api } from "../api.js";
import { field, formatTime, h, messageBox, run, table, utcDate } from "../ui.js";

// The kinds the admin flow writes; kinds other flows write are added to the list as they appear.
const KnownKinds = ["balance", "block", "payment", "error"];

export async function mount(root) {
  const today = new Date();
  const weekAgo = new Date(today.getTime() - 6 * 86_400_000);
  const from = h("input", { type: "date", id: "audit-from", value: utcDate(weekAgo), required: true });
  const to = h("input", { type: "date", id: "audit-to", value: utcDate(today), required: true });
  const kind = h("select", { id: "audit-kind" }, h("option", { value: "" }, "All kinds"), KnownKinds.map((k) => h("option", { value: k }, k)));
  const show = h("button", { type: "submit", id: "audit-show" }, "Show");
  const download = h("button", { type: "button", class: "secondary", id: "audit-csv" }, "Download CSV");
  const box = messageBox();
  const count = h("p", { class: "muted", id: "audit-count" });
  const list = h("div", { id: "audit-list" });
  const form = h("form", { class: "toolbar", autocomplete: "off" },
    field("From (UTC)", from), field("To (UTC)", to), field("Kind", kind), show, download);

  root.append(form, box, count, list);

  const query = (format) => ({ from: from.value, to: to.value, kind: kind.value, format });

  function addKinds(entries) {
    const present = new Set([...kind.options].map((o) => o.value));
    for (const k of new Set(entries.map((e) => e.kind))) {
      if (k && !present.has(k)) kind.append(h("option", { value: k }, k));
    }
  }

  async function load() {
    const text = await run(show, box, () => api.text("logs", query("jsonl")));
    if (text === undefined) return;
    const entries = text.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
    addKinds(entries);
    entries.reverse(); // newest first on screen; the CSV keeps the API's order
    count.textContent = `${entries.length} entries`;
    list.replaceChildren(entries.length === 0 ? h("p", { class: "muted" }, "Nothing logged in this range.") : table([
      { title: "At", value: (e) => formatTime(e.at) },
      { title: "Kind", value: (e) => h("span", { class: `badge kind-${e.kind}` }, e.kind) },
      { title: "User", value: (e) => (e.userId == null ? "" : String(e.userId)) },
      { title: "Message", value: (e) => e.message ?? "" },
      { title: "Details", value: (e) => e.details ?? "" },
    ], entries));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  kind.addEventListener("change", load);
  download.addEventListener("click", () => run(download, box, () =>
    api.download("logs", query("csv"), `audit-${from.value}-${to.value}.csv`)));
  await load();
}

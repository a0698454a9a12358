// Walks & families: finished walks in a UTC date range (CSV download from the API) and the open
// families with their members and pool. Over GET /api/admin/rewards/walks?from=&to=&format=json|csv and
// GET /api/admin/rewards/families.
import { api } from "../api.js";
import { field, formatTime, h, messageBox, run, table, utcDate } from "../ui.js";

export async function mount(root) {
  const today = new Date();
  const from = h("input", { type: "date", id: "walks-from", value: utcDate(new Date(today.getTime() - 30 * 86_400_000)), required: true });
  const to = h("input", { type: "date", id: "walks-to", value: utcDate(today), required: true });
  const show = h("button", { type: "submit", id: "walks-show" }, "Show");
  const download = h("button", { type: "button", class: "secondary", id: "walks-csv" }, "Download CSV");
  const walksBox = messageBox();
  walksBox.id = "walks-error";
  const walksCount = h("p", { class: "muted", id: "walks-count" });
  const walks = h("div", { id: "walks-list" });
  const form = h("form", { class: "toolbar", autocomplete: "off" }, field("From (UTC)", from), field("To (UTC)", to), show, download);

  const refreshFamilies = h("button", { type: "button", class: "secondary small", id: "families-refresh" }, "Refresh");
  const familiesBox = messageBox();
  const familiesCount = h("p", { class: "muted", id: "families-count" });
  const families = h("div", { id: "families-list" });

  root.append(
    h("h3", null, "Walks"), form, walksBox, walksCount, walks,
    h("div", { class: "card-header" }, h("h3", null, "Families"), refreshFamilies), familiesBox, familiesCount, families);

  const query = (format) => ({ from: from.value, to: to.value, format });

  async function loadWalks() {
    const list = await run(show, walksBox, () => api.get("rewards/walks", query("json")));
    if (!list) return;
    list.reverse(); // newest first on screen; the CSV keeps the API's order
    const points = list.reduce((sum, w) => sum + w.points, 0);
    const steps = list.reduce((sum, w) => sum + w.steps, 0);
    walksCount.textContent = `${list.length} walks, ${steps} steps, ${points} points`;
    walks.replaceChildren(list.length === 0 ? h("p", { class: "muted" }, "No walks finished in this range.") : table([
      { title: "Finished", value: (w) => formatTime(w.finishedAt) },
      { title: "User", value: (w) => `${w.firstName ?? ""} · ${w.userId}` },
      { title: "Minutes", value: (w) => String(Math.round((new Date(w.finishedAt) - new Date(w.startedAt)) / 60_000)) },
      { title: "Steps", value: (w) => String(w.steps) },
      { title: "Temperature", value: (w) => `${w.temperatureC} °C (${w.temperatureSource})` },
      { title: "Coefficient", value: (w) => String(w.coefficient) },
      { title: "Points", value: (w) => String(w.points) },
      { title: "Family", value: (w) => w.familyId ?? "" },
    ], list));
  }

  async function loadFamilies() {
    const list = await run(refreshFamilies, familiesBox, () => api.get("rewards/families"));
    if (!list) return;
    familiesCount.textContent = `${list.length} open families`;
    families.replaceChildren(list.length === 0 ? h("p", { class: "muted" }, "No open families.") : table([
      { title: "Code", value: (f) => h("code", null, f.familyId) },
      { title: "Name", value: (f) => f.name },
      { title: "Owner", value: (f) => String(f.ownerId) },
      { title: "Members", value: (f) => f.members.map((m) => `${m.firstName ?? ""} · ${m.userId}`).join(", ") },
      { title: "Pool", value: (f) => `${f.points} points` },
      { title: "Shared so far", value: (f) => `${f.shared ?? 0} points` },
      { title: "Next share-out", value: (f) => formatTime(f.periodEnd) },
    ], list, { rowProps: (f) => ({ dataset: { family: f.familyId } }) }));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    loadWalks();
  });
  download.addEventListener("click", () => run(download, walksBox, () =>
    api.download("rewards/walks", query("csv"), `walks-${from.value}-${to.value}.csv`)));
  refreshFamilies.addEventListener("click", loadFamilies);
  await Promise.all([loadWalks(), loadFamilies()]);
}

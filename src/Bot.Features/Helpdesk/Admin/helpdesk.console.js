// Helpdesk: tariffs (list, create, edit, delete), the system settings with their ranges (a refusal beside its
// field), users and roles (grant/revoke by user id), the report for a period (the chart, the numbers, CSV) and
// the orders of a period (list, CSV). Over /api/admin/helpdesk/... (CONTRACTS.md, "Helpdesk") and
// GET /api/admin/users (who holds a role).
import { api, apiObjectUrl } from "../api.js";
import { confirm, field, formatTime, h, idempotencyKey, messageBox, run, tabbedSections, table, toast, utcDate } from "../ui.js";

// The settings with the ranges CONTRACTS.md gives them; the API checks them too and its refusal names the setting.
const Settings = [
  { name: "ASSIGNED_CONTRACTORS_TIME_LIMIT", min: 1, max: 100, unit: "%", about: "Percent of the reaction time after which every contractor, not only the assigned ones, hears of a new order." },
  { name: "INFORM_MANAGER_CREATED_PROJECT_LIMIT", min: 1, max: 100, unit: "%", about: "Percent of the reaction time after which managers hear that a created order is not taken." },
  { name: "INFORM_MANAGER_IN_WORK_PROJECT_LIMIT", min: 1, max: 100, unit: "%", about: "Percent of the resolution time after which managers hear that an order in work is not done." },
  { name: "BILLING_DAY", min: 1, max: 28, unit: "day of the month", about: "The day of the month on which a billing period starts." },
  { name: "ORDER_RATE", min: 0, max: null, unit: "₽ per order", about: "Roubles a contractor earns per completed order." },
];
const Roles = ["client", "contractor", "manager", "owner"];
const Statuses = ["created", "taken", "done", "cancelled"];
const TariffFields = [
  { name: "ordersPerPeriod", title: "Orders per period", min: 0, max: 100000 },
  { name: "reactionMinutes", title: "Reaction (minutes)", min: 1, max: 525600 },
  { name: "resolutionMinutes", title: "Resolution (minutes)", min: 1, max: 525600 },
];

export async function mount(root) {
  const tabs = tabbedSections("helpdesk", [
    { id: "tariffs", title: "Tariffs", mount: tariffs },
    { id: "settings", title: "Settings", mount: settings },
    { id: "roles", title: "Users and roles", mount: roles },
    { id: "report", title: "Report", mount: report },
    { id: "orders", title: "Orders", mount: orders },
  ]);
  root.append(tabs.element);
  await tabs.open("tariffs");
}

/** A number as typed: a number when it reads as one, else the text itself (the API answers what is wrong with it). */
function typed(input) {
  const text = input.value.trim();
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

function errorBox(id) {
  const box = messageBox();
  if (id) box.id = id;
  return box;
}

// ---- tariffs ----

async function tariffs(root) {
  const box = errorBox("tariffs-error");
  const list = h("div", { id: "tariffs-list" });
  const editor = h("div", { id: "tariff-editor" });
  const add = h("button", { type: "button", id: "tariff-new" }, "New tariff");
  root.append(h("div", { class: "toolbar" }, add), box, editor, list);

  async function load() {
    const items = await run(null, box, () => api.get("helpdesk/tariffs"));
    if (!items) return;
    list.replaceChildren(items.length === 0 ? h("p", { class: "muted" }, "No tariff yet: clients need one to create orders.") : table([
      { title: "Id", value: (t) => h("code", null, t.tariffId) },
      { title: "Title", value: (t) => t.title },
      { title: "Orders / period", value: (t) => String(t.ordersPerPeriod) },
      { title: "Reaction", value: (t) => `${t.reactionMinutes} min` },
      { title: "Resolution", value: (t) => `${t.resolutionMinutes} min` },
      { title: "Assigned only", value: (t) => (t.assignedContractorsOnly ? "yes" : "no") },
      {
        title: "", value: (t) => h("span", { class: "row" },
          h("button", { type: "button", class: "secondary small edit", onclick: () => edit(t) }, "Edit"),
          h("button", { type: "button", class: "danger small delete", onclick: (e) => remove(t, e.currentTarget) }, "Delete")),
      },
    ], items, { rowProps: (t) => ({ dataset: { tariffId: t.tariffId } }) }));
  }

  async function remove(tariff, button) {
    if (!(await confirm(`Delete the tariff ${tariff.tariffId} (${tariff.title})? Its clients cannot create orders until they get another one.`))) return;
    if (await run(button, box, () => api.delete(`helpdesk/tariffs/${encodeURIComponent(tariff.tariffId)}`))) {
      toast(`Tariff ${tariff.tariffId} deleted.`);
      editor.replaceChildren();
      await load();
    }
  }

  function edit(tariff) {
    const isNew = !tariff;
    const id = h("input", { id: "tariff-id", type: "text", required: true, maxlength: 32, value: tariff?.tariffId ?? "", readonly: !isNew, placeholder: "basic" });
    const title = h("input", { id: "tariff-title", type: "text", required: true, maxlength: 60, value: tariff?.title ?? "" });
    const numbers = Object.fromEntries(TariffFields.map((f) => [f.name,
      h("input", { id: `tariff-${f.name}`, type: "text", inputmode: "numeric", value: tariff ? String(tariff[f.name]) : "" })]));
    const assigned = h("input", { id: "tariff-assigned", type: "checkbox", checked: tariff?.assignedContractorsOnly ?? false });
    const boxes = Object.fromEntries(["tariffId", "title", ...TariffFields.map((f) => f.name), "assignedContractorsOnly"].map((n) => [n, errorBox(`tariff-${n}-error`)]));
    const formBox = errorBox("tariff-error");
    const save = h("button", { type: "submit", id: "tariff-save" }, "Save tariff");
    const form = h("form", { class: "card", autocomplete: "off", id: "tariff-form" },
      h("div", { class: "card-header" }, h("h3", null, isNew ? "New tariff" : `Tariff ${tariff.tariffId}`),
        h("button", { type: "button", class: "secondary small", onclick: () => editor.replaceChildren() }, "Close")),
      h("div", { class: "row top" },
        field("Id (letters, digits, - or _)", id, boxes.tariffId),
        field("Title", title, boxes.title)),
      h("div", { class: "row top" }, TariffFields.map((f) => field(`${f.title} · ${f.min}–${f.max}`, numbers[f.name], boxes[f.name]))),
      h("label", { class: "check" }, assigned, " Only the client's assigned contractors see its orders first"), boxes.assignedContractorsOnly,
      formBox, save);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      Object.values(boxes).forEach((b) => b.show(""));
      const body = { title: title.value, assignedContractorsOnly: assigned.checked };
      for (const f of TariffFields) body[f.name] = typed(numbers[f.name]);
      let failure = null;
      const saved = await run(save, { show: (m) => { failure = m; } }, () =>
        api.put(`helpdesk/tariffs/${encodeURIComponent(id.value.trim())}`, body));
      if (failure) {
        // The API's message starts with the field it is about ("title must be ...", "a tariff id is ...").
        const name = /^a tariff id/.test(failure) ? "tariffId" : Object.keys(boxes).find((n) => failure.startsWith(n));
        (name ? boxes[name] : formBox).show(failure);
        return;
      }
      if (saved) {
        toast(`Tariff ${saved.tariffId} saved.`);
        editor.replaceChildren();
        await load();
      }
    });
    editor.replaceChildren(form);
    (isNew ? id : title).focus();
  }

  add.addEventListener("click", () => edit(null));
  await load();
}

// ---- settings ----

async function settings(root) {
  const box = errorBox("settings-error");
  const saved = messageBox("success");
  saved.id = "settings-saved";
  const current = await api.get("helpdesk/settings");
  const rows = Settings.map((s) => {
    const input = h("input", { id: `setting-${s.name}`, type: "text", inputmode: "numeric", value: String(current[s.name] ?? ""), autocomplete: "off" });
    const error = errorBox(`setting-${s.name}-error`);
    const range = s.max == null ? `at least ${s.min}` : `${s.min}–${s.max}`;
    const element = h("div", { class: "field setting", dataset: { setting: s.name } },
      h("label", { for: input.id }, h("code", null, s.name)),
      h("div", { class: "row" }, input, h("span", { class: "hint range", id: `setting-${s.name}-range` }, `allowed: ${range} (${s.unit})`)),
      h("span", { class: "hint" }, s.about),
      error);
    return { ...s, input, error, element };
  });
  const save = h("button", { type: "submit", id: "settings-save" }, "Save settings");
  const form = h("form", { class: "card", autocomplete: "off", id: "settings-form" },
    h("p", { class: "muted" }, "The five system settings of the helpdesk. A value outside its range is refused and nothing is saved."),
    rows.map((r) => r.element), box, saved, save);
  root.append(form);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    saved.show("");
    rows.forEach((r) => { r.error.show(""); r.element.classList.remove("invalid"); });
    const body = {};
    for (const r of rows) {
      if (r.input.value.trim() !== String(current[r.name] ?? "")) body[r.name] = typed(r.input);
    }
    if (Object.keys(body).length === 0) {
      saved.show("Nothing changed.");
      return;
    }
    let failure = null;
    const answer = await run(save, { show: (m) => { failure = m; } }, () => api.put("helpdesk/settings", body));
    if (failure) {
      const row = rows.find((r) => failure.startsWith(r.name + " "));
      (row ? row.error : box).show(failure);
      row?.element.classList.add("invalid");
      row?.input.focus();
      return;
    }
    if (answer) {
      Object.assign(current, answer);
      rows.forEach((r) => { r.input.value = String(answer[r.name] ?? ""); });
      saved.show(`Saved: ${Object.keys(body).map((n) => `${n} = ${answer[n]}`).join(", ")}.`);
    }
  });
}

// ---- users and roles ----

async function roles(root) {
  const listBox = errorBox("roles-error");
  const list = h("div", { id: "roles-list" });
  const userId = h("input", { id: "role-user", type: "text", inputmode: "numeric", required: true, autocomplete: "off", placeholder: "Telegram user id" });
  const role = h("select", { id: "role-name" }, Roles.map((r) => h("option", { value: r }, r)));
  const tariff = h("select", { id: "role-tariff" }, h("option", { value: "" }, "—"));
  const contractors = h("input", { id: "role-contractors", type: "text", autocomplete: "off", placeholder: "e.g. 701, 702 (optional)" });
  const grantBox = errorBox("role-grant-error");
  const done = messageBox("success");
  done.id = "role-grant-result";
  const grant = h("button", { type: "submit", id: "role-grant" }, "Grant role");
  const tariffField = field("Tariff (clients)", tariff);
  const contractorsField = field("Assigned contractors (clients; ids, comma-separated)", contractors);
  const form = h("form", { class: "card", autocomplete: "off", id: "role-form" },
    h("h3", null, "Grant a role"),
    h("p", { class: "muted" }, "By Telegram user id; someone the bot has not seen yet gets the role before their first message."),
    h("div", { class: "row top" }, field("User id", userId), field("Role", role), tariffField, contractorsField),
    grantBox, done, grant);
  root.append(form, h("h3", { class: "section-title" }, "Who holds a helpdesk role"), listBox, list);

  const tariffs = await run(null, grantBox, () => api.get("helpdesk/tariffs")) ?? [];
  tariff.append(...tariffs.map((t) => h("option", { value: t.tariffId }, `${t.tariffId} · ${t.title}`)));
  function showClientFields() {
    tariffField.hidden = contractorsField.hidden = role.value !== "client";
  }
  role.addEventListener("change", showClientFields);
  showClientFields();

  async function load() {
    const users = await run(null, listBox, () => api.get("users", { format: "json" }));
    if (!users) return;
    const holders = users.filter((u) => (u.roles ?? []).some((r) => Roles.includes(r)));
    list.replaceChildren(holders.length === 0 ? h("p", { class: "muted" }, "Nobody holds a helpdesk role yet.") : table([
      { title: "User id", value: (u) => String(u.userId) },
      { title: "Name", value: (u) => [u.firstName, u.username ? "@" + u.username : null].filter(Boolean).join(" ") || "—" },
      {
        title: "Roles (× revokes)", value: (u) => h("span", null, (u.roles ?? []).filter((r) => Roles.includes(r)).map((r) =>
          h("button", { type: "button", class: "secondary small revoke", dataset: { role: r }, title: `Revoke ${r}`, onclick: (e) => revoke(u, r, e.currentTarget) }, `${r} ×`))),
      },
    ], holders, { rowProps: (u) => ({ dataset: { userId: u.userId } }) }));
  }

  async function revoke(user, name, button) {
    if (!(await confirm(`Revoke the role ${name} from user ${user.userId}${user.firstName ? ` (${user.firstName})` : ""}?`))) return;
    const answer = await run(button, listBox, () =>
      api.delete(`helpdesk/users/${user.userId}/role/${encodeURIComponent(name)}`, { "Idempotency-Key": idempotencyKey() }));
    if (answer) {
      toast(`User ${answer.userId}: roles now ${answer.roles.join(", ") || "none"}.`);
      await load();
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    done.show("");
    grantBox.show("");
    const id = userId.value.trim();
    if (!/^\d+$/.test(id)) {
      grantBox.show("userId: enter the person's Telegram user id (digits)");
      return;
    }
    const body = { role: role.value };
    if (role.value === "client") {
      body.tariffId = tariff.value || null;
      const ids = contractors.value.split(/[\s,;]+/).filter(Boolean);
      body.assignedContractors = ids.map((x) => (/^\d+$/.test(x) ? Number(x) : x));
    }
    const answer = await run(grant, grantBox, () => api.post(`helpdesk/users/${id}/role`, body, { "Idempotency-Key": idempotencyKey() }));
    if (answer) {
      done.show(`User ${answer.userId}: roles ${answer.roles.join(", ") || "none"}`
        + (answer.tariffId ? `, tariff ${answer.tariffId}` : "")
        + (answer.assignedContractors?.length ? `, assigned contractors ${answer.assignedContractors.join(", ")}` : "") + ".");
      await load();
    }
  });
  await load();
}

// ---- report ----

function periodFields(prefix, days) {
  const today = new Date();
  const from = h("input", { type: "date", id: `${prefix}-from`, value: days ? utcDate(new Date(today.getTime() - (days - 1) * 86_400_000)) : "" });
  const to = h("input", { type: "date", id: `${prefix}-to`, value: days ? utcDate(today) : "" });
  return { from, to, query: () => ({ from: from.value, to: to.value }) };
}

async function report(root) {
  const period = periodFields("report", 0);
  const show = h("button", { type: "submit", id: "report-show" }, "Show");
  const download = h("button", { type: "button", class: "secondary", id: "report-csv" }, "Download CSV");
  const box = errorBox("report-error");
  const title = h("p", { class: "muted", id: "report-period" });
  const chartBox = errorBox("report-chart-error");
  const chart = h("img", { class: "chart", id: "report-chart", alt: "The report's chart", hidden: true });
  const numbers = h("div", { id: "report-numbers" });
  const form = h("form", { class: "toolbar", autocomplete: "off" },
    field("From (UTC)", period.from), field("To (UTC)", period.to), show, download);
  root.append(h("p", { class: "muted" }, "Leave both dates empty for the current billing period."), form, box, title, chartBox, chart, numbers);

  let chartUrl = null;
  async function load() {
    const query = period.query();
    const data = await run(show, box, () => api.get("helpdesk/report", { ...query, format: "json" }));
    if (!data) return;
    title.textContent = `Period ${data.from} — ${data.to}`;
    numbers.replaceChildren(
      h("h4", null, "Clients"),
      data.clients.length === 0 ? h("p", { class: "muted" }, "No client orders in the period.") : table([
        { title: "User id", value: (c) => String(c.userId) },
        { title: "Name", value: (c) => c.name ?? "" },
        { title: "Tariff", value: (c) => c.tariffId ?? "" },
        { title: "Created", value: (c) => String(c.created) },
        { title: "Done", value: (c) => String(c.done) },
        { title: "Remaining", value: (c) => String(c.remaining) },
      ], data.clients, { rowProps: (c) => ({ dataset: { userId: c.userId } }) }),
      h("h4", null, "Contractors"),
      data.contractors.length === 0 ? h("p", { class: "muted" }, "No contractor took an order in the period.") : table([
        { title: "User id", value: (c) => String(c.userId) },
        { title: "Name", value: (c) => c.name ?? "" },
        { title: "Taken", value: (c) => String(c.taken) },
        { title: "Done", value: (c) => String(c.done) },
        { title: "Payout ₽", value: (c) => String(c.payout) },
        { title: "Avg. to take (min)", value: (c) => (c.avgMinutesToTake == null ? "—" : String(c.avgMinutesToTake)) },
        { title: "Avg. to finish (min)", value: (c) => (c.avgMinutesToFinish == null ? "—" : String(c.avgMinutesToFinish)) },
      ], data.contractors, { rowProps: (c) => ({ dataset: { userId: c.userId } }) }),
      h("h4", null, "Late orders"),
      data.breaches.length === 0 ? h("p", { class: "muted" }, "None.") : table([
        { title: "Order", value: (b) => b.orderId },
        { title: "Late to", value: (b) => (b.kind === "take" ? "take" : "finish") },
        { title: "Minutes late", value: (b) => String(b.minutesLate) },
      ], data.breaches));

    // The chart: an <img> cannot send the key, so the PNG comes as a blob with it.
    const url = await run(null, chartBox, () => apiObjectUrl("helpdesk/report", { ...query, format: "png" }));
    if (chartUrl) URL.revokeObjectURL(chartUrl);
    chartUrl = url ?? null;
    chart.hidden = !url;
    if (url) chart.src = url;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  download.addEventListener("click", () => run(download, box, () =>
    api.download("helpdesk/report", { ...period.query(), format: "csv" }, "helpdesk-report.csv")));
  await load();
}

// ---- orders ----

async function orders(root) {
  const period = periodFields("orders", 30);
  const status = h("select", { id: "orders-status" }, h("option", { value: "" }, "Any status"), Statuses.map((s) => h("option", { value: s }, s)));
  const show = h("button", { type: "submit", id: "orders-show" }, "Show");
  const download = h("button", { type: "button", class: "secondary", id: "orders-csv" }, "Download CSV");
  const box = errorBox("orders-error");
  const count = h("p", { class: "muted", id: "orders-count" });
  const list = h("div", { id: "orders-list" });
  const form = h("form", { class: "toolbar", autocomplete: "off" },
    field("Created from (UTC)", period.from), field("To (UTC)", period.to), field("Status", status), show, download);
  root.append(form, box, count, list);
  const query = (format) => ({ ...period.query(), status: status.value, format });

  async function load() {
    const rows = await run(show, box, () => api.get("helpdesk/orders", query("json")));
    if (!rows) return;
    rows.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    count.textContent = `${rows.length} orders`;
    list.replaceChildren(rows.length === 0 ? h("p", { class: "muted" }, "No order in this range.") : table([
      { title: "Order", value: (o) => h("code", null, o.orderId) },
      { title: "Created", value: (o) => formatTime(o.createdAt) },
      { title: "Status", value: (o) => h("span", { class: "badge" }, o.status) },
      { title: "Client", value: (o) => String(o.clientId) },
      { title: "Contractor", value: (o) => (o.contractorId == null ? "—" : String(o.contractorId)) },
      { title: "Description", value: (o) => o.description ?? "" },
      { title: "Taken", value: (o) => formatTime(o.takenAt) },
      { title: "Done", value: (o) => formatTime(o.doneAt) },
      { title: "Rating", value: (o) => (o.rating == null ? "" : String(o.rating)) },
    ], rows, { rowProps: (o) => ({ dataset: { orderId: o.orderId } }) }));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  status.addEventListener("change", load);
  download.addEventListener("click", () => run(download, box, () =>
    api.download("helpdesk/orders", query("csv"), `helpdesk-orders-${period.from.value}-${period.to.value}.csv`)));
  await load();
}

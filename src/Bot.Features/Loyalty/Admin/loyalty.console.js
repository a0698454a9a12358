// Loyalty: accrue or deduct points by phone (confirmed, one Idempotency-Key per submit; the answer says whether a
// linked user got them or they wait for the phone's link), and the bonus log (a UTC date range, CSV download).
// Over POST /api/admin/loyalty/adjust and GET /api/admin/loyalty/bonuses?from=&to=&format=json|csv.
import { api } from "../api.js";
import { confirm, field, formatTime, h, idempotencyKey, messageBox, run, table, utcDate } from "../ui.js";

export async function mount(root) {
  root.append(adjustForm(), h("h3", { class: "section-title" }, "Bonus log"));
  await bonusLog(root);
}

function adjustForm() {
  const phone = h("input", { id: "loyalty-phone", type: "tel", required: true, autocomplete: "off", placeholder: "+7 999 000-00-00" });
  const points = h("input", { id: "loyalty-points", type: "text", inputmode: "numeric", required: true, autocomplete: "off", placeholder: "e.g. 100 or -50" });
  const reason = h("input", { id: "loyalty-reason", type: "text", required: true, maxlength: 500, autocomplete: "off", placeholder: "Why (the client sees it)" });
  const errors = { phone: fieldError("loyalty-phone-error"), points: fieldError("loyalty-points-error"), reason: fieldError("loyalty-reason-error") };
  const formError = messageBox();
  formError.id = "loyalty-adjust-error";
  const result = messageBox("success");
  result.id = "loyalty-adjust-result";
  const submit = h("button", { type: "submit", id: "loyalty-adjust-submit" }, "Adjust points");
  const form = h("form", { class: "card", autocomplete: "off", id: "loyalty-adjust" },
    h("h3", null, "Adjust points by phone"),
    h("p", { class: "muted" }, "Positive accrues, negative deducts. A phone no client has linked yet keeps the points until it is linked."),
    h("div", { class: "row top" },
      field("Phone (any common format)", phone, errors.phone),
      field("Points (+/-)", points, errors.points)),
    field("Reason", reason, errors.reason),
    formError, result, submit);

  function clear() {
    for (const box of [...Object.values(errors), formError, result]) box.show("");
    form.querySelectorAll(".field.invalid").forEach((f) => f.classList.remove("invalid"));
  }

  /** The API's words next to the field they are about (its messages start with or name it). */
  function showError(message) {
    const target = /^reason\b/i.test(message) ? "reason"
      : /points|balance|below zero/i.test(message) ? "points"
        : /phone|number|country/i.test(message) ? "phone" : null;
    const box = target ? errors[target] : formError;
    box.show(message);
    box.closest(".field")?.classList.add("invalid");
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clear();
    const text = points.value.trim();
    const amount = Number(text);
    if (!phone.value.trim()) return showError("phone: enter the client's phone number");
    if (!/^[+-]?\d+$/.test(text) || amount === 0) return showError("points: enter a whole number other than zero, e.g. 100 or -50");
    if (!reason.value.trim()) return showError("reason is required: the client sees it");

    const verb = amount > 0 ? `Add ${amount}` : `Deduct ${-amount}`;
    if (!(await confirm(`${verb} points ${amount > 0 ? "to" : "from"} ${phone.value.trim()}? Reason: ${reason.value.trim()}`))) return;
    // One key per submit: a retried request is applied once.
    let failure = null;
    const answer = await run(submit, { show: (m) => { failure = m; } }, () => api.post("loyalty/adjust",
      { phone: phone.value.trim(), points: amount, reason: reason.value.trim() },
      { "Idempotency-Key": idempotencyKey() }));
    if (failure) {
      showError(failure);
      return;
    }
    if (!answer) return;
    result.show(answer.userId != null
      ? `Applied: ${answer.phone} is linked to user ${answer.userId}; their points balance is now ${answer.balance}. The client was told.`
      : `Waiting for the link: no client has linked ${answer.phone} yet. ${answer.balance} points wait for that phone and are credited when it is linked.`);
    points.value = "";
    reason.value = "";
  });
  return form;
}

function fieldError(id) {
  const box = messageBox();
  box.id = id;
  return box;
}

async function bonusLog(root) {
  const today = new Date();
  const from = h("input", { type: "date", id: "bonuses-from", value: utcDate(new Date(today.getTime() - 29 * 86_400_000)), required: true });
  const to = h("input", { type: "date", id: "bonuses-to", value: utcDate(today), required: true });
  const show = h("button", { type: "submit", id: "bonuses-show" }, "Show");
  const download = h("button", { type: "button", class: "secondary", id: "bonuses-csv" }, "Download CSV");
  const box = messageBox();
  box.id = "bonuses-error";
  const count = h("p", { class: "muted", id: "bonuses-count" });
  const list = h("div", { id: "bonuses-list" });
  const form = h("form", { class: "toolbar", autocomplete: "off" }, field("From (UTC)", from), field("To (UTC)", to), show, download);
  root.append(
    h("p", { class: "muted" }, "Bonuses for paid visits from YCLIENTS, one row per record (UTC dates of the award). Adjustments by phone are not listed here: a linked client's shows in their balance (Users) and the audit log."),
    form, box, count, list);

  async function load() {
    const rows = await run(show, box, () => api.get("loyalty/bonuses", { from: from.value, to: to.value, format: "json" }));
    if (!rows) return;
    rows.sort((a, b) => String(b.awardedAt).localeCompare(String(a.awardedAt)));
    count.textContent = `${rows.length} bonuses, ${rows.reduce((sum, r) => sum + (r.points ?? 0), 0)} points`;
    list.replaceChildren(rows.length === 0 ? h("p", { class: "muted" }, "No bonus in this range.") : table([
      { title: "Awarded", value: (r) => formatTime(r.awardedAt) },
      { title: "Record", value: (r) => String(r.recordId) },
      { title: "Phone", value: (r) => r.phone ?? "" },
      { title: "User", value: (r) => (r.userId == null ? h("span", { class: "badge" }, "not linked") : String(r.userId)) },
      { title: "Visit amount", value: (r) => String(r.amount) },
      { title: "Points", value: (r) => String(r.points) },
      { title: "Notified", value: (r) => (r.notified ? "yes" : "no") },
    ], rows, { rowProps: (r) => ({ dataset: { recordId: r.recordId } }) }));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  download.addEventListener("click", () => run(download, box, () =>
    api.download("loyalty/bonuses", { from: from.value, to: to.value, format: "csv" }, `bonuses-${from.value}-${to.value}.csv`)));
  await load();
}

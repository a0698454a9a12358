// Promo codes: every code with its uses of max and expiry; create or change one (the uses so
// far are kept), delete (confirmed). Over GET /api/admin/rewards/promo-codes and
// PUT|DELETE /api/admin/rewards/promo-codes/{code}; a refusal (400) is shown beside the form.
import { api } from "../api.js";
import { confirm, field, formatTime, fromLocalInput, h, messageBox, run, table, toLocalInput } from "../ui.js";

export async function mount(root) {
  let codes = [];
  const listBox = messageBox();
  const notice = messageBox("success");
  notice.id = "promo-notice";
  const refresh = h("button", { type: "button", class: "secondary", id: "promo-refresh" }, "Refresh");
  const count = h("p", { class: "muted", id: "promo-count" });
  const list = h("div", { id: "promo-list" });

  const code = h("input", { id: "promo-code", required: true, maxlength: 32, placeholder: "e.g. WINTER25", autocomplete: "off" });
  const points = h("input", { id: "promo-points", type: "number", min: 1, step: 1, required: true });
  const maxUses = h("input", { id: "promo-max", type: "number", min: 1, step: 1, required: true });
  const expires = h("input", { id: "promo-expires", type: "datetime-local", required: true, value: toLocalInput(new Date(Date.now() + 30 * 86_400_000)) });
  const box = messageBox();
  box.id = "promo-error";
  const save = h("button", { type: "submit", id: "promo-save" }, "Save code");
  const form = h("form", { class: "card", autocomplete: "off", novalidate: true },
    h("h3", null, "Create or change a code"),
    h("div", { class: "row" },
      field("Code (any case; stored upper case)", code), field("Points", points), field("Uses at most", maxUses),
      field(`Expires (this browser's time, ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, expires)),
    box, save);
  root.append(form, notice, h("div", { class: "toolbar" }, refresh), listBox, count, list);

  async function load() {
    const answer = await run(refresh, listBox, () => api.get("rewards/promo-codes"));
    if (answer) {
      codes = answer.sort((a, b) => a.code.localeCompare(b.code));
      render();
    }
  }

  function render() {
    count.textContent = `${codes.length} promo codes`;
    list.replaceChildren(codes.length === 0 ? h("p", { class: "muted" }, "No promo codes yet.") : table([
      { title: "Code", value: (c) => h("code", null, c.code) },
      { title: "Points", value: (c) => String(c.points) },
      { title: "Uses", value: (c) => h("span", { class: "uses" }, `${c.uses} of ${c.maxUses}`) },
      { title: "Expires", value: (c) => formatTime(c.expiresAt) },
      { title: "State", value: state },
      { title: "", value: (c) => h("span", { class: "row" },
        h("button", { type: "button", class: "secondary small", onclick: () => fill(c) }, "Edit"),
        h("button", { type: "button", class: "secondary small", onclick: () => remove(c) }, "Delete")) },
    ], codes, { rowProps: (c) => ({ dataset: { code: c.code } }) }));
  }

  function state(promo) {
    if (new Date(promo.expiresAt).getTime() <= Date.now()) return h("span", { class: "badge danger" }, "expired");
    if (promo.uses >= promo.maxUses) return h("span", { class: "badge danger" }, "used up");
    return h("span", { class: "badge" }, "active");
  }

  function fill(promo) {
    code.value = promo.code;
    points.value = String(promo.points);
    maxUses.value = String(promo.maxUses);
    expires.value = toLocalInput(promo.expiresAt);
    notice.show("");
    box.show("");
    points.focus();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    notice.show("");
    if (!code.value.trim()) {
      box.show("Enter the code.");
      return;
    }
    const number = (input) => (input.value === "" ? null : Number(input.value));
    const sent = { points: number(points), maxUses: number(maxUses), expiresAt: fromLocalInput(expires.value) };
    const answer = await run(save, box, () => api.put(`rewards/promo-codes/${encodeURIComponent(code.value.trim())}`, sent));
    if (answer) {
      notice.show(`Saved ${answer.code}: ${answer.points} points, ${answer.uses} of ${answer.maxUses} used, until ${formatTime(answer.expiresAt)}.`);
      await load();
    }
  });

  async function remove(promo) {
    if (!(await confirm(`Delete the promo code ${promo.code} (${promo.uses} of ${promo.maxUses} used)? Users can no longer enter it.`))) return;
    const answer = await run(null, listBox, () => api.delete(`rewards/promo-codes/${encodeURIComponent(promo.code)}`));
    if (answer !== undefined) {
      notice.show(`Deleted ${promo.code}.`);
      await load();
    }
  }

  refresh.addEventListener("click", load);
  await load();
}

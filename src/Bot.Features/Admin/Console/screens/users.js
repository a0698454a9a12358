// Users: search by id, name, username or phone; balances; block/unblock; a balance change with a reason
// (confirmed, one Idempotency-Key per submit); CSV download. Over GET /api/admin/users and
// POST /api/admin/users/{id}/balance|block|unblock.
import { api } from "../api.js";
import { confirm, field, formatTime, h, idempotencyKey, messageBox, run, table } from "../ui.js";

const Currencies = ["RUB", "points"];

function name(user) {
  return [user.firstName, user.username ? "@" + user.username : null].filter(Boolean).join(" ") || `user ${user.userId}`;
}

function balances(user) {
  const entries = Object.entries(user.balances ?? {});
  return entries.length === 0 ? "—" : entries.map(([currency, amount]) => `${amount} ${currency}`).join(", ");
}

function status(user) {
  return h("span", { class: "badges" },
    user.blocked ? h("span", { class: "badge danger" }, "blocked") : null,
    user.unreachable ? h("span", { class: "badge" }, "unreachable") : null,
    (user.roles ?? []).map((r) => h("span", { class: "badge" }, r)));
}

function matches(user, query) {
  if (!query) return true;
  const q = query.toLowerCase();
  const digits = q.replace(/[^\d]/g, "");
  return String(user.userId) === q
    || (user.firstName ?? "").toLowerCase().includes(q)
    || (user.username ?? "").toLowerCase().includes(q.replace(/^@/, ""))
    || (digits.length >= 3 && (user.phone ?? "").replace(/[^\d]/g, "").includes(digits));
}

export async function mount(root) {
  let users = [];
  let selected = null;
  let notice = "";

  const search = h("input", { type: "search", id: "user-search", placeholder: "Id, name, @username or phone", autocomplete: "off" });
  const refresh = h("button", { type: "button", class: "secondary", id: "users-refresh" }, "Refresh");
  const download = h("button", { type: "button", class: "secondary", id: "users-csv" }, "Download CSV");
  const listError = messageBox();
  const count = h("p", { class: "muted", id: "users-count" });
  const list = h("div", { id: "users-list" });
  const details = h("div", { id: "user-details" });

  root.append(
    h("div", { class: "toolbar" }, search, refresh, download),
    listError, count, details, list);

  function renderList() {
    const shown = users.filter((u) => matches(u, search.value.trim()));
    count.textContent = `${shown.length} of ${users.length} users`;
    list.replaceChildren(shown.length === 0 ? h("p", { class: "muted" }, "No user matches.") : table([
      { title: "Id", value: (u) => String(u.userId) },
      { title: "Name", value: name },
      { title: "Phone", value: (u) => u.phone ?? "" },
      { title: "Balances", value: balances },
      { title: "Status", value: status },
      { title: "", value: (u) => h("button", { type: "button", class: "secondary small", onclick: () => select(u.userId) }, "Open") },
    ], shown, { rowProps: (u) => ({ class: u.userId === selected ? "selected" : null, dataset: { userId: u.userId } }) }));
  }

  async function load() {
    const answer = await run(refresh, listError, () => api.get("users", { format: "json" }));
    if (answer) {
      users = answer;
      renderList();
      if (selected !== null) renderDetails();
    }
  }

  function select(userId) {
    selected = userId;
    renderList();
    renderDetails();
    details.scrollIntoView({ block: "nearest" });
  }

  function renderDetails() {
    const user = users.find((u) => u.userId === selected);
    if (!user) {
      details.replaceChildren();
      return;
    }

    const blockBox = messageBox();
    const blockButton = h("button", { type: "button", id: "user-block", class: user.blocked ? "" : "danger" }, user.blocked ? "Unblock" : "Block");
    blockButton.addEventListener("click", async () => {
      const action = user.blocked ? "unblock" : "block";
      if (!(await confirm(`${action === "block" ? "Block" : "Unblock"} ${name(user)} (${user.userId})?`))) return;
      const answer = await run(blockButton, blockBox, () => api.post(`users/${user.userId}/${action}`));
      if (answer) {
        notice = `${name(user)} is ${answer.blocked ? "blocked" : "unblocked"}.`;
        await load();
      }
    });

    const currency = h("select", { id: "balance-currency" }, Currencies.map((c) => h("option", { value: c }, c)));
    const delta = h("input", { id: "balance-delta", type: "number", step: "any", required: true, placeholder: "e.g. 100 or -50" });
    const reason = h("input", { id: "balance-reason", type: "text", required: true, maxlength: 500, placeholder: "Why (the user sees it)" });
    const submit = h("button", { type: "submit", id: "balance-submit" }, "Change balance");
    const balanceBox = messageBox();
    const result = messageBox("success");
    result.id = "user-notice";
    result.show(notice);
    notice = "";
    const form = h("form", { class: "balance-form", autocomplete: "off" },
      h("h4", null, "Change a balance"),
      h("div", { class: "row" }, field("Currency", currency), field("Change (+/-)", delta)),
      field("Reason", reason),
      balanceBox, submit);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      result.show("");
      const amount = Number(delta.value);
      if (!delta.value || !Number.isFinite(amount) || amount === 0) {
        balanceBox.show("Enter a change other than zero, e.g. 100 or -50.");
        return;
      }
      if (!reason.value.trim()) {
        balanceBox.show("Enter the reason: the user sees it.");
        return;
      }
      const sign = amount > 0 ? "+" : "";
      if (!(await confirm(`Change the ${currency.value} balance of ${name(user)} (${user.userId}) by ${sign}${delta.value}? Reason: ${reason.value.trim()}`))) return;
      // One key per submit: if this request is retried (a flaky network), the API applies it once.
      const headers = { "Idempotency-Key": idempotencyKey() };
      const answer = await run(submit, balanceBox, () =>
        api.post(`users/${user.userId}/balance`, { currency: currency.value, delta: amount, reason: reason.value.trim() }, headers));
      if (answer) {
        notice = `Done: the ${answer.currency} balance is now ${answer.balance}.`;
        await load();
      }
    });

    details.replaceChildren(h("div", { class: "card user-card", dataset: { userId: user.userId } },
      h("div", { class: "card-header" },
        h("h3", null, `${name(user)} · ${user.userId}`),
        h("button", { type: "button", class: "secondary small", onclick: () => { selected = null; renderList(); renderDetails(); } }, "Close")),
      h("dl", { class: "facts" },
        h("dt", null, "Phone"), h("dd", null, user.phone ?? "—"),
        h("dt", null, "Balances"), h("dd", { id: "user-balances" }, balances(user)),
        h("dt", null, "Status"), h("dd", { id: "user-status" }, user.blocked ? "blocked" : "active", " ", status(user)),
        h("dt", null, "Since"), h("dd", null, formatTime(user.createdAt))),
      result,
      h("div", { class: "row" }, blockButton), blockBox,
      form));
  }

  search.addEventListener("input", renderList);
  refresh.addEventListener("click", load);
  download.addEventListener("click", () => run(download, listError, () => api.download("users", { format: "csv" }, "users.csv")));
  await load();
}

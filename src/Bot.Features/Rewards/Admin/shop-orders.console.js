// Orders: the orders created in a UTC date range with the seed's eight fields, and a CSV of
// exactly what is shown. Over GET /api/admin/order/{YYYY-MM-DD-YYYY-MM-DD}.
import { api } from "../api.js";
import { field, h, messageBox, run, saveFile, table, toCsv, utcDate } from "../ui.js";

// The seed's fields, in its order.
const Fields = ["order_id", "created_at", "first_name", "last_name", "phone", "email", "pvz_id", "product_code"];

export async function mount(root) {
  const today = new Date();
  const from = h("input", { type: "date", id: "orders-from", value: utcDate(new Date(today.getTime() - 6 * 86_400_000)), required: true });
  const to = h("input", { type: "date", id: "orders-to", value: utcDate(today), required: true });
  const show = h("button", { type: "submit", id: "orders-show" }, "Show");
  const download = h("button", { type: "button", class: "secondary", id: "orders-csv", disabled: true }, "Download CSV");
  const box = messageBox();
  box.id = "orders-error";
  const count = h("p", { class: "muted", id: "orders-count" });
  const list = h("div", { id: "orders-list" });
  const form = h("form", { class: "toolbar", autocomplete: "off" }, field("From (UTC)", from), field("To (UTC)", to), show, download);
  root.append(form, box, count, list);

  let shown = { orders: [], range: "" };

  async function load() {
    const range = `${from.value}-${to.value}`;
    // The API refuses a bad range in its words; an empty field would only make a confusing path.
    if (!from.value || !to.value) {
      box.show("Choose both dates.");
      return;
    }
    const orders = await run(show, box, () => api.get(`order/${encodeURIComponent(range)}`));
    if (!orders) return;
    shown = { orders, range };
    download.disabled = orders.length === 0;
    count.textContent = `${orders.length} orders from ${from.value} to ${to.value} (UTC)`;
    list.replaceChildren(orders.length === 0 ? h("p", { class: "muted" }, "No orders in this range.") : table(
      Fields.map((name) => ({ title: name, value: (o) => o[name] ?? "" })), orders));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  download.addEventListener("click", () => saveFile(`orders-${shown.range}.csv`, toCsv(Fields, shown.orders.map((o) => Fields.map((name) => o[name])))));
  await load();
}

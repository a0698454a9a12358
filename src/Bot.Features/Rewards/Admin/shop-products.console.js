// Products: the list, a form to create or edit one (its stock included), a quick stock
// change per row, delete (confirmed). Over GET /api/admin/rewards/products and
// PUT|DELETE /api/admin/rewards/products/{productCode}; a refusal (400) is shown beside the form.
import { api } from "../api.js";
import { confirm, field, h, messageBox, run, table } from "../ui.js";

const Empty = { productCode: "", title: "", category: "", pricePoints: "", stock: "", description: "", photo: "" };

export async function mount(root) {
  let products = [];
  const listBox = messageBox();
  const notice = messageBox("success");
  notice.id = "product-notice";
  const refresh = h("button", { type: "button", class: "secondary", id: "products-refresh" }, "Refresh");
  const create = h("button", { type: "button", id: "product-new" }, "New product");
  const count = h("p", { class: "muted", id: "products-count" });
  const list = h("div", { id: "products-list" });
  const editor = h("div", { id: "product-editor" });
  root.append(h("div", { class: "toolbar" }, create, refresh), notice, listBox, editor, count, list);

  async function load() {
    const answer = await run(refresh, listBox, () => api.get("rewards/products"));
    if (answer) {
      products = answer;
      render();
    }
  }

  function render() {
    count.textContent = `${products.length} products`;
    list.replaceChildren(products.length === 0 ? h("p", { class: "muted" }, "No products yet: «New product» adds the first.") : table([
      { title: "Code", value: (p) => h("code", null, p.productCode) },
      { title: "Title", value: (p) => p.title },
      { title: "Category", value: (p) => p.category },
      { title: "Price", value: (p) => `${p.pricePoints} points` },
      { title: "Stock", value: stockCell },
      { title: "", value: (p) => h("span", { class: "row" },
        h("button", { type: "button", class: "secondary small", onclick: () => edit(p) }, "Edit"),
        h("button", { type: "button", class: "secondary small", onclick: () => remove(p) }, "Delete")) },
    ], products, { rowProps: (p) => ({ dataset: { product: p.productCode } }) }));
  }

  /** The stock with a field to set it at once: the product is PUT whole with the new stock. */
  function stockCell(product) {
    const input = h("input", { type: "number", min: 0, step: 1, value: String(product.stock), class: "stock-input", "aria-label": `Stock of ${product.title}` });
    input.style.width = "6em";
    const save = h("button", { type: "button", class: "secondary small stock-save" }, "Set");
    const box = messageBox();
    save.addEventListener("click", async () => {
      const stock = Number(input.value);
      const answer = await run(save, box, () => api.put(`rewards/products/${encodeURIComponent(product.productCode)}`, { ...body(product), stock: input.value === "" ? null : stock }));
      if (answer) {
        notice.show(`Stock of ${answer.title} is now ${answer.stock}.`);
        await load();
      }
    });
    return h("span", null, h("span", { class: "row" }, input, save), box);
  }

  function edit(product) {
    const isNew = product === Empty;
    const code = h("input", { id: "product-code", value: product.productCode, required: true, maxlength: 48, pattern: "[A-Za-z0-9_-]+", readonly: !isNew, placeholder: "e.g. mug-01" });
    const title = h("input", { id: "product-title", value: product.title, required: true, maxlength: 100 });
    const category = h("input", { id: "product-category", value: product.category, required: true, maxlength: 64, list: "product-categories" });
    const price = h("input", { id: "product-price", type: "number", min: 1, step: 1, value: String(product.pricePoints), required: true });
    const stock = h("input", { id: "product-stock", type: "number", min: 0, step: 1, value: String(product.stock), required: true });
    const description = h("textarea", { id: "product-description", rows: 3, maxlength: 800 });
    description.value = product.description ?? "";
    const photo = h("input", { id: "product-photo", value: product.photo ?? "", placeholder: "https://… or a Telegram file_id (optional)" });
    const categories = h("datalist", { id: "product-categories" }, [...new Set(products.map((p) => p.category))].map((c) => h("option", { value: c })));
    const box = messageBox();
    box.id = "product-error";
    const save = h("button", { type: "submit", id: "product-save" }, isNew ? "Create" : "Save");
    const form = h("form", { class: "card", autocomplete: "off", novalidate: true },
      h("div", { class: "card-header" },
        h("h3", null, isNew ? "New product" : `Edit ${product.title}`),
        h("button", { type: "button", class: "secondary small", onclick: () => editor.replaceChildren() }, "Close")),
      h("div", { class: "row" }, field("Code", code), field("Title", title), field("Category", category), categories),
      h("div", { class: "row" }, field("Price, points", price), field("Stock", stock), field("Photo", photo)),
      field("Description", description),
      box, save);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      notice.show("");
      if (!code.value.trim()) {
        box.show("Enter the product's code: letters, digits, '-' or '_'.");
        return;
      }
      // Numbers the browser cannot read go as null: the API names the field.
      const number = (input) => (input.value === "" ? null : Number(input.value));
      const sent = {
        title: title.value, category: category.value, pricePoints: number(price), stock: number(stock),
        description: description.value, photo: photo.value.trim() || null,
      };
      const answer = await run(save, box, () => api.put(`rewards/products/${encodeURIComponent(code.value.trim())}`, sent));
      if (answer) {
        editor.replaceChildren();
        notice.show(`${isNew ? "Created" : "Saved"}: ${answer.title} (${answer.productCode}), ${answer.pricePoints} points, stock ${answer.stock}.`);
        await load();
      }
    });
    editor.replaceChildren(form);
    (isNew ? code : title).focus();
  }

  async function remove(product) {
    if (!(await confirm(`Delete ${product.title} (${product.productCode})? Users no longer see it in the catalog.`))) return;
    const answer = await run(null, listBox, () => api.delete(`rewards/products/${encodeURIComponent(product.productCode)}`));
    if (answer !== undefined) {
      notice.show(`Deleted ${product.productCode}.`);
      await load();
    }
  }

  create.addEventListener("click", () => edit(Empty));
  refresh.addEventListener("click", load);
  await load();
}

function body(product) {
  return {
    title: product.title, category: product.category, pricePoints: product.pricePoints, stock: product.stock,
    description: product.description ?? "", photo: product.photo ?? null,
  };
}

// Coefficients: the temperature coefficient table as rows to edit, add and remove, saved whole.
// The API checks it (ranges [fromC, toC), no overlaps, bounds, coefficients) and its refusal is shown under the
// table, naming the ranges by their row number. Over GET|PUT /api/admin/rewards/coefficients.
import { api } from "../api.js";
import { h, messageBox, run } from "../ui.js";

export async function mount(root) {
  const rows = h("tbody", { id: "coeff-rows" });
  const add = h("button", { type: "button", class: "secondary", id: "coeff-add" }, "Add range");
  const reload = h("button", { type: "button", class: "secondary", id: "coeff-reload" }, "Discard changes");
  const save = h("button", { type: "button", id: "coeff-save" }, "Save table");
  const box = messageBox();
  box.id = "coeff-error";
  const saved = messageBox("success");
  saved.id = "coeff-saved";
  root.append(
    h("p", { class: "muted" },
      "Points for a walk are multiplied by the coefficient of the range its temperature falls in: from °C included, to °C excluded. ",
      "A temperature outside every range counts 1.0. Rows are numbered as the API names them."),
    h("table", { class: "data", id: "coeff-table" },
      h("thead", null, h("tr", null, ["#", "From °C (included)", "To °C (excluded)", "Coefficient", ""].map((t) => h("th", { scope: "col" }, t)))),
      rows),
    box, saved,
    h("div", { class: "row" }, save, add, reload));

  function row(range) {
    const input = (name, value, step) => h("input", { type: "number", step, value: value === undefined ? "" : String(value), dataset: { name }, "aria-label": name });
    const tr = h("tr", { class: "coeff-row" },
      h("td", { "data-label": "#", class: "coeff-n" }),
      h("td", { "data-label": "From °C" }, input("fromC", range.fromC, "any")),
      h("td", { "data-label": "To °C" }, input("toC", range.toC, "any")),
      h("td", { "data-label": "Coefficient" }, input("coefficient", range.coefficient, "0.01")),
      h("td", { "data-label": "" }, h("button", { type: "button", class: "secondary small", onclick: () => { tr.remove(); number(); } }, "Remove")));
    return tr;
  }

  function number() {
    [...rows.querySelectorAll(".coeff-n")].forEach((cell, i) => { cell.textContent = String(i + 1); });
  }

  function show(ranges) {
    rows.replaceChildren(...ranges.map(row));
    number();
  }

  async function load() {
    const ranges = await run(reload, box, () => api.get("rewards/coefficients"));
    if (ranges) {
      saved.show("");
      show(ranges);
    }
  }

  add.addEventListener("click", () => {
    rows.append(row({}));
    number();
    rows.lastElementChild.querySelector("input").focus();
  });
  reload.addEventListener("click", load);
  save.addEventListener("click", async () => {
    saved.show("");
    // A field the browser cannot read as a number is sent as null: the API says which row.
    const ranges = [...rows.querySelectorAll("tr")].map((tr) => Object.fromEntries(
      [...tr.querySelectorAll("input")].map((input) => [input.dataset.name, input.value === "" || !Number.isFinite(Number(input.value)) ? null : Number(input.value)])));
    const answer = await run(save, box, () => api.put("rewards/coefficients", ranges));
    if (answer) {
      show(answer);
      saved.show(`Saved ${answer.length} ranges (sorted by temperature): walks use them now.`);
    }
  });

  await load();
}

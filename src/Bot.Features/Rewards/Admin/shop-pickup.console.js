// Pickup points: how many there are now and what the bot's city search finds; a file (the
// seed's JSON [{"id","full_address"}] or a CSV with the columns id and full_address) read in the browser,
// previewed (count and first rows), then «Replace» (confirmed) sends the whole list; the API's answer or
// refusal is shown beside the upload. Over GET /api/admin/pvz?q=&limit= and POST /api/admin/pvz.
import { api } from "../api.js";
import { confirm, field, h, messageBox, run, table } from "../ui.js";

const PreviewRows = 10;
const Columns = [
  { title: "Id", value: (p) => h("code", null, p.id ?? "") },
  { title: "Full address", value: (p) => p.full_address ?? "" },
];

export async function mount(root) {
  // Now: the count and a search as the bot does it.
  const search = h("input", { type: "search", id: "pvz-search", placeholder: "A city or any part of an address, as a user types it", autocomplete: "off" });
  const find = h("button", { type: "submit", class: "secondary", id: "pvz-find" }, "Find");
  const currentBox = messageBox();
  const summary = h("p", { class: "muted", id: "pvz-current" });
  const current = h("div", { id: "pvz-current-list" });
  const searchForm = h("form", { class: "toolbar", autocomplete: "off" }, search, find);

  // The replacement: file → preview → Replace.
  const file = h("input", { type: "file", id: "pvz-file", accept: ".csv,.json,text/csv,application/json" });
  const fileBox = messageBox();
  fileBox.id = "pvz-error";
  const answerBox = messageBox("success");
  answerBox.id = "pvz-answer";
  const preview = h("div", { id: "pvz-preview" });

  root.append(
    h("section", { class: "card" },
      h("h3", null, "Upload a new list"),
      h("p", { class: "muted" },
        "The seed's JSON ([{\"id\":\"…\",\"full_address\":\"…\"}]) or a CSV whose first row names the columns id and full_address ",
        "(comma or semicolon separated; quote a field that holds one, \"\" for a quote). The whole list is replaced."),
      field("File", file), fileBox, answerBox, preview),
    h("h3", null, "Pickup points now"),
    searchForm, currentBox, summary, current);

  async function showCurrent() {
    const q = search.value.trim();
    const answer = await run(find, currentBox, () => api.get("pvz", { q, limit: 20 }));
    if (!answer) return;
    summary.textContent = q
      ? `${answer.count} pickup points; the bot finds ${answer.matched} for «${q}»${answer.matched > answer.points.length ? `, the first ${answer.points.length} shown` : ""}.`
      : `${answer.count} pickup points${answer.count > answer.points.length ? `, the first ${answer.points.length} shown` : ""}.`;
    current.replaceChildren(answer.points.length === 0
      ? h("p", { class: "muted" }, q ? "None: the bot answers «К сожалению нет доступных ПВЗ по указанному адресу.»" : "The list is empty.")
      : table(Columns, answer.points));
  }

  file.addEventListener("change", async () => {
    answerBox.show("");
    fileBox.show("");
    preview.replaceChildren();
    const chosen = file.files?.[0];
    if (!chosen) return;
    let points;
    try {
      points = readPickupPoints(chosen.name, await chosen.text());
    } catch (e) {
      fileBox.show(`${chosen.name}: ${e.message}`);
      return;
    }

    const replace = h("button", { type: "button", class: "danger", id: "pvz-replace" }, "Replace");
    const cancel = h("button", { type: "button", class: "secondary", onclick: () => { preview.replaceChildren(); file.value = ""; } }, "Cancel");
    replace.addEventListener("click", async () => {
      if (!(await confirm(`Replace every pickup point with the ${points.length} in ${chosen.name}? Users see the new list at once.`))) return;
      const answer = await run(replace, fileBox, () => api.post("pvz", points));
      if (answer) {
        preview.replaceChildren();
        file.value = "";
        answerBox.show(answer.message ?? `Saved ${answer.count} pickup points.`);
        search.value = "";
        await showCurrent();
      }
    });
    preview.replaceChildren(
      h("p", { id: "pvz-preview-count" }, h("strong", null, `${points.length} pickup points`), ` in ${chosen.name}`,
        points.length > PreviewRows ? `; the first ${PreviewRows}:` : ":"),
      table(Columns, points.slice(0, PreviewRows)),
      h("div", { class: "row" }, replace, cancel));
  });

  searchForm.addEventListener("submit", (event) => {
    event.preventDefault();
    showCurrent();
  });
  await showCurrent();
}

/**
 * The points of a file: JSON when it is named .json or starts with "[", otherwise CSV with a header row naming
 * id and full_address (any order, any case; other columns ignored). The values go to the API as they are, so
 * an entry without an id or address is refused there, named by its index (the data row, from 0).
 */
export function readPickupPoints(name, text) {
  const content = text.replace(/^\uFEFF/, "");
  if (/\.json$/i.test(name) || content.trimStart().startsWith("[")) {
    let parsed;
    try {
      parsed = JSON.parse(content);
    } catch (e) {
      throw new Error(`not valid JSON (${e.message})`);
    }
    if (!Array.isArray(parsed)) throw new Error("the JSON must be an array of {\"id\",\"full_address\"}");
    return parsed;
  }

  const rows = parseCsv(content);
  if (rows.length === 0) throw new Error("the file is empty");
  const header = rows[0].map((cell) => cell.trim().toLowerCase());
  const id = header.indexOf("id");
  const address = header.indexOf("full_address");
  if (id < 0 || address < 0) {
    throw new Error(`the first row must name the columns id and full_address; it has: ${rows[0].join(", ")}`);
  }
  return rows.slice(1).map((row) => ({ id: (row[id] ?? "").trim(), full_address: (row[address] ?? "").trim() }));
}

/**
 * CSV (RFC 4180) to rows of strings: fields separated by a comma, or by a semicolon when the first line has
 * more semicolons than commas outside quotes (a spreadsheet in a Russian locale); a quoted field may hold the
 * separator, line breaks and "" for a quote; CRLF, LF or CR end a row; blank lines are skipped. A quote left
 * open, or text after a closing quote, is an error naming the line.
 */
export function parseCsv(text) {
  const separator = guessSeparator(text);
  const rows = [];
  let row = [];
  let cell = "";
  let afterQuote = false; // the field was quoted and its closing quote read: only a separator or a line end may follow
  let line = 1;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
  };

  while (i < text.length) {
    const c = text[i];
    if (c === separator) {
      endCell();
      i++;
    } else if (c === "\r" || c === "\n") {
      endRow();
      line++;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else if (afterQuote) {
      throw new Error(`line ${line}: text after a closing quote (a quote inside a quoted field is written "")`);
    } else if (c === '"' && cell === "") {
      const start = line;
      for (i++; ; i++) {
        if (i >= text.length) throw new Error(`line ${start}: a quoted field is not closed`);
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        } else if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) {
          line++;
        }
        cell += text[i];
      }
      i++;
      afterQuote = true;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== "" || afterQuote || row.length > 0) endRow();
  return rows;
}

function guessSeparator(text) {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

// Small DOM helpers for screens. Everything is built with elements and text nodes: what users typed
// (names, texts, reasons) is never parsed as HTML.

/**
 * h("button", { class: "x", onclick: fn, disabled: true, dataset: { id: 1 } }, "text", child, [more])
 * Strings and numbers become text nodes; null/undefined/false children are skipped.
 */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === "class") {
      element.className = value;
    } else if (name === "dataset") {
      Object.assign(element.dataset, value);
    } else if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else if (name === "value" || name === "checked") {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.append(child);
    } else {
      element.append(document.createTextNode(String(child)));
    }
  }
}

/** An element for a message next to a field or a form: empty and hidden until set. */
export function messageBox(kind = "error") {
  const box = h("p", { class: kind, role: kind === "error" ? "alert" : "status", hidden: true });
  box.show = (text) => {
    box.textContent = text;
    box.hidden = !text;
  };
  return box;
}

/**
 * Runs an action from a button: disables it meanwhile, clears `box`, and shows any error in `box`
 * (or as a toast) in the API's own words. A 401 needs nothing here: the shell has signed out.
 * Answers the action's result, or undefined when it failed.
 */
export async function run(button, box, action) {
  if (button) button.disabled = true;
  box?.show("");
  try {
    return await action();
  } catch (e) {
    if (!e?.signedOut) {
      if (box) box.show(e?.message ?? String(e));
      else toast(e?.message ?? String(e), "error");
      console.warn(e); // shown to the user above; kept for the developer tools
    }
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

/** Asks before something that changes data; answers true when confirmed. */
export function confirm(message) {
  const dialog = document.getElementById("confirm-dialog");
  document.getElementById("confirm-message").textContent = message;
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.returnValue = "";
    dialog.showModal();
  });
}

let toastTimer;
export function toast(message, kind = "info") {
  const element = document.getElementById("toast");
  element.textContent = message;
  element.className = kind;
  element.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { element.hidden = true; }, kind === "error" ? 8000 : 3000);
}

/** A fresh Idempotency-Key (letters and digits), one per submit. */
export function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return "console-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** YYYY-MM-DD of a Date, in UTC (the admin API's dates are UTC days). */
export function utcDate(date) {
  return date.toISOString().slice(0, 10);
}

export function formatTime(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toISOString().replace("T", " ").slice(0, 19) + " UTC";
}

/**
 * A table that turns into stacked cards in a narrow window: columns are [{ title, value: row => text|Node }].
 */
export function table(columns, rows, { rowProps } = {}) {
  return h("table", { class: "data" },
    h("thead", null, h("tr", null, columns.map((c) => h("th", { scope: "col" }, c.title)))),
    h("tbody", null, rows.map((row) => h("tr", rowProps?.(row),
      columns.map((c) => h("td", { "data-label": c.title }, c.value(row)))))));
}

/** A labelled field: h("label") + the input, with an optional message box under it. */
export function field(label, input, box) {
  const id = input.id || (input.id = "f-" + Math.random().toString(36).slice(2, 10));
  return h("div", { class: "field" }, h("label", { for: id }, label), input, box);
}

/**
 * Sub-screens inside one screen: a row of tab buttons (id "<prefix>-tab-<id>") and one body; `tabs` is
 * [{ id, title, mount(body) }]. Answers { element, open(id) }; open() empties the body and mounts the tab,
 * and an error thrown by it is shown in the body, as the shell does for a screen.
 */
export function tabbedSections(prefix, tabs) {
  const body = h("div", { class: "subtab-body", id: `${prefix}-body` });
  const buttons = tabs.map((t) => h("button", { type: "button", class: "secondary small", id: `${prefix}-tab-${t.id}`, role: "tab", onclick: () => open(t.id) }, t.title));
  let ticket = 0;
  async function open(id) {
    const tab = tabs.find((t) => t.id === id) ?? tabs[0];
    const mine = ++ticket;
    buttons.forEach((b, i) => {
      b.classList.toggle("active", tabs[i] === tab);
      b.setAttribute("aria-selected", String(tabs[i] === tab));
    });
    const root = h("div", { class: "subtab", dataset: { tab: tab.id } });
    body.replaceChildren(root);
    try {
      await tab.mount(root);
    } catch (e) {
      if (!e?.signedOut && mine === ticket) {
        root.append(h("p", { class: "error", role: "alert" }, `This part failed: ${e?.message ?? e}`));
        console.warn(e);
      }
    }
  }
  return { element: h("div", null, h("div", { class: "subtabs", role: "tablist" }, buttons), body), open };
}

/** Saves text the page made (a CSV of what a screen shows) as a download named `fileName`. A CSV starts with a UTF-8
 * byte order mark, as the API's CSV answers do, so a spreadsheet opened on the file reads Cyrillic as UTF-8. */
export function saveFile(fileName, text, type = "text/csv;charset=utf-8") {
  const bom = type.startsWith("text/csv") && !text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const link = h("a", { href: URL.createObjectURL(new Blob([bom + text], { type })), download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** CSV text (RFC 4180, CRLF) of a header row and rows of values: a field with a comma, quote or line break is quoted. */
export function toCsv(header, rows) {
  const cell = (value) => {
    const text = value === null || value === undefined ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** An <input type="datetime-local"> value (this browser's time zone) as an ISO instant in UTC; null when empty or invalid. */
export function fromLocalInput(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO instant as an <input type="datetime-local"> value in this browser's time zone. */
export function toLocalInput(iso) {
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

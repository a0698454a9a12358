// Coaching: the program as a JSON editor beside its outline (days and steps); a refusal such as
// "days[0].steps[0]: min 10 is greater than max 5" is shown on that day/step of the outline and on its line of the
// JSON. The participants (list, status, CSV), one participant's answers (photos fetched with the key and shown
// through object URLs), and cancelling a participation (confirmed). Over /api/admin/coaching/... (CONTRACTS.md).
import { api, apiObjectUrl } from "../api.js";
import { confirm, formatTime, h, messageBox, run, tabbedSections, table } from "../ui.js";

export async function mount(root) {
  const tabs = tabbedSections("coaching", [
    { id: "program", title: "Program", mount: program },
    { id: "participants", title: "Participants", mount: participants },
  ]);
  root.append(tabs.element);
  await tabs.open("program");
}

// ---- the program ----

async function program(root) {
  const editor = h("textarea", { id: "program-json", spellcheck: "false", wrap: "off", autocomplete: "off", "aria-label": "The program as JSON" });
  const gutter = h("div", { class: "gutter", "aria-hidden": "true", id: "program-lines" });
  const outline = h("div", { class: "card outline", id: "program-outline" });
  const box = messageBox();
  box.id = "program-error";
  const saved = messageBox("success");
  saved.id = "program-saved";
  const save = h("button", { type: "button", id: "program-save" }, "Save program");
  const reload = h("button", { type: "button", class: "secondary", id: "program-reload" }, "Reload");
  const format = h("button", { type: "button", class: "secondary", id: "program-format" }, "Format");
  root.append(
    h("p", { class: "muted" }, "The whole program as JSON: title, days, and each day's steps (id, text, expects none|text|number|photo|choice, min/max, options; photo, next, wrongInput as the flow's README describes). Saving replaces it; participants mid-day continue."),
    h("div", { class: "toolbar" }, save, reload, format),
    box, saved,
    h("div", { class: "program-grid" },
      h("div", { class: "json-editor" }, gutter, editor),
      outline));

  let badLine = null;
  function renderLines() {
    const count = editor.value.split("\n").length;
    gutter.replaceChildren(...Array.from({ length: count }, (_, i) =>
      h("span", { class: i + 1 === badLine ? "bad" : null, dataset: { line: i + 1 } }, String(i + 1))));
    gutter.scrollTop = editor.scrollTop;
  }

  function parsed() {
    try {
      return { value: JSON.parse(editor.value) };
    } catch (e) {
      return { error: e };
    }
  }

  function refresh() {
    badLine = null;
    renderLines();
    const { value } = parsed();
    renderOutline(outline, value);
  }

  /** Puts the editor's caret on [start, end) and scrolls that line into view; marks the line in the gutter. */
  function point(start, end) {
    badLine = editor.value.slice(0, start).split("\n").length;
    renderLines();
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 19;
    editor.scrollTop = Math.max(0, (badLine - 4) * lineHeight);
    gutter.scrollTop = editor.scrollTop;
    return badLine;
  }

  function show(program) {
    editor.value = JSON.stringify(program, null, 2);
    editor.scrollTop = 0;
    refresh();
  }

  async function load() {
    const current = await run(reload, box, () => api.get("coaching/program"));
    if (current) show(current);
  }

  save.addEventListener("click", async () => {
    saved.show("");
    box.show("");
    const text = parsed();
    if (text.error) {
      // Not JSON at all: the browser's reason, on its line.
      const at = syntaxErrorAt(editor.value) ?? Number(/position (\d+)/.exec(text.error.message)?.[1] ?? NaN);
      const line = Number.isFinite(at) ? point(at, Math.min(at + 1, editor.value.length)) : null;
      box.show(`The editor's text is not JSON${line ? ` (line ${line})` : ""}: ${text.error.message}`);
      return;
    }
    let failure = null;
    const answer = await run(save, { show: (m) => { failure = m; } }, () => api.put("coaching/program", text.value));
    if (failure) {
      const where = errorPath(failure);
      const spans = locate(editor.value);
      const span = deepest(where, (p) => spans.get(p));
      const line = span ? point(span.keyStart ?? span.start, span.end) : null;
      box.show(`${line ? `Line ${line} · ` : ""}${failure}`);
      markOutline(outline, where, failure);
      return;
    }
    if (answer) {
      show(answer);
      const steps = answer.days.reduce((sum, d) => sum + d.steps.length, 0);
      saved.show(`Saved: «${answer.title}», ${answer.days.length} days, ${steps} steps. The bot uses it now.`);
    }
  });
  format.addEventListener("click", () => {
    const { value, error } = parsed();
    if (error) box.show(`The editor's text is not JSON: ${error.message}`);
    else show(value);
  });
  reload.addEventListener("click", async () => {
    saved.show("");
    await load();
  });
  editor.addEventListener("input", refresh);
  editor.addEventListener("scroll", () => { gutter.scrollTop = editor.scrollTop; });
  await load();
}

/** The place an API refusal names: "days[0].steps[0]: ..." or "body: not a program ($.days[0].steps[0].min: ...)". */
function errorPath(message) {
  const inner = /^body: not a program \(\$\.?([^:\s]*)/.exec(message);
  if (inner) return inner[1];
  const head = /^([A-Za-z]\w*(?:\[\d+\])*(?:\.[A-Za-z]\w*(?:\[\d+\])*)*):/.exec(message);
  return head && head[1] !== "body" ? head[1] : "";
}

/** The longest prefix of `path` (dropping ".x" and "[n]" from the end) for which `find` answers something. */
function deepest(path, find) {
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "")) {
    const found = find(p);
    if (found) return found;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return find("") ?? null;
}

/** The offset of the first syntax error of a JSON text (the browser's message does not always say), or null. */
function syntaxErrorAt(text) {
  let i = 0;
  const fail = () => { throw i; };
  const ws = () => { while (i < text.length && " \t\n\r".includes(text[i])) i++; };
  const expect = (c) => { if (text[i] !== c) fail(); i++; };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      i += text[i] === "\\" ? 2 : 1;
    }
    i++;
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") { i++; return; }
      for (;;) {
        ws();
        string();
        ws();
        expect(":");
        value();
        ws();
        if (text[i] === ",") { i++; continue; }
        expect("}");
        return;
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") { i++; return; }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") { i++; continue; }
        expect("]");
        return;
      }
    }
    if (c === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (at) {
    if (typeof at !== "number") throw at;
    return Math.min(at, text.length);
  }
}

/**
 * Where each value of a valid JSON text is: path ("days[0].steps[1].min") → { start, end, keyStart }.
 * Only called on a text JSON.parse accepted.
 */
function locate(text) {
  const spans = new Map();
  let i = 0;
  const ws = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = (path) => {
    ws();
    const start = i;
    if (text[i] === "{") {
      i++;
      ws();
      if (text[i] === "}") i++;
      else {
        for (;;) {
          ws();
          const keyStart = i;
          const key = string();
          ws();
          i++; // ':'
          const child = path ? `${path}.${key}` : key;
          value(child);
          spans.get(child).keyStart = keyStart;
          ws();
          if (text[i++] !== ",") break;
        }
      }
    } else if (text[i] === "[") {
      i++;
      ws();
      if (text[i] === "]") i++;
      else {
        for (let n = 0; ; n++) {
          value(`${path}[${n}]`);
          ws();
          if (text[i++] !== ",") break;
        }
      }
    } else if (text[i] === '"') {
      string();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    }
    spans.set(path, { start, end: i });
  };
  value("");
  return spans;
}

function describe(step) {
  const kind = step?.expects ?? "?";
  if (kind === "number" && (step.min != null || step.max != null)) return `number ${step.min ?? "…"}–${step.max ?? "…"}`;
  if (kind === "choice") return `choice: ${(step.options ?? []).join(" / ")}`;
  return kind;
}

function clip(text, length = 70) {
  const t = String(text ?? "");
  return t.length > length ? t.slice(0, length - 1) + "…" : t;
}

/** The program's days and steps; every item carries its path (data-path) so a refusal can be put on it. */
function renderOutline(outline, program) {
  if (!program || typeof program !== "object") {
    outline.replaceChildren(h("p", { class: "muted" }, "The outline shows when the text is JSON."));
    return;
  }
  const days = Array.isArray(program.days) ? program.days : [];
  outline.replaceChildren(
    h("div", { class: "program-title", dataset: { path: "title" } }, h("h3", null, program.title || "(no title)")),
    h("ol", { class: "days", dataset: { path: "days" } }, days.map((day, d) =>
      h("li", { class: "day", dataset: { path: `days[${d}]` } },
        h("strong", null, `Day ${d + 1}`), day?.title ? ` · ${day.title}` : "",
        h("ol", { class: "steps", dataset: { path: `days[${d}].steps` } }, (Array.isArray(day?.steps) ? day.steps : []).map((step, s) =>
          h("li", { class: "step", dataset: { path: `days[${d}].steps[${s}]` } },
            h("code", null, step?.id ?? "(no id)"), " ", h("span", { class: "badge" }, describe(step)), " ", clip(step?.text))))))));
}

/** Marks the outline item the refusal is about (the deepest one the path reaches) and puts the API's words on it. */
function markOutline(outline, path, message) {
  outline.querySelectorAll(".invalid").forEach((e) => e.classList.remove("invalid"));
  outline.querySelectorAll(".where-error").forEach((e) => e.remove());
  const target = deepest(path, (p) => outline.querySelector(`[data-path="${CSS.escape(p)}"]`)) ?? outline.firstElementChild;
  const note = h("p", { class: "error where-error", role: "alert" }, message);
  const element = target?.matches("ol") ? target.parentElement ?? target : target;
  if (!element) {
    outline.prepend(note);
    return;
  }
  element.classList.add("invalid");
  element.append(note);
  element.scrollIntoView({ block: "nearest" });
}

// ---- participants ----

async function participants(root) {
  const refresh = h("button", { type: "button", class: "secondary", id: "participants-refresh" }, "Refresh");
  const download = h("button", { type: "button", class: "secondary", id: "participants-csv" }, "Download CSV");
  const box = messageBox();
  box.id = "participants-error";
  const count = h("p", { class: "muted", id: "participants-count" });
  const details = h("div", { id: "participant-details" });
  const list = h("div", { id: "participants-list" });
  root.append(h("div", { class: "toolbar" }, refresh, download), box, count, details, list);
  let selected = null;
  let notice = "";
  let imageUrls = [];

  async function load() {
    const rows = await run(refresh, box, () => api.get("coaching/participants", { format: "json" }));
    if (!rows) return;
    count.textContent = `${rows.length} participants`;
    list.replaceChildren(rows.length === 0 ? h("p", { class: "muted" }, "Nobody has joined the program yet.") : table([
      { title: "User id", value: (p) => String(p.userId) },
      { title: "Name", value: (p) => p.firstName ?? "" },
      { title: "Status", value: (p) => h("span", { class: `badge status-${p.status}` }, p.status) },
      { title: "Day", value: (p) => String(p.day) },
      { title: "Step", value: (p) => p.step ?? "" },
      { title: "Time zone", value: (p) => p.timeZone ?? "" },
      { title: "Started", value: (p) => formatTime(p.startedAt) },
      { title: "Last answer", value: (p) => formatTime(p.lastAnswerAt) },
      { title: "", value: (p) => h("button", { type: "button", class: "secondary small", onclick: () => open(p.userId) }, "Answers") },
    ], rows, { rowProps: (p) => ({ class: p.userId === selected ? "selected" : null, dataset: { userId: p.userId } }) }));
  }

  function dropImages() {
    imageUrls.forEach((u) => URL.revokeObjectURL(u));
    imageUrls = [];
  }

  async function open(userId) {
    selected = userId;
    dropImages();
    const detailBox = messageBox();
    details.replaceChildren(h("div", { class: "card" }, h("p", { class: "muted" }, "Loading…"), detailBox));
    const p = await run(null, detailBox, () => api.get(`coaching/participants/${userId}`));
    if (!p) return;
    const result = messageBox("success");
    result.id = "participant-notice";
    result.show(notice);
    notice = "";
    const cancelBox = messageBox();
    cancelBox.id = "participant-cancel-error";
    const cancel = h("button", { type: "button", class: "danger", id: "participant-cancel", disabled: p.status === "cancelled" }, "Cancel participation");
    cancel.addEventListener("click", async () => {
      if (!(await confirm(`Cancel the participation of ${p.firstName ?? "user"} (${p.userId})? They stop getting the program's steps.`))) return;
      const answer = await run(cancel, cancelBox, () => api.post(`coaching/participants/${p.userId}/cancel`));
      if (answer) {
        notice = `Participation of ${answer.userId} is now ${answer.status}.`;
        await load();
        await open(p.userId);
      }
    });

    const answers = p.answers ?? [];
    details.replaceChildren(h("div", { class: "card participant-card", dataset: { userId: p.userId } },
      h("div", { class: "card-header" },
        h("h3", null, `${p.firstName ?? "user"} · ${p.userId}`),
        h("button", { type: "button", class: "secondary small", onclick: () => { selected = null; dropImages(); details.replaceChildren(); load(); } }, "Close")),
      h("dl", { class: "facts" },
        h("dt", null, "Status"), h("dd", { id: "participant-status" }, h("span", { class: `badge status-${p.status}` }, p.status)),
        h("dt", null, "Day, step"), h("dd", null, `${p.day}${p.step ? `, ${p.step}` : ""}`),
        h("dt", null, "Height, weight, age"), h("dd", null, [p.height, p.weight, p.age].map((x) => x ?? "—").join(" · ")),
        h("dt", null, "Time zone"), h("dd", null, p.timeZone ?? "—"),
        h("dt", null, "Started"), h("dd", null, formatTime(p.startedAt))),
      result,
      h("div", { class: "row" }, cancel), cancelBox,
      h("h4", null, `Answers (${answers.length})`),
      answers.length === 0 ? h("p", { class: "muted" }, "No answer yet.") : table([
        { title: "At", value: (a) => formatTime(a.at) },
        { title: "Day", value: (a) => String(a.day) },
        { title: "Step", value: (a) => h("code", null, a.step) },
        { title: "Kind", value: (a) => a.kind },
        { title: "Answer", value: (a) => (a.fileId ? photo(a.fileId) : a.text ?? "") },
      ], answers, { rowProps: (a) => ({ class: "answer", dataset: { kind: a.kind, step: a.step } }) })));
    await load();
  }

  /** A photo answer: the bytes come with the key (an <img> cannot send it), shown through an object URL. */
  function photo(fileId) {
    const holder = h("span", { class: "answer-file" }, h("span", { class: "muted" }, "Loading the photo…"));
    const failed = messageBox();
    run(null, failed, async () => {
      const url = await apiObjectUrl(`coaching/files/${encodeURIComponent(fileId)}`);
      imageUrls.push(url);
      holder.replaceChildren(h("img", { class: "answer-photo", src: url, alt: `Photo answer ${fileId}` }));
    }).then(() => {
      if (!failed.hidden) holder.replaceChildren(failed);
    });
    return holder;
  }

  refresh.addEventListener("click", load);
  download.addEventListener("click", () => run(download, box, () => api.download("coaching/participants", { format: "csv" }, "participants.csv")));
  await load();
}

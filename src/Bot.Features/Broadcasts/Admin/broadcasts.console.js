// Broadcasts: compose one (Telegram HTML, an optional photo URL, URL buttons, a segment the API knows, now or
// at a time), the list with statuses, and the chosen one with a live progress bar (GET one every 1.5 s while it
// sends; stops when it ends or the screen is left) and cancel (confirmed). Over POST|GET /api/admin/broadcasts,
// GET|DELETE /api/admin/broadcasts/{id} and GET /api/admin/broadcast-segments.
import { api } from "../api.js";
import { confirm, field, formatTime, fromLocalInput, h, idempotencyKey, messageBox, run, table, toLocalInput } from "../ui.js";

const PollSending = 1500;
const PollScheduled = 5000;

/** Still changing: sending, waiting for its time, or cancelled while the last queued ones are being counted. */
function live(view) {
  return view.status === "sending" || view.status === "scheduled" || (view.status === "cancelled" && !view.finishedAt);
}

function processed(view) {
  return view.sent + view.failed + view.unreachable + view.skipped;
}

function statusBadge(view) {
  const kind = view.status === "cancelled" ? "badge danger" : "badge";
  return h("span", { class: `${kind} status-${view.status}` }, view.status);
}

/** The HTML as text, tags removed, for a one-line preview (the full text is shown as written, never rendered). */
function plain(html, max = 80) {
  const text = html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

export async function mount(root) {
  let views = [];
  let selected = null;
  let timer = 0;

  // Compose.
  const text = h("textarea", { id: "bc-text", rows: 5, placeholder: "<b>Sale</b> today: up to 50% off &amp; gifts" });
  const photo = h("input", { id: "bc-photo", type: "url", placeholder: "https://… (optional: the text becomes its caption)" });
  const buttons = h("div", { id: "bc-buttons" });
  const addButton = h("button", { type: "button", class: "secondary small", id: "bc-add-button" }, "Add a link button");
  const segment = h("select", { id: "bc-segment" }, h("option", { value: "all" }, "all"));
  const segmentBox = messageBox();
  const now = h("input", { type: "radio", name: "bc-when", id: "bc-now", value: "now", checked: true });
  const later = h("input", { type: "radio", name: "bc-when", id: "bc-later", value: "later" });
  const sendAt = h("input", { type: "datetime-local", id: "bc-send-at", disabled: true, value: toLocalInput(new Date(Date.now() + 3_600_000)) });
  sendAt.style.width = "auto"; // beside its radio button, not a line of its own
  sendAt.style.flex = "1";
  const box = messageBox();
  box.id = "bc-error";
  const send = h("button", { type: "submit", id: "bc-send" }, "Send");
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const form = h("form", { class: "card", id: "bc-form", autocomplete: "off", novalidate: true },
    h("h3", null, "New broadcast"),
    field("Text (Telegram HTML: <b>, <i>, <u>, <s>, <a href>, <code>, <pre>, <blockquote>, <tg-spoiler>; &lt; for a literal <)", text),
    field("Photo URL", photo),
    h("div", { class: "field" }, h("label", null, "Link buttons (one a row)"), buttons, h("div", null, addButton)),
    field("Segment", segment),
    h("div", { class: "field" },
      h("label", null, `When (a time is this browser's, ${zone})`),
      h("div", { class: "row" },
        h("label", { class: "check" }, now, " Now"),
        h("label", { class: "check" }, later, " At"),
        sendAt)),
    segmentBox, box, send);

  const notice = messageBox("success");
  notice.id = "bc-notice";
  const details = h("div", { id: "bc-details" });
  const refresh = h("button", { type: "button", class: "secondary", id: "bc-refresh" }, "Refresh");
  const listBox = messageBox();
  const count = h("p", { class: "muted", id: "bc-count" });
  const list = h("div", { id: "bc-list" });
  root.append(form, notice, details, h("div", { class: "toolbar" }, h("h3", null, "Broadcasts"), refresh), listBox, count, list);

  function buttonRow() {
    const label = h("input", { class: "bc-button-text", maxlength: 64, placeholder: "Button text", "aria-label": "Button text" });
    const url = h("input", { class: "bc-button-url", type: "url", placeholder: "https://…", "aria-label": "Button link" });
    const row = h("div", { class: "row bc-button" }, label, url,
      h("button", { type: "button", class: "secondary small", onclick: () => row.remove() }, "Remove"));
    buttons.append(row);
    label.focus();
  }

  for (const radio of [now, later]) {
    radio.addEventListener("change", () => { sendAt.disabled = now.checked; });
  }
  addButton.addEventListener("click", buttonRow);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    notice.show("");
    const body = { text: text.value, segment: segment.value };
    if (photo.value.trim()) body.photo = photo.value.trim();
    const rows = [...buttons.querySelectorAll(".bc-button")]
      .map((row) => ({ text: row.querySelector(".bc-button-text").value.trim(), url: row.querySelector(".bc-button-url").value.trim() }))
      .filter((b) => b.text || b.url);
    if (rows.length > 0) body.buttons = rows.map((b) => [b]);
    if (later.checked) {
      body.sendAt = fromLocalInput(sendAt.value);
      if (!body.sendAt) {
        box.show("Choose the date and time to send at, or «Now».");
        return;
      }
    }

    const when = body.sendAt ? `at ${sendAt.value.replace("T", " ")} (${formatTime(body.sendAt)})` : "now";
    if (!(await confirm(`Send this broadcast to «${segment.value}» ${when}?\n\n${plain(text.value, 300)}`))) return;
    // One key per submit: a retried request creates the broadcast once.
    const answer = await run(send, box, () => api.post("broadcasts", body, { "Idempotency-Key": idempotencyKey() }));
    if (answer) {
      notice.show(`Broadcast ${answer.id} ${body.sendAt ? "scheduled" : "started"}.`);
      text.value = "";
      photo.value = "";
      buttons.replaceChildren();
      await loadList();
      await select(answer.id);
    }
  });

  async function loadSegments() {
    const answer = await run(null, segmentBox, () => api.get("broadcast-segments"));
    if (answer) {
      segment.replaceChildren(...answer.segments.map((s) => h("option", { value: s }, s)));
    }
  }

  async function loadList() {
    const answer = await run(refresh, listBox, () => api.get("broadcasts"));
    if (!answer) return;
    views = answer;
    renderList();
  }

  function renderList() {
    count.textContent = `${views.length} broadcasts`;
    list.replaceChildren(views.length === 0 ? h("p", { class: "muted" }, "No broadcasts yet.") : table([
      { title: "Created", value: (v) => formatTime(v.createdAt) },
      { title: "Status", value: statusBadge },
      { title: "Segment", value: (v) => v.segment },
      { title: "Text", value: (v) => plain(v.text) },
      { title: "Sent", value: (v) => `${v.sent} of ${v.total}` },
      { title: "Send at", value: (v) => (v.sendAt ? formatTime(v.sendAt) : "at once") },
      { title: "", value: (v) => h("button", { type: "button", class: "secondary small", onclick: () => select(v.id) }, "Open") },
    ], views, { rowProps: (v) => ({ class: v.id === selected ? "selected" : null, dataset: { broadcast: v.id } }) }));
  }

  /** Shows one broadcast and keeps it current while it is live; a newer select() or leaving the screen stops the old loop. */
  async function select(id) {
    clearTimeout(timer);
    selected = id;
    renderList();
    // Two boxes: a failed poll is cleared by the next one, a refused cancel stays until the next cancel.
    const pollBox = messageBox();
    const cancelBox = messageBox();
    cancelBox.id = "bc-cancel-error";

    const tick = async () => {
      if (!root.isConnected || selected !== id) return; // the screen was left, or another one chosen
      const view = await run(null, pollBox, () => api.get(`broadcasts/${encodeURIComponent(id)}`));
      if (!root.isConnected || selected !== id) return;
      if (!view && !details.contains(pollBox)) details.replaceChildren(pollBox);
      if (view) {
        render(view, pollBox, cancelBox);
        views = views.map((v) => (v.id === id ? view : v));
        renderList();
      }
      if (!view || live(view)) {
        timer = setTimeout(tick, !view || view.status !== "scheduled" ? PollSending : PollScheduled);
      }
    };
    await tick();
    details.scrollIntoView({ block: "nearest" });
  }

  function render(view, pollBox, cancelBox) {
    const done = processed(view);
    const progress = h("progress", { id: "bc-progress", max: String(Math.max(view.total, 1)), value: String(view.total === 0 && !live(view) ? 1 : done) });
    progress.style.width = "100%";
    const percent = view.total === 0 ? (live(view) ? 0 : 100) : Math.floor((done * 100) / view.total);
    const cancel = h("button", { type: "button", class: "danger", id: "bc-cancel", disabled: !(view.status === "scheduled" || view.status === "sending") }, "Cancel broadcast");
    cancel.addEventListener("click", async () => {
      const what = view.status === "scheduled" ? "It will not be sent." : "Nobody else gets it; what was sent stays sent.";
      if (!(await confirm(`Cancel broadcast ${view.id} to «${view.segment}»? ${what}`))) return;
      const answer = await run(cancel, cancelBox, () => api.delete(`broadcasts/${encodeURIComponent(view.id)}`));
      if (answer) {
        notice.show(`Broadcast ${answer.id} is ${answer.status}.`);
        await select(view.id);
      }
    });

    details.replaceChildren(h("article", { class: "card", dataset: { broadcast: view.id } },
      h("div", { class: "card-header" },
        h("h3", null, view.id, " ", h("span", { id: "bc-status" }, statusBadge(view))),
        h("button", { type: "button", class: "secondary small", onclick: () => { selected = null; clearTimeout(timer); details.replaceChildren(); renderList(); } }, "Close")),
      progress,
      h("p", { id: "bc-counts" },
        `${percent}% · sent ${view.sent} · failed ${view.failed} · unreachable ${view.unreachable} · skipped ${view.skipped} · pending ${view.pending} · of ${view.total}`),
      h("dl", { class: "facts" },
        h("dt", null, "Segment"), h("dd", null, view.segment),
        h("dt", null, "Created"), h("dd", null, formatTime(view.createdAt)),
        h("dt", null, "Send at"), h("dd", null, view.sendAt ? formatTime(view.sendAt) : "at once"),
        h("dt", null, "Started"), h("dd", null, formatTime(view.startedAt) || "—"),
        h("dt", null, "Finished"), h("dd", { id: "bc-finished" }, formatTime(view.finishedAt) || "—"),
        view.photo ? [h("dt", null, "Photo"), h("dd", null, view.photo)] : null,
        (view.buttons ?? []).length > 0
          ? [h("dt", null, "Buttons"), h("dd", null, view.buttons.flat().map((b) => `${b.text} → ${b.url}`).join("; "))]
          : null),
      h("pre", { class: "default-text", id: "bc-text-shown" }, view.text),
      pollBox, cancelBox,
      h("div", { class: "row" }, cancel)));
  }

  refresh.addEventListener("click", loadList);
  await Promise.all([loadSegments(), loadList()]);
  const running = views.find((v) => v.status === "sending");
  if (running) await select(running.id);
}

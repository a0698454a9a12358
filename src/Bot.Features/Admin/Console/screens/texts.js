// Texts: every key with its ru/en default and the text the bot uses now, side by side; edit (PUT) and
// restore the default (DELETE). A refusal (400) is shown next to the fields. Over /api/admin/texts.
import { api } from "../api.js";
import { confirm, h, messageBox, run } from "../ui.js";

const Languages = [["ru", "Русский"], ["en", "English"]];

export async function mount(root) {
  const filter = h("input", { type: "search", id: "texts-filter", placeholder: "Filter by key or wording", autocomplete: "off" });
  const onlyChanged = h("input", { type: "checkbox", id: "texts-changed" });
  const box = messageBox();
  const count = h("p", { class: "muted", id: "texts-count" });
  const list = h("div", { id: "texts-list", class: "texts" });
  root.append(
    h("div", { class: "toolbar" }, filter, h("label", { class: "check" }, onlyChanged, " Only changed")),
    box, count, list);

  const texts = await api.get("texts");
  const cards = texts.map((text) => card(text));

  function applyFilter() {
    const q = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const c of cards) {
      const t = c.text;
      const visible = (!onlyChanged.checked || t.overridden)
        && (!q || [t.key, t.ru, t.en, t.defaultRu, t.defaultEn].some((s) => (s ?? "").toLowerCase().includes(q)));
      c.element.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = `${shown} of ${cards.length} texts`;
  }

  function card(initial) {
    const entry = { text: initial, element: null };
    const badge = h("span", { class: "badge changed" }, "changed");
    const inputs = Object.fromEntries(Languages.map(([lang]) => [lang, h("textarea", { rows: 3, dataset: { lang }, class: "text-input" })]));
    const defaults = Object.fromEntries(Languages.map(([lang]) => [lang, h("pre", { class: "default-text" })]));
    const error = messageBox();
    error.classList.add("field-error");
    const saved = messageBox("success");
    const save = h("button", { type: "button", class: "save" }, "Save");
    const restore = h("button", { type: "button", class: "secondary restore" }, "Restore default");

    function show(text) {
      entry.text = text;
      badge.hidden = !text.overridden;
      restore.disabled = !text.overridden;
      for (const [lang] of Languages) {
        inputs[lang].value = text[lang] ?? "";
        defaults[lang].textContent = defaultOf(text, lang);
      }
    }

    save.addEventListener("click", async () => {
      saved.show("");
      // A language left as its default is sent as null (keep the default), so a later change of the
      // default in code still reaches it; both as their defaults is a restore.
      const body = {};
      for (const [lang] of Languages) {
        body[lang] = inputs[lang].value === defaultOf(entry.text, lang) ? null : inputs[lang].value;
      }
      const key = encodeURIComponent(entry.text.key);
      const answer = await run(save, error, () =>
        body.ru === null && body.en === null ? api.delete(`texts/${key}`) : api.put(`texts/${key}`, body));
      if (answer) {
        show(withDefaults(answer, entry.text));
        saved.show("Saved: the bot uses it now.");
        applyFilter();
      }
    });

    restore.addEventListener("click", async () => {
      if (!(await confirm(`Restore the default wording of ${entry.text.key}? The override is deleted.`))) return;
      saved.show("");
      const answer = await run(restore, error, () => api.delete(`texts/${encodeURIComponent(entry.text.key)}`));
      if (answer) {
        show(withDefaults(answer, entry.text));
        saved.show("Restored the default.");
        applyFilter();
      }
    });

    entry.element = h("article", { class: "card text-card", dataset: { key: initial.key } },
      h("div", { class: "card-header" }, h("h3", null, h("code", null, initial.key)), badge),
      h("div", { class: "text-grid" },
        h("div", { class: "grid-head" }, ""), h("div", { class: "grid-head" }, "Default"), h("div", { class: "grid-head" }, "Now (edit to override)"),
        Languages.map(([lang, title]) => [
          h("div", { class: "lang" }, title),
          defaults[lang],
          inputs[lang],
        ])),
      error, saved,
      h("div", { class: "row" }, save, restore));
    show(initial);
    return entry;
  }

  filter.addEventListener("input", applyFilter);
  onlyChanged.addEventListener("change", applyFilter);
  list.replaceChildren(...cards.map((c) => c.element));
  applyFilter();
}

function defaultOf(text, lang) {
  return text["default" + lang[0].toUpperCase() + lang.slice(1)] ?? "";
}

/** PUT and DELETE answer {key, ru, en}; the defaults stay those the list gave. */
function withDefaults(answer, before) {
  const text = { ...before, ...answer };
  text.overridden = text.ru !== text.defaultRu || text.en !== text.defaultEn;
  return text;
}

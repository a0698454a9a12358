// The console's shell: the key prompt, the menu of the enabled flows' screens, and hash routing (#/users).
import { api, key, onUnauthorized } from "./api.js";
import { screens } from "./screens.js";
import { h, toast } from "./ui.js";

const keyForm = document.getElementById("key-form");
const keyInput = document.getElementById("key-input");
const keyError = document.getElementById("key-error");
const nav = document.getElementById("nav");
const signOut = document.getElementById("sign-out");
const screen = document.getElementById("screen");

let visible = [];
let mounted = 0;

function showPrompt(reason) {
  nav.hidden = true;
  signOut.hidden = true;
  screen.replaceChildren();
  keyForm.hidden = false;
  keyError.textContent = reason ?? "";
  keyError.hidden = !reason;
  keyInput.value = "";
  keyInput.focus();
}

/** Asks the API which flows are on (this also checks the key), then shows their screens. */
async function start() {
  let features;
  try {
    features = await api.get("features");
  } catch (e) {
    if (!e.signedOut) {
      showPrompt(e.message);
    }
    return;
  }

  const enabled = new Set(features?.enabled ?? []);
  visible = screens.filter((s) => s.flow === null || enabled.has(s.flow));
  keyForm.hidden = true;
  signOut.hidden = false;
  nav.hidden = false;
  nav.replaceChildren(...visible.map((s) => h("a", { href: "#/" + s.id, dataset: { screen: s.id } }, s.title)));
  await route();
}

async function route() {
  if (!keyForm.hidden || visible.length === 0) {
    return;
  }

  const id = location.hash.startsWith("#/") ? location.hash.slice(2) : "";
  const entry = visible.find((s) => s.id === id);
  if (!entry) {
    location.replace("#/" + visible[0].id);
    return;
  }

  for (const link of nav.querySelectorAll("a")) {
    link.classList.toggle("active", link.dataset.screen === entry.id);
    if (link.dataset.screen === entry.id) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }

  const ticket = ++mounted;
  const root = h("div", { class: "screen", dataset: { screen: entry.id } }, h("h2", null, entry.title));
  screen.replaceChildren(root);
  document.title = `${entry.title} · Bot admin`;
  try {
    const module = await import(new URL(entry.module, import.meta.url).href);
    if (ticket === mounted) {
      await module.mount(root);
    }
  } catch (e) {
    if (!e?.signedOut && ticket === mounted) {
      root.append(h("p", { class: "error", role: "alert" }, `This screen failed: ${e?.message ?? e}`));
      console.error(e);
    }
  }
}

keyForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const value = keyInput.value.trim();
  if (!value) {
    showPrompt("enter the function key");
    return;
  }
  key.set(value);
  await start();
});

signOut.addEventListener("click", () => {
  key.clear();
  showPrompt("Signed out.");
});

onUnauthorized((reason) => showPrompt(`The API refused the key: ${reason}`));
window.addEventListener("hashchange", () => route());
window.addEventListener("error", (e) => toast(`Error: ${e.message}`, "error"));
window.addEventListener("unhandledrejection", (e) => {
  if (!e.reason?.signedOut) toast(`Error: ${e.reason?.message ?? e.reason}`, "error");
});

// A link with the key in its fragment (#key=..., the local host's banner prints one) signs in at once;
// the fragment never reaches a server, and is removed from the address bar here.
const fragment = new URLSearchParams(location.hash.startsWith("#key=") ? location.hash.slice(1) : "");
if (fragment.get("key")) {
  key.set(fragment.get("key"));
  history.replaceState(null, "", location.pathname + location.search);
}

if (key.get()) {
  start();
} else {
  showPrompt();
}

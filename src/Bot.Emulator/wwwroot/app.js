// The emulator's web chat: plays one or more Telegram users through the person-side API
// (/emulator/users/...). Plain JavaScript, no build step, nothing loaded from outside.
(() => {
  "use strict";

  const POLL_MS = 700;
  const USERS_POLL_MS = 3000;
  const state = {
    users: [],
    open: [], // user ids shown, in column order
    sideBySide: false,
    conversations: new Map(), // userId -> { el, timer, lastJson }
  };

  const $ = (selector, root = document) => root.querySelector(selector);

  async function api(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new Error((data && data.error) || `${response.status} ${response.statusText}`);
    }
    return data;
  }

  function toast(message) {
    const el = $("#toast");
    el.textContent = message;
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { el.hidden = true; }, 3500);
  }

  const run = (action) => action().catch((e) => toast(e.message));

  function initials(name) {
    return (name || "?").trim().slice(0, 1).toUpperCase();
  }

  function userById(id) {
    return state.users.find((u) => u.userId === id);
  }

  // ----- users -----

  async function loadUsers() {
    state.users = await api("GET", "/emulator/users");
    renderUsers();
    for (const [id, conversation] of state.conversations) {
      renderHeader(conversation.el, id);
    }
  }

  function renderUsers() {
    const list = $("#user-list");
    list.replaceChildren(...state.users.map((user) => {
      const li = document.createElement("li");
      li.className = "user-item";
      li.dataset.userId = String(user.userId);
      li.classList.toggle("selected", state.open.includes(user.userId));
      li.classList.toggle("blocked", user.blocked);
      const avatar = document.createElement("span");
      avatar.className = "avatar";
      avatar.textContent = initials(user.firstName);
      const text = document.createElement("div");
      const name = document.createElement("div");
      name.className = "name";
      name.textContent = user.firstName;
      const meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = `id ${user.userId} · ${user.languageCode}${user.blocked ? " · blocked the bot" : ""}`;
      text.append(name, meta);
      li.append(avatar, text);
      li.addEventListener("click", () => pickUser(user.userId));
      return li;
    }));
  }

  function pickUser(id) {
    if (state.sideBySide) {
      state.open = state.open.includes(id) ? state.open.filter((x) => x !== id) : [...state.open, id];
    } else {
      state.open = [id];
    }
    document.body.classList.remove("sidebar-open");
    renderConversations();
    renderUsers();
  }

  async function addUser(event) {
    event.preventDefault();
    const userId = Number($("#new-user-id").value);
    if (!Number.isInteger(userId) || userId <= 0) {
      toast("User id must be a positive whole number");
      return;
    }
    const firstName = $("#new-user-name").value.trim() || undefined;
    const languageCode = $("#new-user-language").value;
    await api("POST", "/emulator/users", { userId, firstName, languageCode });
    $("#new-user-id").value = "";
    $("#new-user-name").value = "";
    await loadUsers();
    if (!state.open.includes(userId)) {
      pickUser(userId);
    }
  }

  // ----- conversations -----

  function renderConversations() {
    const main = $("#conversations");
    for (const [id, conversation] of state.conversations) {
      if (!state.open.includes(id)) {
        clearInterval(conversation.timer);
        conversation.el.remove();
        state.conversations.delete(id);
      }
    }
    state.open.forEach((id, index) => {
      let conversation = state.conversations.get(id);
      if (!conversation) {
        conversation = createConversation(id);
        state.conversations.set(id, conversation);
      }
      main.appendChild(conversation.el); // keeps column order
      const input = $(".message-input", conversation.el);
      const send = $(".send-button", conversation.el);
      input.id = index === 0 ? "message-input" : `message-input-${id}`;
      send.id = index === 0 ? "send-button" : `send-button-${id}`;
      $(".close-button", conversation.el).hidden = !state.sideBySide;
    });
    $("#no-conversation").hidden = state.open.length > 0;
  }

  function createConversation(id) {
    const el = $("#conversation-template").content.firstElementChild.cloneNode(true);
    el.dataset.userId = String(id);
    const conversation = { el, timer: 0, lastJson: "" };
    $(".composer", el).addEventListener("submit", (event) => {
      event.preventDefault();
      const input = $(".message-input", el);
      const text = input.value.trim();
      if (!text) return;
      input.value = "";
      run(() => say(id, text));
    });
    $(".contact-button", el).addEventListener("click", () => run(() => shareContact(id)));
    $(".photo-button", el).addEventListener("click", () => $(".photo-input", el).click());
    $(".photo-input", el).addEventListener("change", (event) => {
      const file = event.target.files && event.target.files[0];
      event.target.value = "";
      if (!file) return;
      const input = $(".message-input", el);
      const caption = input.value.trim();
      input.value = "";
      run(() => sendPhoto(id, file, caption));
    });
    $(".block-button", el).addEventListener("click", () => run(() => toggleBlock(id)));
    $(".close-button", el).addEventListener("click", () => pickUser(id));
    renderHeader(el, id);
    const poll = () => run(() => refresh(id, conversation));
    poll();
    conversation.timer = setInterval(poll, POLL_MS);
    return conversation;
  }

  function renderHeader(el, id) {
    const user = userById(id);
    $(".name", el).textContent = user ? `${user.firstName} (${id})` : `User ${id}`;
    $(".avatar", el).textContent = initials(user && user.firstName);
    $(".blocked-badge", el).hidden = !(user && user.blocked);
    $(".block-button", el).textContent = user && user.blocked ? "Unblock bot" : "Block bot";
  }

  async function refresh(id, conversation) {
    const transcript = await api("GET", `/emulator/users/${id}/chat`);
    const json = JSON.stringify(transcript);
    if (json === conversation.lastJson) return;
    conversation.lastJson = json;
    renderTranscript(conversation.el, id, transcript);
  }

  function renderTranscript(el, id, transcript) {
    const box = $(".messages", el);
    const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 60;
    box.replaceChildren(...transcript.map((entry) => renderMessage(id, entry)));
    if (nearBottom) box.scrollTop = box.scrollHeight;
    renderReplyKeyboard(el, id, transcript);
  }

  function renderMessage(id, entry) {
    const div = document.createElement("div");
    div.className = `msg ${entry.from}`;
    div.dataset.messageId = String(entry.id);
    div.dataset.kind = entry.kind;
    if (entry.kind === "photo" && entry.fileUrl) {
      // Shown inline; the URL is the emulator's own file route (or the URL the bot sent), never HTML.
      const img = document.createElement("img");
      img.className = "photo";
      img.alt = entry.text || "Photo";
      img.src = entry.fileUrl;
      img.addEventListener("click", () => window.open(entry.fileUrl, "_blank", "noopener"));
      div.appendChild(img);
    } else if (entry.kind === "photo" || entry.kind === "document") {
      const attachment = document.createElement(entry.fileUrl ? "a" : "span");
      attachment.className = "attachment";
      attachment.textContent = entry.kind === "photo" ? "🖼 Photo" : `📄 ${entry.attachment || "Document"}`;
      if (entry.fileUrl) {
        attachment.href = entry.fileUrl;
        attachment.target = "_blank";
        attachment.rel = "noopener";
        if (entry.attachment) attachment.download = entry.attachment;
      }
      div.appendChild(attachment);
    }
    if (entry.kind === "contact") {
      const attachment = document.createElement("span");
      attachment.className = "attachment";
      attachment.textContent = "☎ Contact shared";
      div.appendChild(attachment);
    }
    const text = document.createElement("div");
    text.className = "text";
    text.textContent = entry.text || "";
    div.appendChild(text);
    if (entry.inlineKeyboard && entry.inlineKeyboard.length) {
      const keyboard = document.createElement("div");
      keyboard.className = "keyboard";
      for (const row of entry.inlineKeyboard) {
        const rowEl = document.createElement("div");
        rowEl.className = "row";
        for (const button of row) {
          rowEl.appendChild(inlineButton(id, entry.id, button));
        }
        keyboard.appendChild(rowEl);
      }
      div.appendChild(keyboard);
    }
    const footer = document.createElement("div");
    footer.className = "footer";
    footer.textContent = `${entry.edited ? "edited · " : ""}${hhmm(entry.date)}`;
    div.appendChild(footer);
    return div;
  }

  // Telegram shows a message's time as HH:mm, in the viewer's time zone.
  function hhmm(date) {
    const d = new Date(date);
    return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
  }

  function inlineButton(userId, messageId, button) {
    const el = document.createElement("button");
    el.type = "button";
    el.className = "inline-button";
    el.textContent = button.text;
    if (button.url) {
      el.classList.add("url");
      el.dataset.url = button.url;
      el.addEventListener("click", () => window.open(button.url, "_blank", "noopener"));
    } else if (button.callbackData) {
      el.dataset.callbackData = button.callbackData;
      el.addEventListener("click", () => run(() => api("POST", `/emulator/users/${userId}/callbacks`, { messageId, data: button.callbackData })));
    } else {
      el.disabled = true;
    }
    return el;
  }

  // The reply keyboard in force: the newest bot message that set or removed one.
  function renderReplyKeyboard(el, id, transcript) {
    const box = $(".reply-keyboard", el);
    const last = [...transcript].reverse().find((m) => m.from === "bot" && (m.replyKeyboard || m.removeKeyboard));
    if (!last || last.removeKeyboard) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    const contactButtons = new Set(last.contactButtons || []);
    box.replaceChildren(...last.replyKeyboard.map((row) => {
      const rowEl = document.createElement("div");
      rowEl.className = "row";
      for (const text of row) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "reply-button";
        button.textContent = text;
        if (contactButtons.has(text)) {
          button.classList.add("contact");
          button.dataset.requestContact = "true";
          button.addEventListener("click", () => run(() => shareContact(id)));
        } else {
          button.addEventListener("click", () => run(() => say(id, text)));
        }
        rowEl.appendChild(button);
      }
      return rowEl;
    }));
    box.hidden = false;
  }

  // ----- actions -----

  async function say(id, text) {
    const user = userById(id);
    await api("POST", `/emulator/users/${id}/messages`, { text, firstName: user && user.firstName, languageCode: user && user.languageCode });
    await refreshNow(id);
  }

  function readAsDataUrl(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(new Error(`Could not read ${file.name}`));
      reader.readAsDataURL(file);
    });
  }

  // The picked image goes as Base64 (a data URL) to the photos route; the caption is the composer's text.
  async function sendPhoto(id, file, caption) {
    const user = userById(id);
    const base64 = await readAsDataUrl(file);
    await api("POST", `/emulator/users/${id}/photos`, {
      base64, caption: caption || undefined, firstName: user && user.firstName, languageCode: user && user.languageCode,
    });
    await refreshNow(id);
  }

  async function shareContact(id) {
    const key = `emulator.phone.${id}`;
    const phone = window.prompt("Phone number to share", localStorage.getItem(key) || "+7999");
    if (!phone) return;
    localStorage.setItem(key, phone.trim());
    await api("POST", `/emulator/users/${id}/contact`, { phone: phone.trim() });
    await refreshNow(id);
  }

  async function toggleBlock(id) {
    const user = userById(id);
    await api("POST", `/emulator/users/${id}/${user && user.blocked ? "unblock" : "block"}`);
    await loadUsers();
  }

  async function refreshNow(id) {
    const conversation = state.conversations.get(id);
    if (conversation) await refresh(id, conversation);
    if (!userById(id)) await loadUsers();
  }

  // ----- start -----

  $("#new-user-form").addEventListener("submit", (event) => run(() => addUser(event)));
  $("#toggle-sidebar").addEventListener("click", () => document.body.classList.toggle("sidebar-open"));
  $("#side-by-side-toggle").addEventListener("change", (event) => {
    state.sideBySide = event.target.checked;
    document.body.classList.toggle("side-by-side", state.sideBySide);
    $("#side-by-side-hint").hidden = !state.sideBySide;
    if (!state.sideBySide && state.open.length > 1) state.open = [state.open[0]];
    renderConversations();
    renderUsers();
  });

  // "/?users=42,43" opens those conversations side by side.
  const requested = (new URLSearchParams(location.search).get("users") || "")
    .split(",").map(Number).filter((id) => Number.isInteger(id) && id > 0);

  run(async () => {
    await loadUsers();
    if (requested.length > 1) {
      $("#side-by-side-toggle").checked = true;
      $("#side-by-side-toggle").dispatchEvent(new Event("change"));
    }
    if (requested.length > 0) requested.forEach(pickUser);
    else if (state.users.length > 0) pickUser(state.users[0].userId);
    else document.body.classList.add("sidebar-open");
  });
  setInterval(() => run(loadUsers), USERS_POLL_MS);
})();

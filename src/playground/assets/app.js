// The playground's page: draws the chats from the state the server streams (server-sent
// events) and sends what a Telegram app would: messages, replies, button presses.
"use strict";

// The language a Telegram app says it is in (language_code), not our locale ids: Kurmanji is "ku";
// Sorani and Dari have no Telegram interface (a Dari reader's app says "fa" and picks دری in the bot).
const LANGS = ["", "nl", "en", "ar", "ti", "tr", "ku", "fa", "so", "ps", "am", "fr"];
const CHIPS = {
  holder: ["/menu", "/plan", "/prepare", "/language", "/help"],
  coa: ["/menu", "/cases", "/plan", "/meet", "/prepare", "/help"],
  gemeente: ["/menu", "/cases", "/newcase", "/plan", "/meet", "/prepare", "/help"],
  group: ["/newcase", "/cases", "/meet", "/plan", "/link", "/help"],
};
const TEAM = -100777;
// The panes: key, title, whose chat (the holder's is chosen in the pane).
const PANES = [
  { key: "holder", title: "Status holder" },
  { key: "coa", title: "COA caseworker", user: 2002 },
  { key: "gemeente", title: "Municipal contact", user: 1001 },
  { key: "group", title: "Team group", user: 1001 },
];
let state = null;
let holder = Number(localStorage.getItem("holder")) || 3003;
const replyTo = {};      // pane -> message id chosen by hand (0: none)

function post(path, body) {
  return fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
    .then(r => { if (!r.ok) r.text().then(t => console.warn(path, r.status, t)); return r; });
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

// Which person and chat a pane shows.
function paneTarget(pane) {
  const key = pane.dataset.pane;
  const user = key === "holder" ? holder : Number(pane.dataset.user);
  return { key, user, chat: key === "group" ? TEAM : user };
}

function person(id) { return state.people.find(p => p.id === id); }

function messagesOf(chat) {
  return chat === TEAM ? state.group.messages : (person(chat) || { messages: [] }).messages;
}

// Text with its links: t.me deep links open as a chosen person, other https links in a tab.
function richText(text) {
  const span = el("div", "text");
  span.dir = "auto";
  const re = /https:\/\/[^\s\u2068\u2069]+/g;
  let last = 0, m;
  while ((m = re.exec(text)) !== null) {
    span.append(text.slice(last, m.index));
    span.append(link(m[0]));
    last = m.index + m[0].length;
  }
  span.append(text.slice(last));
  return span;
}

function link(url) {
  const a = el("a", "tglink", url);
  const start = url.match(/^https:\/\/t\.me\/[A-Za-z0-9_]+\?start=([A-Za-z0-9_-]+)/);
  const group = url.match(/^https:\/\/t\.me\/[A-Za-z0-9_]+\?startgroup=/);
  if (start) a.onclick = ev => openAs(ev, start[1]);
  else if (group) a.onclick = () => post("/api/add-bot", {});
  else { a.href = url; a.target = "_blank"; a.rel = "noopener"; }
  return a;
}

// Opening a t.me/<bot>?start=<payload> link: the app sends "/start <payload>" privately.
function openAs(ev, payload) {
  const box = document.getElementById("open-as");
  const choices = box.querySelector(".choices");
  choices.replaceChildren();
  for (const p of state.people) {
    const b = el("button", null, p.name);
    b.onclick = () => {
      box.hidden = true;
      if (p.role === "holder") { holder = p.id; localStorage.setItem("holder", holder); }
      post("/api/send", { user: p.id, chat: p.id, text: "/start " + payload }).then(render);
    };
    choices.append(b);
  }
  box.style.left = Math.min(ev.clientX, innerWidth - 320) + "px";
  box.style.top = ev.clientY + "px";
  box.hidden = false;
  ev.stopPropagation();
}
document.addEventListener("click", ev => {
  const box = document.getElementById("open-as");
  if (!box.contains(ev.target)) box.hidden = true;
});

function bubble(m, target, pane) {
  const wrap = document.createDocumentFragment();
  if (m.bot_added) { wrap.append(el("div", "msg service", "Sanne added the bot to the group")); return wrap; }
  const b = el("div", "msg " + (m.from_bot ? "bot" : "me"));
  b.dataset.id = m.id;
  if (target.chat === TEAM || !m.from_bot) b.append(el("div", "from", m.from));
  if (m.reply_to && m.reply_to.text) b.append(el("div", "quote", m.reply_to.text));
  if (m.file && m.file.kind === "photo") {
    const img = el("img"); img.src = m.file.url; img.alt = "QR"; b.append(img);
  } else if (m.file) {
    const a = el("a", "file", "📎 " + (m.file.name || "file")); a.href = m.file.url; a.target = "_blank"; b.append(a);
  }
  // A deep link's payload is not shown by Telegram apps: "/start" is what the person sees.
  const text = !m.from_bot && /^\/start(@\w+)? \S/.test(m.text || "") ? "/start" : m.text;
  if (text) b.append(richText(text));
  const meta = el("div", "meta", m.edited ? "edited" : "");
  if (m.from_bot) {
    const r = el("a", null, "↩ reply");
    r.onclick = () => { replyTo[target.key] = m.id; drawComposer(pane); pane.querySelector("input").focus(); };
    meta.append(r);
  }
  b.append(meta);
  wrap.append(b);
  if (m.buttons.length) {
    const kbd = el("div", "kbd");
    for (const row of m.buttons) {
      const r = el("div", "r");
      for (const btn of row) {
        const k = el("button", btn.data === undefined || btn.data === null ? "url" : "", btn.text);
        if (btn.url) k.onclick = ev => { const l = link(btn.url); l.onclick ? l.onclick(ev) : window.open(btn.url, "_blank", "noopener"); };
        else k.onclick = () => post("/api/press", { user: target.user, chat: target.chat, message_id: m.id, data: btn.data });
        r.append(k);
      }
      kbd.append(r);
    }
    wrap.append(kbd);
  }
  return wrap;
}

// The message a reply goes to: the one chosen by hand, else the bot's last question if it
// asked for a reply (ForceReply) and nothing came after it.
function replyTarget(pane) {
  const t = paneTarget(pane);
  const msgs = messagesOf(t.chat);
  const chosen = replyTo[t.key];
  if (chosen) return msgs.find(m => m.id === chosen);
  if (chosen === 0) return undefined;
  const last = msgs[msgs.length - 1];
  return last && last.from_bot && last.force_reply ? last : undefined;
}

function drawComposer(pane) {
  const to = replyTarget(pane);
  const box = pane.querySelector(".replying");
  box.replaceChildren();
  if (!to) return;
  box.append("↩ " + (to.text || "").slice(0, 60));
  const x = el("a", null, "✕");
  x.onclick = () => { replyTo[paneTarget(pane).key] = 0; drawComposer(pane); };
  box.append(x);
}

function drawPane(pane) {
  const t = paneTarget(pane);
  const list = pane.querySelector(".messages");
  const atEnd = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  list.replaceChildren();
  for (const m of messagesOf(t.chat)) list.append(bubble(m, t, pane));
  if (atEnd) list.scrollTop = list.scrollHeight;
  const p = person(t.user);
  const name = pane.querySelector(".name");
  if (name) name.textContent = t.key === "group" ? state.group.title : p.name;
  pane.querySelector(".about").textContent = t.key === "group" ? "Sanne writes here." : p.about;
  const lang = pane.querySelector(".tglang");
  if (lang && document.activeElement !== lang) lang.value = p.telegram_lang || "";
  const answer = state.answers.filter(a => a.user === t.user && a.chat === t.chat).pop();
  const notice = pane.querySelector(".notice");
  // What the bot answered to this person's last press (Telegram shows it as a toast or alert).
  notice.textContent = answer ? "🔔 " + answer.text : "";
  notice.className = "notice" + (answer && answer.alert ? " alert" : "");
  notice.dir = "auto";
  if (t.key === "group" && !state.group.bot_member) {
    const add = el("button", "add-bot", "➕ Add the bot to this group");
    add.onclick = () => post("/api/add-bot", {});
    pane.querySelector(".about").append(" ", add);
  }
  drawComposer(pane);
}

function render() {
  if (!state) return;
  document.getElementById("now").textContent = state.now_local;
  document.getElementById("next").textContent = state.next_due ? "(" + state.next_due + ")" : "";
  const who = document.querySelector('[data-pane="holder"] .who');
  if (document.activeElement !== who) {
    who.replaceChildren(...state.people.filter(p => p.role === "holder").map(p => {
      const o = el("option", null, p.name + " · " + p.about); o.value = p.id; return o;
    }));
    who.value = holder;
  }
  document.querySelectorAll(".pane").forEach(drawPane);
}

function makePanes() {
  const template = document.getElementById("pane");
  for (const p of PANES) {
    const pane = template.content.firstElementChild.cloneNode(true);
    pane.dataset.pane = p.key;
    if (p.user) pane.dataset.user = p.user;
    pane.querySelector("h2").textContent = p.title;
    if (p.key === "holder") { pane.querySelector(".who").hidden = false; pane.querySelector(".name").remove(); }
    if (p.key === "group") { pane.classList.add("group"); pane.querySelector(".tglang").remove(); }
    document.getElementById("panes").append(pane);
  }
}

function setup() {
  makePanes();
  document.querySelectorAll(".pane").forEach(pane => {
    const key = pane.dataset.pane;
    const lang = pane.querySelector(".tglang");
    if (lang) {
      for (const l of LANGS) { const o = el("option", null, l || "(none)"); o.value = l; lang.append(o); }
      lang.onchange = () => post("/api/language", { user: paneTarget(pane).user, lang: lang.value || null });
    }
    const chips = pane.querySelector(".chips");
    for (const c of CHIPS[key]) {
      const b = el("button", null, c); b.type = "button";
      b.onclick = () => { const t = paneTarget(pane); post("/api/send", { user: t.user, chat: t.chat, text: c }); };
      chips.append(b);
    }
    pane.querySelector("form").onsubmit = ev => {
      ev.preventDefault();
      const input = pane.querySelector("input");
      const text = input.value.trim();
      if (!text) return;
      const t = paneTarget(pane);
      const to = replyTarget(pane);
      post("/api/send", { user: t.user, chat: t.chat, text, reply_to: to ? to.id : null });
      input.value = "";
      delete replyTo[t.key];
    };
  });
  document.querySelector('[data-pane="holder"] .who').onchange = ev => {
    holder = Number(ev.target.value); localStorage.setItem("holder", holder); render();
  };
  document.querySelectorAll("[data-skip]").forEach(b => {
    b.onclick = () => post("/api/skip", { by: b.dataset.skip });
  });
  const live = document.getElementById("live");
  const events = new EventSource("/api/events");
  events.addEventListener("state", ev => {
    state = JSON.parse(ev.data);
    live.className = "live on"; live.textContent = "● live";
    render();
  });
  events.onerror = () => { live.className = "live off"; live.textContent = "○ reconnecting"; };
}

setup();

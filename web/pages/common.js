// What every page shares: the session (user, role, CSRF token) and calls to /api/.
"use strict";

const thuky = {
  session: null,

  // Loads the session; sends the browser to the login page when there is none.
  async start() {
    const response = await fetch("/api/session");
    if (response.status === 401) {
      window.location.href = "/login";
      return null;
    }
    thuky.session = await response.json();
    document.getElementById("who").textContent =
      `${thuky.session.user} (${thuky.roleName(thuky.session.role)})`;
    document.getElementById("logout").hidden = thuky.session.mode === "local";
    document.body.classList.toggle("read-only", thuky.session.role === "viewer");
    if (thuky.session.mode !== "local") thuky.addPasswordButton();
    await thuky.addPluginLinks();
    return thuky.session;
  },

  // The pages plugins add (their manifest's [web] title), after the host's own links.
  async addPluginLinks() {
    const nav = document.querySelector("header.top nav");
    if (!nav) return;
    const response = await fetch("/api/plugins/pages");
    if (!response.ok) return;
    for (const page of (await response.json()).pages) {
      const link = document.createElement("a");
      link.href = page.url;
      link.textContent = page.title;
      if (window.location.pathname.startsWith(page.url)) {
        for (const other of nav.querySelectorAll("a")) other.removeAttribute("aria-current");
        link.setAttribute("aria-current", "page");
      }
      nav.append(link);
    }
  },

  // "Đổi mật khẩu" beside the user's name, and its dialog (accounts only: on this machine
  // without accounts there is no password).
  addPasswordButton() {
    const logout = document.getElementById("logout");
    if (!logout || document.getElementById("password-button")) return;
    const open = document.createElement("button");
    open.type = "button";
    open.id = "password-button";
    open.textContent = "Đổi mật khẩu";
    logout.before(open);
    const dialog = document.createElement("dialog");
    dialog.id = "password-dialog";
    dialog.innerHTML = `<form method="dialog">
      <h2>Đổi mật khẩu</h2>
      <label>Mật khẩu hiện tại <input id="pw-current" type="password" autocomplete="current-password"></label>
      <label>Mật khẩu mới (ít nhất 8 ký tự) <input id="pw-new" type="password" autocomplete="new-password"></label>
      <label>Nhập lại mật khẩu mới <input id="pw-again" type="password" autocomplete="new-password"></label>
      <p id="pw-message" role="alert"></p>
      <div class="actions"><button type="button" id="pw-cancel">Đóng</button>
        <button type="submit" class="primary" id="pw-save">Đổi mật khẩu</button></div>
    </form>`;
    document.body.append(dialog);
    const message = dialog.querySelector("#pw-message");
    const say = (text, ok) => {
      message.textContent = text;
      message.className = ok ? "ok" : "error";
    };
    open.addEventListener("click", () => {
      dialog.querySelector("form").reset();
      say("", true);
      dialog.showModal();
    });
    dialog.querySelector("#pw-cancel").addEventListener("click", () => dialog.close());
    dialog.querySelector("form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const current = dialog.querySelector("#pw-current").value;
      const fresh = dialog.querySelector("#pw-new").value;
      if ([...fresh].length < 8) return say("Mật khẩu mới phải có ít nhất 8 ký tự.");
      if (fresh !== dialog.querySelector("#pw-again").value) {
        return say("Hai lần nhập mật khẩu mới không giống nhau.");
      }
      const { status, body } = await thuky.call("POST", "/api/password", { current, new: fresh });
      if (status === 200) return say("Đã đổi mật khẩu.", true);
      if (status === 429) return say(`Nhập sai nhiều lần: hãy thử lại sau ${body.retry_after} giây.`);
      if (body.field === "current") return say("Mật khẩu hiện tại không đúng.");
      say("Mật khẩu mới quá ngắn: cần ít nhất 8 ký tự.");
    });
  },

  // A text for the page: "<b>who</b> … at time" of a version conflict.
  changedBy(body) {
    const who = body.changed_by || "người khác (bằng dòng lệnh)";
    return `${who} đã sửa lúc ${thuky.displayTime(body.changed_at)}`;
  },

  roleName(role) {
    return { admin: "quản trị", secretary: "thư ký", viewer: "chỉ xem" }[role] || role;
  },

  // A call to the API; writes carry the CSRF token. Returns {status, body}.
  async call(method, path, body) {
    const options = { method, headers: {} };
    if (method !== "GET") options.headers["X-CSRF-Token"] = thuky.session.csrf;
    if (body instanceof FormData) {
      options.body = body;
    } else if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    if (response.status === 401) window.location.href = "/login";
    const json = await response.json().catch(() => ({}));
    return { status: response.status, body: json };
  },

  // "1970-09-15" → "15/09/1970" (and "1970-09" → "09/1970").
  displayDate(iso) {
    return iso ? iso.split("-").reverse().join("/") : "";
  },

  // "2026-11-30T01:52:00Z" → "08:52 ngày 30/11/2026" in the browser's time zone (read after
  // "lúc": "lúc 08:52 ngày 30/11/2026").
  displayTime(iso) {
    if (!iso) return "";
    const t = new Date(iso);
    const two = (n) => String(n).padStart(2, "0");
    return `${two(t.getHours())}:${two(t.getMinutes())} ngày ${two(t.getDate())}/` +
      `${two(t.getMonth() + 1)}/${t.getFullYear()}`;
  },
};

document.addEventListener("DOMContentLoaded", () => {
  const logout = document.getElementById("logout");
  if (logout) {
    logout.addEventListener("click", async () => {
      await thuky.call("POST", "/api/logout");
      window.location.href = "/login";
    });
  }
});

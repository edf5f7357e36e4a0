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
    const home = nav.querySelector('a[href="/"]');
    if (home && window.location.pathname === "/") home.setAttribute("aria-current", "page");
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

  // What a plugin's pages share, for the plugin whose API is at `api` ("/api/p/delegates/"):
  // const P = thuky.plugin("/api/p/delegates/"); P.get("days"); P.choose(...).
  plugin(api) {
    const p = {
      api,

      $(id) {
        return document.getElementById(id);
      },

      // A new element with text (and a class).
      el(tag, text, className) {
        const node = document.createElement(tag);
        if (text !== undefined && text !== null) node.textContent = text;
        if (className) node.className = className;
        return node;
      },

      cell(row, text, className) {
        const td = row.insertCell();
        td.textContent = text;
        if (className) td.className = className;
        return td;
      },

      option(value, text) {
        const option = p.el("option", text);
        option.value = value;
        return option;
      },

      // "1245" → "1.245", as Vietnamese papers write counts.
      number(n) {
        return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      },

      async get(path) {
        const { status, body } = await thuky.call("GET", p.api + path);
        return status === 200 ? body : null;
      },

      post(path, body) {
        return thuky.call("POST", p.api + path, body === undefined ? {} : body);
      },

      // The picker <select id=param> of the record a page is about (an election day, a plan):
      // filled with makeOption(item) for the items GET `path` answers under `key` ("#empty"
      // shown when there are none); onPick(value) is called now and on every change, and the
      // choice is kept in the address (?param=) and the tab links, so a reload or a link keeps it.
      async choose(param, path, key, makeOption, onPick) {
        const select = p.$(param);
        const answer = await p.get(path);
        const items = answer ? answer[key] : [];
        p.$("empty").hidden = items.length > 0;
        for (const item of items) select.append(makeOption(item));
        const wanted = new URLSearchParams(window.location.search).get(param);
        if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
        const show = () => {
          if (!select.value) return;
          const url = new URL(window.location.href);
          url.searchParams.set(param, select.value);
          window.history.replaceState(null, "", url);
          for (const a of document.querySelectorAll(".tabs a")) {
            const target = new URL(a.href);
            target.searchParams.set(param, select.value);
            a.href = target;
          }
          onPick(select.value);
        };
        select.addEventListener("change", show);
        show();
      },
    };
    return p;
  },

  // 1 → "A", 27 → "AA": a column as a spreadsheet names it.
  columnLetter(n) {
    let letters = "";
    for (; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return letters;
  },

  // The errors of a refused import (422 {problems: [{row, column, header, message}]}) as a
  // table: the cells to correct before importing again.
  problemsTable(problems) {
    const table = document.createElement("table");
    table.className = "list problems";
    table.createTHead().insertRow().append(...["Dòng", "Cột", "Tiêu đề", "Lỗi"].map((h) => {
      const th = document.createElement("th");
      th.textContent = h;
      return th;
    }));
    const tbody = table.createTBody();
    for (const p of problems) {
      const row = tbody.insertRow();
      for (const text of [p.row, p.column ? thuky.columnLetter(p.column) : "", p.header, p.message]) {
        row.insertCell().textContent = text;
      }
    }
    return table;
  },

  // A table import by upload (.xlsx/.csv): sends `file` (and, when `skipInvalid`, asks to keep
  // the valid rows) to `path`, and shows in `out` what was stored (the sentence `said(body)`
  // makes), the rejects file to download, or the errors by row and column (#import-problems).
  // Returns the answer when the file was imported, else null.
  async uploadTable(path, file, skipInvalid, out, said) {
    const data = new FormData();
    data.append("file", file);
    if (skipInvalid) data.append("skip_invalid", "1");
    out.replaceChildren();
    const { status, body } = await thuky.call("POST", path, data);
    const message = document.createElement("p");
    out.append(message);
    if (status === 200) {
      message.className = "ok";
      message.textContent = said(body);
      if (body.rejects) {
        const rejects = document.createElement("p");
        rejects.className = "error";
        const link = document.createElement("a");
        link.id = "rejects-link";
        link.textContent = body.rejects.name;
        link.href = `/api/document?path=${encodeURIComponent(body.rejects.path)}&download=1`;
        rejects.append(`${body.rejected} dòng có lỗi chưa được nhập; chúng ở trong tệp `, link,
          " (cột “Lỗi” nói lý do): sửa rồi nhập tệp đó.");
        out.append(rejects);
      }
      return body;
    }
    message.className = "error";
    if (status !== 422) {
      message.textContent = body.error || "Không nhập được.";
      return null;
    }
    message.textContent = `Tệp có ${body.total} lỗi, chưa dòng nào được nhập. Sửa các ô sau rồi nhập lại:`;
    const table = thuky.problemsTable(body.problems);
    table.id = "import-problems";
    out.append(table);
    return null;
  },

  // A row per printed document ({name, path, title?}) in `list`: its name, "Xem" to show it in
  // the page's <iframe> `frame`, "Tải về" to download it (from /api/document, which serves
  // only files the audit log records, unchanged since).
  showDocuments(list, documents, frame) {
    list.replaceChildren();
    for (const d of documents) {
      // The file's name in the address: the PDF viewer shows it as the title.
      const url = `/api/document/${encodeURIComponent(d.name)}?path=${encodeURIComponent(d.path)}`;
      const row = document.createElement("div");
      row.className = "doc";
      const title = document.createElement("span");
      title.textContent = d.title ? `${d.title} (${d.name})` : d.name;
      const view = document.createElement("button");
      view.type = "button";
      view.textContent = "Xem";
      view.addEventListener("click", () => {
        frame.src = url;
        frame.hidden = false;
        frame.scrollIntoView();
      });
      const download = document.createElement("a");
      download.className = "button";
      download.textContent = "Tải về";
      download.href = `${url}&download=1`;
      download.setAttribute("download", d.name);
      row.append(title, view, download);
      list.append(row);
    }
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

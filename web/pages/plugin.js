// The page the host makes for a plugin without pages of its own (/p/<id>/), from its manifest:
// what it is, a table for each list command (a page of rows at a time), its commands, and its
// settings as thuky.toml sets them (read-only: they are changed in thuky.toml).
"use strict";

const PAGE = 50;
const $ = (id) => document.getElementById(id);
const plugin = window.location.pathname.split("/")[2];

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// "1245" → "1.245", as Vietnamese papers write counts.
function number(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

// A setting's value as a secretary reads it.
function settingText(value) {
  if (value === true) return "có";
  if (value === false) return "không";
  if (Array.isArray(value)) return value.map(settingText).join(", ");
  return value === null || value === undefined ? "" : String(value);
}

function cellText(column, value) {
  return column.type === "date" ? thuky.displayDate(value) : value;
}

// A section for a list command: the command and its summary, the rows a page at a time.
function listSection(command) {
  const section = el("section", null, "plugin-list");
  section.id = `list-${command.name}`;
  const title = el("h2", "Danh sách của lệnh ");
  title.append(el("code", `thuky ${command.name}`));
  section.append(title, el("p", command.summary, "muted"));
  const count = el("p", "", "muted count");
  const table = el("table", null, "list");
  table.createTHead();
  table.createTBody();
  const pager = el("div", null, "pager");
  const previous = el("button", "‹ Trang trước");
  const where = el("span");
  const next = el("button", "Trang sau ›");
  previous.type = next.type = "button";
  pager.append(previous, where, next);
  section.append(count, table, pager);
  let offset = 0;

  async function load() {
    const path = `/api/plugins/${plugin}/lists/${command.name}?offset=${offset}&limit=${PAGE}`;
    const { status, body } = await thuky.call("GET", path);
    if (status !== 200) {
      count.className = "error";
      count.textContent = `Không đọc được danh sách: ${body.error || status}`;
      table.hidden = true;
      pager.style.display = "none";
      return;
    }
    const head = table.tHead;
    head.replaceChildren();
    const header = head.insertRow();
    for (const c of body.columns) header.append(el("th", c.header));
    const tbody = table.tBodies[0];
    tbody.replaceChildren();
    for (const values of body.rows) {
      const row = tbody.insertRow();
      body.columns.forEach((c, i) => {
        row.insertCell().textContent = cellText(c, values[i]);
      });
    }
    count.textContent = body.total === 0 ? "Chưa có dòng nào." : `${number(body.total)} dòng`;
    const pages = Math.max(1, Math.ceil(body.total / PAGE));
    where.textContent = `Trang ${Math.floor(offset / PAGE) + 1}/${pages}`;
    previous.disabled = offset === 0;
    next.disabled = offset + PAGE >= body.total;
    pager.style.display = body.total <= PAGE ? "none" : "";  // .pager's display beats [hidden]
  }
  previous.addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  next.addEventListener("click", () => { offset += PAGE; load(); });
  return { section, load };
}

async function show() {
  if (!(await thuky.start())) return;
  const { status, body } = await thuky.call("GET", `/api/plugins/${plugin}/info`);
  if (status !== 200) {
    $("error").textContent = body.error || "Không có phần mở rộng này.";
    $("error").hidden = false;
    return;
  }
  document.title = `${body.name} — Thư ký`;
  $("name").textContent = body.name;
  $("summary").textContent = body.summary;
  $("version").textContent = `Phần mở rộng “${body.id}”, phiên bản ${body.version}`;

  const lists = body.commands.filter((c) => c.list).map(listSection);
  for (const list of lists) $("lists").append(list.section);
  await Promise.all(lists.map((list) => list.load()));

  const commands = $("commands").tBodies[0];
  for (const c of body.commands) {
    const row = commands.insertRow();
    row.insertCell().append(el("code", `thuky ${c.name}`));
    row.insertCell().textContent = c.summary;
  }

  $("settings-section").hidden = body.settings.length === 0;
  $("settings-where").textContent = `Chỉ xem ở đây. Muốn đổi, sửa mục [${body.section}] trong ` +
    "tệp thuky.toml của thư mục làm việc rồi chạy lại thuky serve.";
  const settings = $("settings").tBodies[0];
  for (const s of body.settings) {
    const row = settings.insertRow();
    row.dataset.key = s.key;
    row.insertCell().append(el("code", s.key));
    row.insertCell().textContent = settingText(s.value);
    row.insertCell().textContent = settingText(s.default);
    row.insertCell().textContent = s.help;
  }

  $("documents-section").hidden = body.documents.length === 0;
  for (const d of body.documents) $("documents").append(el("li", d.title || d.id));
}

document.addEventListener("DOMContentLoaded", show);

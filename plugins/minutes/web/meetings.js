// The meetings, newest first, each with its form, its attendance page and its papers.
"use strict";

const $ = (id) => document.getElementById(id);

// "2020-09-15T08:00" → "08:00 15/09/2020".
function meetingTime(iso) {
  const [date, time] = iso.split("T");
  return `${time} ${thuky.displayDate(date)}`;
}

function link(text, href, className) {
  const a = document.createElement("a");
  a.textContent = text;
  a.href = href;
  a.className = className;
  return a;
}

async function load() {
  const { status, body } = await thuky.call("GET", "/api/p/minutes/meetings");
  const rows = $("meetings").querySelector("tbody");
  rows.replaceChildren();
  if (status !== 200) {
    $("count").textContent = `Không tải được danh sách: ${body.error || status}`;
    return;
  }
  $("count").textContent = body.meetings.length === 0
    ? "Chưa có cuộc họp nào. Bấm “Tạo cuộc họp mới” để bắt đầu."
    : `${body.meetings.length} cuộc họp`;
  for (const m of body.meetings) {
    const tr = document.createElement("tr");
    const id = encodeURIComponent(m.id);
    const cells = [meetingTime(m.starts_at), m.title, `${m.arrived}/${m.invited}`];
    for (const text of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    const cell = document.createElement("td");
    const actions = document.createElement("div");
    actions.className = "row-actions";
    cell.append(actions);
    actions.append(link("Sửa và in tài liệu", `meeting.html?id=${id}`, "button"),
      link("Điểm danh", `attendance.html?id=${id}`, "button primary"));
    tr.append(cell);
    rows.append(tr);
  }
}

// A meeting file by upload: imported as `thuky meeting import` does; its errors (file, line
// and field) are shown as the command gives them.
async function importFile(event) {
  event.preventDefault();
  const file = $("import-file").files[0];
  if (!file) return;
  const data = new FormData();
  data.append("file", file);
  const { status, body } = await thuky.call("POST", "/api/p/minutes/meetings/import", data);
  const message = document.createElement("p");
  if (status === 200) {
    message.className = "ok";
    message.textContent = `Đã nhập cuộc họp “${body.title}” từ tệp ${file.name}.`;
    await load();
  } else {
    message.className = "error";
    message.textContent = `Không nhập được tệp ${file.name}: ${body.error || status}`;
  }
  $("import-result").replaceChildren(message);
}

document.addEventListener("DOMContentLoaded", async () => {
  $("import-form").addEventListener("submit", importFile);
  if (await thuky.start()) await load();
});

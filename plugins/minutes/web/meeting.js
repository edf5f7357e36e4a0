// A meeting in a form (no TOML): create it, or edit it without overwriting someone else's
// save (the version it was loaded at goes back with the save); then print its papers.
"use strict";

const $ = (id) => document.getElementById(id);
const meetingId = new URLSearchParams(window.location.search).get("id");
const TEXT_FIELDS = ["id", "kind", "date", "title", "place", "place_name", "starts", "ends"];

let loaded = null;  // the meeting as loaded (with its version), null for a new one
const chosen = { chair: null, secretary: null };
let invitees = [];

function personText(p) {
  return [p.name, p.title, p.unit].filter(Boolean).join(" — ");
}

function showChosen(field) {
  const box = $(field);
  let line = box.querySelector(".chosen");
  if (!line) {
    line = document.createElement("div");
    line.className = "chosen";
    box.prepend(line);
  }
  line.textContent = chosen[field] ? personText(chosen[field]) : "Chưa chọn";
}

function showInvitees() {
  const list = $("invitees");
  list.replaceChildren();
  invitees.forEach((p, index) => {
    const li = document.createElement("li");
    const text = document.createElement("span");
    text.textContent = personText(p) + (p.delegation ? ` (${p.delegation})` : "");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "writes";
    remove.textContent = "Bỏ";
    remove.setAttribute("aria-label", `Bỏ ${p.name}`);
    remove.addEventListener("click", () => {
      invitees.splice(index, 1);
      showInvitees();
    });
    li.append(text, remove);
    list.append(li);
  });
}

// "05/12/2026" → "2026-12-05" (what the server reads); anything else is sent as typed and
// refused there, beside the field.
function isoDate(text) {
  const parts = text.split("/");
  if (parts.length !== 3) return text;
  const [day, month, year] = parts.map((p) => p.trim());
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

// "8:00" or "8h00" → "08:00".
function clockTime(text) {
  const match = text.replace(/\s/g, "").match(/^(\d{1,2})[:hg.](\d{2})?$/i);
  return match ? `${match[1].padStart(2, "0")}:${match[2] || "00"}` : text;
}

function fill(m) {
  loaded = m;
  for (const key of TEXT_FIELDS) $(`f-${key}`).value = m[key] || "";
  $("f-date").value = thuky.displayDate(m.date);
  $("f-conclusions").value = (m.conclusions || []).join("\n");
  chosen.chair = m.chair && m.chair.name ? m.chair : null;
  chosen.secretary = m.secretary && m.secretary.name ? m.secretary : null;
  showChosen("chair");
  showChosen("secretary");
  invitees = m.invitees || [];
  showInvitees();
  $("heading").textContent = `Sửa cuộc họp: ${m.title}`;
  $("f-id").disabled = true;
  $("documents-section").hidden = false;
  showTasks(m.tasks || []);
}

function showTasks(tasks) {
  $("tasks-section").hidden = tasks.length === 0;
  const rows = $("tasks").querySelector("tbody");
  rows.replaceChildren();
  for (const t of tasks) {
    const tr = document.createElement("tr");
    for (const text of [t.owner, t.task, thuky.displayDate(t.deadline),
      t.done ? "Đã xong" : "Chưa xong"]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    rows.append(tr);
  }
}

function clearErrors() {
  $("form-error").hidden = true;
  $("conflict").hidden = true;
  for (const e of document.querySelectorAll(".field-error")) e.remove();
}

// The server's message beside the field it names, and at the bottom of the form.
function showError(body) {
  const message = body.error || "Không lưu được.";
  const field = body.field && document.querySelector(`[name="${body.field}"], [data-field="${body.field}"]`);
  if (field) {
    const note = document.createElement("span");
    note.className = "field-error";
    note.textContent = message;
    (field.closest("label") || field).append(note);
  }
  $("form-error").textContent = `Chưa lưu được: ${message}`;
  $("form-error").hidden = false;
  (document.querySelector(".field-error") || $("form-error")).scrollIntoView({ block: "center" });
}

async function save(event) {
  event.preventDefault();
  clearErrors();
  const m = {};
  for (const key of TEXT_FIELDS) m[key] = $(`f-${key}`).value.trim();
  m.date = isoDate(m.date);
  m.starts = clockTime(m.starts);
  m.ends = clockTime(m.ends);
  m.chair = chosen.chair || {};
  m.secretary = chosen.secretary || {};
  m.invitees = invitees;
  m.conclusions = $("f-conclusions").value.split("\n").map((s) => s.trim()).filter(Boolean);
  let result;
  if (loaded) {
    m.version = loaded.version;
    result = await thuky.call("PUT", `/api/p/minutes/meetings/${encodeURIComponent(loaded.id)}`, m);
  } else {
    result = await thuky.call("POST", "/api/p/minutes/meetings", m);
  }
  const { status, body } = result;
  if (status === 200 || status === 201) {
    if (!loaded) {
      window.location.href = `meeting.html?id=${encodeURIComponent(body.meeting.id)}`;
      return;
    }
    fill(body.meeting);
    $("form-error").textContent = "Đã lưu.";
    $("form-error").className = "ok";
    $("form-error").hidden = false;
    return;
  }
  $("form-error").className = "error";
  if (status === 409) {
    $("conflict-text").textContent = `${thuky.changedBy(body)}, sau khi bạn mở trang này. ` +
      "Thay đổi của bạn chưa được lưu. Hãy tải lại bản mới nhất rồi sửa tiếp.";
    $("conflict").hidden = false;
    $("conflict").scrollIntoView();
    return;
  }
  showError(body);
}

async function load() {
  const { status, body } =
    await thuky.call("GET", `/api/p/minutes/meetings/${encodeURIComponent(meetingId)}`);
  if (status !== 200) {
    showError(body);
    return;
  }
  fill(body.meeting);
}

async function render() {
  $("render").disabled = true;
  $("render-status").textContent = "Đang in…";
  const { status, body } =
    await thuky.call("POST", `/api/p/minutes/meetings/${encodeURIComponent(loaded.id)}/render`);
  $("render").disabled = false;
  $("documents").replaceChildren();
  if (status !== 200) {
    $("render-status").textContent = `Không in được: ${body.error || status}`;
    return;
  }
  $("render-status").textContent = `Đã in ${body.documents.length} tài liệu.`;
  thuky.showDocuments($("documents"), body.documents, $("preview"));
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  peoplePicker.attach($("chair"), "Tìm người chủ trì…", (p) => {
    chosen.chair = p;
    showChosen("chair");
  });
  peoplePicker.attach($("secretary"), "Tìm thư ký…", (p) => {
    chosen.secretary = p;
    showChosen("secretary");
  });
  peoplePicker.attach($("invitee-picker"), "Thêm đại biểu: gõ tên (không dấu cũng được)…", (p) => {
    if (!invitees.some((q) => q.code && q.code === p.code)) invitees.push(p);
    showInvitees();
  });
  showChosen("chair");
  showChosen("secretary");
  $("meeting-form").addEventListener("submit", save);
  // A field's message goes once the field is typed in again.
  $("meeting-form").addEventListener("input", (event) => {
    event.target.closest("label")?.querySelector(".field-error")?.remove();
  });
  $("render").addEventListener("click", render);
  $("reload").addEventListener("click", () => { clearErrors(); load(); });
  if (meetingId) {
    await load();
  } else {
    $("f-kind").value = "cuộc họp";
  }
});

// The tablet at the door: one card per invitee with large buttons (arrived, absent with the
// reason, represented by someone). Each card saves with the version it shows; when someone
// else saved that person meanwhile, the card says who and when and shows the latest.
"use strict";

const $ = (id) => document.getElementById(id);
const meetingId = new URLSearchParams(window.location.search).get("id");
const api = `/api/p/minutes/meetings/${encodeURIComponent(meetingId)}`;
let attendees = [];

const STATE_TEXT = {
  present: "Có mặt",
  absent: "Vắng mặt",
  represented: "Cử người dự thay",
  "": "Chưa điểm danh",
};

// Letters without diacritics, lower case: "Hùng" and "hung" match.
function folded(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d")
    .replace(/Đ/g, "D").toLowerCase();
}

function stateLine(a) {
  if (a.state === "absent") return `Vắng mặt — lý do: ${a.reason}`;
  if (a.state === "represented") return `Cử người dự thay: ${a.represented_by}`;
  return STATE_TEXT[a.state] || a.state;
}

function summary() {
  const came = attendees.filter((a) => a.state === "present" || a.state === "represented").length;
  const absent = attendees.filter((a) => a.state === "absent").length;
  $("summary").textContent = `Có mặt ${came}/${attendees.length} · Vắng ${absent} · ` +
    `Chưa điểm danh ${attendees.length - came - absent}`;
}

function button(text, className, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  if (className) b.className = className;
  b.addEventListener("click", onClick);
  return b;
}

// A text field and a save button under the card, for the reason or the substitute's name.
function askText(card, a, state, label) {
  card.querySelector(".more")?.remove();
  const more = document.createElement("div");
  more.className = "more";
  const input = document.createElement("input");
  input.placeholder = label;
  input.setAttribute("aria-label", label);
  input.value = state === "absent" ? a.reason : a.represented_by;
  const ok = button("Lưu", "primary", () => {
    const value = input.value.trim();
    if (!value) {
      input.focus();
      return;
    }
    save(a, state, value);
  });
  input.addEventListener("keydown", (e) => { if (e.key === "Enter") ok.click(); });
  more.append(input, ok);
  card.append(more);
  input.focus();
}

async function save(a, state, text) {
  const change = { person: a.position, state, version: a.version };
  if (state === "absent") change.reason = text;
  if (state === "represented") change.represented_by = text;
  const { status, body } = await thuky.call("POST", `${api}/attendance`, change);
  const card = document.querySelector(`[data-position="${a.position}"]`);
  if (status === 200) {
    Object.assign(a, body.attendee);
    card.replaceWith(cardOf(a));
    summary();
    return;
  }
  const note = card.querySelector(".note");
  if (status === 409) {
    note.textContent = `${thuky.changedBy(body)}, sau khi bạn mở trang. Lần ghi này chưa được ` +
      "lưu; dưới đây là bản mới nhất — hãy xem lại rồi ghi lại nếu cần.";
    const fresh = await reloadOne(a.position);
    if (fresh) {
      const replaced = cardOf(fresh);
      replaced.querySelector(".note").textContent = note.textContent;
      card.replaceWith(replaced);
      summary();
    }
    return;
  }
  note.textContent = `Chưa lưu được: ${body.error || status}`;
}

async function reloadOne(position) {
  const { status, body } = await thuky.call("GET", `${api}/attendees`);
  if (status !== 200) return null;
  attendees = body.attendees;
  return attendees.find((x) => x.position === position) || null;
}

function cardOf(a) {
  const card = document.createElement("section");
  card.className = `card ${a.state}`;
  card.dataset.position = a.position;
  card.dataset.name = folded(a.name);
  const name = document.createElement("div");
  name.className = "name";
  name.textContent = a.name;
  const detail = document.createElement("div");
  detail.className = "muted";
  detail.textContent = [a.title, a.unit].filter(Boolean).join(", ");
  const state = document.createElement("div");
  state.className = "state";
  state.textContent = stateLine(a);
  const buttons = document.createElement("div");
  buttons.className = "buttons writes";
  buttons.append(
    button("Đã đến", "arrived", () => save(a, "arrived")),
    button("Vắng", "", () => askText(card, a, "absent", "Lý do vắng mặt")),
    button("Cử người thay", "", () => askText(card, a, "represented", "Họ tên người dự thay")));
  const note = document.createElement("p");
  note.className = "note error";
  note.setAttribute("role", "alert");
  card.append(name, detail, state, buttons, note);
  return card;
}

function show() {
  const list = $("attendees");
  list.replaceChildren(...attendees.map(cardOf));
  summary();
  applyFilter();
}

function applyFilter() {
  const q = folded($("filter").value.trim());
  for (const card of $("attendees").children) card.hidden = q !== "" && !card.dataset.name.includes(q);
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  const { status, body } = await thuky.call("GET", `${api}/attendees`);
  if (status !== 200) {
    $("meeting-title").textContent = `Không tải được: ${body.error || status}`;
    return;
  }
  $("meeting-title").textContent = `${body.meeting.title} — ngày ${thuky.displayDate(body.meeting.date)}`;
  attendees = body.attendees;
  show();
  $("filter").addEventListener("input", applyFilter);
});

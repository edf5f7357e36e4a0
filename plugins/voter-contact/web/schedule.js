// The plan's schedule as a table per week (a row per group, a column per day), scheduling,
// the explanation when the plan cannot be scheduled, pinning a session, and the papers.
"use strict";

const C = contact;
const DAY_NAMES = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];
let planId = null;
let plan = null;

// "2026-11-23" ↔ days since 1970 (UTC: no time zone can move a date).
const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
const isoOf = (n) => new Date(n * 864e5).toISOString().slice(0, 10);
const weekdayOf = (n) => (new Date(n * 864e5).getUTCDay() + 6) % 7; // 0 = Monday
const short = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

function say(text, ok) {
  const m = C.$("message");
  m.className = ok ? "ok" : "error";
  m.textContent = text;
}

function sessionCard(s) {
  const card = C.el("div", null, s.pinned ? "session pinned" : "session");
  card.dataset.group = s.group;
  card.dataset.locality = s.locality;
  card.append(C.el("div", `${s.slot_name} ${s.hours}`, "when"));
  card.append(C.el("div", s.locality_name));
  card.append(C.el("div", s.venue_name, "muted"));
  if (s.pinned) {
    card.append(C.el("span", "Đã cố định", "badge"));
    const release = C.el("button", "Bỏ cố định", "writes");
    release.type = "button";
    release.addEventListener("click", async () => {
      const { status, body } = await C.post(`plans/${encodeURIComponent(planId)}/unpin`,
        { group: s.group, locality: s.locality });
      if (status === 200) {
        show(body);
        say(`Đã bỏ cố định buổi của ${s.group_name} tại ${s.locality_name}.`, true);
      } else {
        say("Không bỏ cố định được buổi này.", false);
      }
    });
    card.append(document.createElement("br"), release);
  }
  return card;
}

function showWeeks() {
  const box = C.$("weeks");
  box.replaceChildren();
  const first = dayNumber(plan.plan.from);
  const last = dayNumber(plan.plan.to);
  const byDay = new Map();
  for (const s of plan.sessions) {
    const key = `${s.group}|${s.date}`;
    if (!byDay.has(key)) byDay.set(key, []);
    byDay.get(key).push(s);
  }
  for (let monday = first - weekdayOf(first); monday <= last; monday += 7) {
    const days = [];
    for (let d = monday; d < monday + 7; ++d) {
      const weekend = weekdayOf(d) >= 5;
      const used = plan.sessions.some((s) => s.date === isoOf(d));
      if (!weekend || used) days.push(d);
    }
    box.append(C.el("h2", `Tuần từ ${thuky.displayDate(isoOf(monday))} đến ` +
      `${thuky.displayDate(isoOf(monday + 6))}`));
    const table = C.el("table", null, "week");
    const head = table.createTHead().insertRow();
    head.append(C.el("th", "Tổ đại biểu"));
    for (const d of days) head.append(C.el("th", `${DAY_NAMES[weekdayOf(d)]} ${short(isoOf(d))}`));
    const tbody = table.createTBody();
    for (const g of plan.groups) {
      const row = tbody.insertRow();
      row.dataset.group = g.id;
      const name = row.insertCell();
      name.append(C.el("strong", g.name), C.el("div", g.members.join(", "), "muted"));
      for (const d of days) {
        const cell = row.insertCell();
        cell.dataset.date = isoOf(d);
        if (d < first || d > last) cell.className = "closed";
        for (const s of byDay.get(`${g.id}|${isoOf(d)}`) || []) cell.append(sessionCard(s));
      }
    }
    box.append(table);
  }
}

function show(answer) {
  plan = answer;
  C.$("plan-title").textContent = `${plan.plan.title} (${plan.plan.council_session}); từ ` +
    `${thuky.displayDate(plan.plan.from)} đến ${thuky.displayDate(plan.plan.to)}.`;
  const waiting = plan.unscheduled.length;
  C.$("unscheduled").hidden = waiting === 0;
  C.$("unscheduled").textContent = `${waiting} buổi chưa được xếp lịch: bấm "Xếp lịch".`;
  showWeeks();
  fillPinForm();
}

// The sessions that found no place and why, into `list`; whether there were any.
function explain(body, list) {
  list.replaceChildren();
  for (const line of body.explanation || []) list.append(C.el("li", scheduleExplanation(line)));
  return list.children.length > 0;
}

async function schedule(fresh) {
  C.$("infeasible").hidden = true;
  const { status, body } = await C.post(`plans/${encodeURIComponent(planId)}/schedule`, { fresh });
  if (status === 200) {
    show(body);
    say(`Đã xếp lịch ${body.sessions.length} buổi.`, true);
    return;
  }
  C.$("infeasible").hidden = !explain(body, C.$("infeasible-list"));
  say("Không xếp được lịch; lịch đã lưu giữ nguyên.", false);
}

function fillPinForm() {
  const group = C.$("pin-group");
  const before = group.value;
  group.replaceChildren(...plan.groups.map((g) => C.option(g.id, g.name)));
  if (before && plan.groups.some((g) => g.id === before)) group.value = before;
  C.$("pin-slot").replaceChildren(...plan.slots.map((s) =>
    C.option(s.id, `${s.name} (${s.starts}–${s.ends})`)));
  C.$("pin-date").min = plan.plan.from;
  C.$("pin-date").max = plan.plan.to;
  if (!C.$("pin-date").value) C.$("pin-date").value = plan.plan.from;
  fillLocalities();
}

function fillLocalities() {
  const g = plan.groups.find((x) => x.id === C.$("pin-group").value);
  const names = new Map(plan.localities.map((l) => [l.id, l.name]));
  C.$("pin-locality").replaceChildren(...(g ? g.localities : []).map((id) =>
    C.option(id, names.get(id))));
  fillVenues();
}

function fillVenues() {
  const locality = C.$("pin-locality").value;
  C.$("pin-venue").replaceChildren(...plan.venues.filter((v) => v.locality === locality)
    .map((v) => C.option(v.id, v.name)));
}

const PIN_FIELDS = { group: "pin-group", locality: "pin-locality", date: "pin-date",
  slot: "pin-slot", venue: "pin-venue" };
const PIN_MESSAGES = {
  date: "Ngày này nằm ngoài thời gian của đợt tiếp xúc.",
  locality: "Tổ đại biểu này không tiếp xúc ở xã, phường đã chọn.",
  slot: "Buổi không có trong kế hoạch.",
  venue: "Địa điểm không thuộc xã, phường đã chọn.",
};

async function pin(event) {
  event.preventDefault();
  for (const id of Object.values(PIN_FIELDS)) C.$(id).classList.remove("wrong");
  C.$("pin-error").hidden = true;
  C.$("infeasible").hidden = true;
  const request = {};
  for (const [key, id] of Object.entries(PIN_FIELDS)) request[key] = C.$(id).value;
  const { status, body } = await C.post(`plans/${encodeURIComponent(planId)}/pin`, request);
  if (status === 200) {
    show(body);
    say(`Đã cố định buổi tại ${C.$("pin-locality").selectedOptions[0].textContent} ngày ` +
      `${thuky.displayDate(request.date)}; các buổi khác được xếp lại quanh buổi này.`, true);
    return;
  }
  if (body.field && PIN_FIELDS[body.field]) C.$(PIN_FIELDS[body.field]).classList.add("wrong");
  const explained = explain(body, C.$("pin-explanation"));
  C.$("pin-error-text").textContent = PIN_MESSAGES[body.field] || (explained
    ? "Không cố định được buổi này; lịch đã lưu giữ nguyên. Nếu cố định thì các buổi sau không còn " +
      "chỗ:"
    : "Không cố định được buổi này.");
  C.$("pin-error").hidden = false;
}

async function papers(kind) {
  const message = C.$("papers-message");
  message.className = "muted";
  message.textContent = "Đang in…";
  C.$("papers").replaceChildren();
  const { status, body } = await C.post(`plans/${encodeURIComponent(planId)}/documents/${kind}`);
  if (status !== 200) {
    message.className = "error";
    message.textContent = kind === "report" || kind === "minutes"
      ? "Chưa in được: cần xếp lịch và có ý kiến cử tri trước."
      : "Chưa in được: cần xếp lịch đủ các buổi trước.";
    return;
  }
  message.className = "ok";
  message.textContent = `Đã in ${body.files.length} tệp vào thư mục kết quả:`;
  // The PDFs open in the browser (the audit log lists them); the calendars stay in the folder.
  for (const f of body.files) {
    const item = C.el("li");
    if (f.name.endsWith(".pdf")) {
      const link = C.el("a", f.name);
      link.href = `/api/document?path=${encodeURIComponent(f.path)}`;
      link.target = "_blank";
      item.append(link);
    } else {
      item.append(C.el("span", f.name));
    }
    item.title = f.path;
    C.$("papers").append(item);
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  C.$("schedule").addEventListener("click", () => schedule(false));
  C.$("schedule-fresh").addEventListener("click", () => schedule(true));
  C.$("pin-group").addEventListener("change", fillLocalities);
  C.$("pin-locality").addEventListener("change", fillVenues);
  C.$("pin-form").addEventListener("submit", pin);
  for (const b of document.querySelectorAll("[data-papers]")) {
    b.addEventListener("click", () => papers(b.dataset.papers));
  }
  await C.plans(async (id) => {
    planId = id;
    const answer = await C.get(`plans/${encodeURIComponent(id)}`);
    if (answer) show(answer);
  });
});

// Tally entry: one polling area and level at a time, checked as it is typed, saved only when
// the numbers hold together (the server checks again and names the count it refuses).
"use strict";

const T = election;
const COUNTS = ["listed", "voted", "issued", "returned", "valid", "invalid"];
let dayId = null;
let day = null;
let ballot = null; // the answer of GET tally/{area}/{election}

// The number typed in an input: digits only ("1.245" and "1 245" read 1245); null when empty
// or not a number.
function typed(input) {
  const text = input.value.replace(/[.\s]/g, "");
  return /^\d+$/.test(text) ? Number(text) : null;
}

function inputs() {
  return [...document.querySelectorAll("#tally-form input")];
}

function inputOf(field) {
  return T.$(`t-${field}`);
}

// Checks what is typed; shows every rule broken beside its counts; returns whether it can be
// saved.
function recheck() {
  for (const input of inputs()) input.classList.remove("wrong");
  const rules = T.$("rules");
  rules.replaceChildren();
  const counts = {};
  const missing = [];
  for (const key of COUNTS) {
    counts[key] = typed(T.$(`t-${key}`));
    if (counts[key] === null) missing.push(T.$(`t-${key}`));
  }
  const votes = ballot.candidates.map((c) => typed(T.$(`t-votes${c.number}`)));
  votes.forEach((v, i) => { if (v === null) missing.push(T.$(`t-votes${i + 1}`)); });
  const names = ballot.candidates.map((c) => c.name);
  const problems = missing.length === 0 ? tallyProblems(counts, votes, ballot.seats, names) : [];
  for (const p of problems) {
    if (p.field === "votes") {
      for (const c of ballot.candidates) T.$(`t-votes${c.number}`).classList.add("wrong");
    } else {
      inputOf(p.field).classList.add("wrong");
    }
  }
  if (problems.length > 0) {
    rules.className = "rules broken";
    rules.append(T.el("strong", "Số liệu không khớp, chưa lưu được:"));
    const list = T.el("ul");
    list.id = "problems";
    for (const p of problems) {
      const item = T.el("li", p.message);
      item.dataset.field = p.field;
      list.append(item);
    }
    rules.append(list);
  } else if (missing.length > 0) {
    rules.className = "rules";
    rules.textContent = `Còn ${missing.length} ô chưa nhập.`;
  } else {
    rules.className = "rules holds";
    rules.textContent = "Các số liệu khớp nhau.";
  }
  const ok = problems.length === 0 && missing.length === 0 && !ballot.locked_at;
  T.$("save").disabled = !ok;
  return ok ? { counts, votes } : null;
}

function fill(tally) {
  for (const key of COUNTS) T.$(`t-${key}`).value = tally ? tally[key] : "";
  ballot.candidates.forEach((c, i) => {
    T.$(`t-votes${c.number}`).value = tally ? tally.votes[i] : "";
  });
}

async function showBallot() {
  const area = T.$("area").value;
  const level = T.$("level").value;
  T.$("saved").textContent = "";
  T.$("conflict").hidden = true;
  if (!area || !level) return;
  ballot = await T.get(`days/${encodeURIComponent(dayId)}/tally/${encodeURIComponent(area)}/` +
    encodeURIComponent(level));
  if (!ballot) return;
  T.$("tally-title").textContent = `${ballot.area.code} — ${ballot.area.name}: ` +
    `${ballot.election.level}, đơn vị bầu cử số ${ballot.unit} (bầu ${ballot.seats} đại biểu)`;
  const votes = T.$("votes");
  votes.replaceChildren();
  for (const c of ballot.candidates) {
    const label = T.el("label", `${c.number}. ${c.name}`);
    const input = T.el("input");
    input.id = `t-votes${c.number}`;
    input.inputMode = "numeric";
    label.append(input);
    votes.append(label);
  }
  const locked = T.$("locked");
  locked.hidden = !ballot.locked_at;
  locked.textContent = ballot.locked_at ? `Kết quả cấp này đã được công bố chính thức lúc ` +
    `${thuky.displayTime(ballot.locked_at)}: muốn sửa, hãy mở lại ở trang Kết quả bầu cử.` : "";
  for (const input of inputs()) input.disabled = Boolean(ballot.locked_at);
  fill(ballot.tally);
  T.$("tally-form").hidden = false;
  recheck();
  if (ballot.tally) T.$("saved").textContent = "Đã có kết quả lưu trước đây.";
  T.$("t-listed").focus();
}

function fillLevels() {
  const area = day.polling_areas.find((p) => p.code === T.$("area").value);
  const select = T.$("level");
  const before = select.value;
  select.replaceChildren();
  for (const e of day.elections) {
    if (area.units[e.id] === undefined) continue;
    const option = T.el("option", `${e.level} — đơn vị số ${area.units[e.id]}`);
    option.value = e.id;
    select.append(option);
  }
  if ([...select.options].some((o) => o.value === before)) select.value = before;
}

async function showDay(id) {
  dayId = id;
  day = await T.get(`days/${encodeURIComponent(id)}`);
  if (!day) return;
  const select = T.$("area");
  select.replaceChildren();
  for (const p of day.polling_areas) {
    const option = T.el("option", `${p.code} — ${p.name}`);
    option.value = p.code;
    select.append(option);
  }
  fillLevels();
  await showBallot();
}

async function save(event) {
  event.preventDefault();
  const entered = recheck();
  if (!entered) return;
  T.$("save").disabled = true;
  const { status, body } = await thuky.call("POST", T.api +
    `days/${encodeURIComponent(dayId)}/tally/${encodeURIComponent(ballot.area.code)}/` +
    encodeURIComponent(ballot.election.id),
    { ...entered.counts, votes: entered.votes, version: ballot.version });
  if (status === 200) {
    ballot = body;
    T.$("saved").textContent = `Đã lưu kết quả ${ballot.area.code}, ${ballot.election.level}.`;
    recheck();
    return;
  }
  if (status === 409) {
    // Someone saved this count after it was loaded here: nothing was overwritten.
    T.$("conflict-text").textContent = `${thuky.changedBy(body)} kết quả này, sau khi bạn mở ` +
      "trang. Số liệu bạn nhập chưa được lưu: hãy tải lại kết quả mới nhất rồi sửa tiếp.";
    T.$("conflict").hidden = false;
    T.$("conflict").scrollIntoView();
    recheck();
    return;
  }
  // Refused by the server: the same rules, or what changed meanwhile (a lock).
  recheck();
  const rules = T.$("rules");
  rules.className = "rules broken";
  rules.textContent = "Không lưu được: " + (body.field === "election"
    ? "kết quả cấp này vừa được công bố chính thức hoặc không còn trong danh sách."
    : "số liệu không khớp (ô được đánh dấu).");
  if (body.field && body.field !== "election") {
    const input = inputOf(body.field === "votes" ? "votes1" : body.field);
    if (input) input.classList.add("wrong");
  }
}

// Enter goes to the next box, as on a paper form; on the last one it saves.
function onKey(event) {
  if (event.key !== "Enter" || event.target.tagName !== "INPUT") return;
  event.preventDefault();
  const all = inputs();
  const next = all[all.indexOf(event.target) + 1];
  if (next) next.focus();
  else T.$("tally-form").requestSubmit();
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  T.$("area").addEventListener("change", () => { fillLevels(); showBallot(); });
  T.$("level").addEventListener("change", showBallot);
  T.$("tally-form").addEventListener("input", () => { T.$("saved").textContent = ""; recheck(); });
  T.$("tally-form").addEventListener("keydown", onKey);
  T.$("tally-form").addEventListener("submit", save);
  T.$("reload").addEventListener("click", showBallot);
  await T.days(showDay);
});

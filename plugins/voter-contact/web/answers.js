// The agencies' answers: every request (a group of alike opinions) with its status and the days
// past the answer deadline; an answer recorded in a dialog, as `contact opinions answer` does.
"use strict";

const A = contact;
let planId = null;
let loaded = { requests: [], due: "" }; // the last answer of GET answers
let editing = null;

const STATUS = { answered: "Đã trả lời", "in-progress": "Đang giải quyết", "": "Chưa trả lời" };
const FIELD_OF = { answer: "a-answer", status: "a-status", date: "a-date", agency: "a-agency" };

function show(answer) {
  loaded = answer;
  A.$("due").textContent = `Hạn các cơ quan trả lời: ${thuky.displayDate(answer.due)}.`;
  const onlyOpen = A.$("only-open").checked;
  const body = A.$("answers").tBodies[0];
  body.replaceChildren();
  // Settled at the sessions (answered on the spot wherever raised): nothing left to answer.
  const stillOpen = (r) => r.status !== "answered" && !r.settled_at_sessions;
  const shown = answer.requests.filter((r) => !onlyOpen || stillOpen(r));
  A.$("none").hidden = shown.length > 0;
  for (const r of shown) {
    const row = body.insertRow();
    row.dataset.group = r.group;
    if (r.overdue > 0) row.className = "overdue";
    A.cell(row, r.group);
    const content = A.cell(row, r.content);
    if (r.urgent) content.prepend(A.el("span", "Bức xúc", "badge"), " ");
    if (r.answer) content.append(A.el("div", `Trả lời: ${r.answer}`, "muted"));
    A.cell(row, r.answer_agency || r.agency || "Chưa phân loại");
    const status =
      r.status === "" && r.settled_at_sessions ? "Đã trả lời tại hội nghị" : STATUS[r.status];
    A.cell(row, status + (r.answered_on ? ` (${thuky.displayDate(r.answered_on)})` : ""));
    A.cell(row, r.overdue > 0 ? `${r.overdue} ngày` : "");
    const actions = A.cell(row, "", "writes");
    const button = A.el("button", r.status === "answered" ? "Sửa trả lời" : "Ghi trả lời");
    button.type = "button";
    button.addEventListener("click", () => open(r));
    actions.append(button);
  }
}

function open(r) {
  editing = r;
  A.$("answer-title").textContent = `Ghi trả lời cho nhóm ${r.group}`;
  A.$("answer-content").textContent = r.content;
  A.$("a-agency").value = r.answer_agency || r.agency;
  A.$("a-status").value = r.status === "in-progress" ? "in-progress" : "answered";
  A.$("a-date").value = r.answered_on ? thuky.displayDate(r.answered_on) : "";
  A.$("a-answer").value = r.answer;
  A.$("a-error").hidden = true;
  for (const id of Object.values(FIELD_OF)) A.$(id).classList.remove("wrong");
  A.$("answer-dialog").showModal();
  A.$("a-answer").focus();
}

async function save(event) {
  event.preventDefault();
  const { status, body } = await A.post(
    `plans/${encodeURIComponent(planId)}/groups/${editing.group}/answer`, {
      agency: A.$("a-agency").value,
      status: A.$("a-status").value,
      date: A.$("a-date").value,
      answer: A.$("a-answer").value,
    });
  if (status === 200) {
    A.$("answer-dialog").close();
    show(body);
    return;
  }
  A.$("a-error").textContent = `Không lưu được: ${body.error || status}`;
  A.$("a-error").hidden = false;
  if (FIELD_OF[body.field]) A.$(FIELD_OF[body.field]).classList.add("wrong");
}

async function showPlan(id) {
  planId = id;
  // Who may write has the opinions stored since grouped first (as the commands do).
  if (thuky.session.role !== "viewer") await A.post(`plans/${encodeURIComponent(id)}/groups/suggest`);
  const answer = await A.get(`plans/${encodeURIComponent(id)}/answers`);
  if (answer) show(answer);
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  A.$("only-open").addEventListener("change", () => show(loaded));
  A.$("answer-form").addEventListener("submit", save);
  A.$("a-cancel").addEventListener("click", () => A.$("answer-dialog").close());
  await A.plans(showPlan);
});

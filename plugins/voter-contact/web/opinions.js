// Opinions entered at the speed of the keyboard: Enter saves and starts the next one in the same
// session; the list below grows; alike opinions are confirmed as one request or split.
"use strict";

const O = contact;
const FIELDS = { voter: "o-voter", address: "o-address", content: "o-content", field: "o-field",
  agency: "o-agency", competence: "o-competence", answered_by: "o-answered-by" };
const MESSAGES = {
  content: "Hãy ghi nội dung ý kiến.",
  locality: "Hãy chọn buổi tiếp xúc.",
  group: "Hãy chọn buổi tiếp xúc.",
  competence: "Thẩm quyền là Trung ương, Tỉnh hoặc Xã, phường.",
};
let planId = null;
let sessions = [];

function cell(row, text) {
  row.insertCell().textContent = text;
}

function showOpinions(list) {
  const tbody = O.$("opinions").tBodies[0];
  tbody.replaceChildren();
  for (const o of [...list].reverse()) {
    const row = tbody.insertRow();
    row.dataset.number = o.number;
    cell(row, o.number);
    cell(row, o.locality_name);
    cell(row, o.voter);
    cell(row, o.content);
    cell(row, o.field);
    cell(row, o.urgent ? "Bức xúc" : "");
  }
  O.$("count").textContent = list.length === 0 ? "Chưa có ý kiến nào." : `${list.length} ý kiến.`;
  const distinct = (key) => [...new Set(list.map((o) => o[key]).filter(Boolean))].sort();
  O.$("fields").replaceChildren(...distinct("field").map((v) => O.option(v, v)));
  O.$("agencies").replaceChildren(...distinct("agency").map((v) => O.option(v, v)));
}

async function load() {
  const answer = await O.get(`plans/${encodeURIComponent(planId)}/opinions`);
  if (!answer) return;
  sessions = answer.sessions;
  const select = O.$("o-session");
  const before = select.value;
  select.replaceChildren(...sessions.map((s, i) =>
    O.option(String(i), `${s.locality_name} — ${s.group_name}`)));
  if (before && before < sessions.length) select.value = before;
  showOpinions(answer.opinions);
  await loadGroups();
}

async function save(event) {
  if (event) event.preventDefault();
  for (const id of [...Object.values(FIELDS), "o-session"]) O.$(id).classList.remove("wrong");
  O.$("o-error").hidden = true;
  const session = sessions[Number(O.$("o-session").value)];
  const body = { group: session ? session.group : "", locality: session ? session.locality : "",
    urgent: O.$("o-urgent").checked };
  for (const [key, id] of Object.entries(FIELDS)) body[key] = O.$(id).value.trim();
  const { status, body: answer } = await O.post(`plans/${encodeURIComponent(planId)}/opinions`, body);
  if (status === 200 || status === 201) {
    const o = answer.opinion;
    O.$("o-saved").textContent = status === 201
      ? `Đã lưu ý kiến số ${o.number} (${o.locality_name}).`
      : `Ý kiến số ${o.number} đã có: đã cập nhật.`;
    // The next opinion: the same session, every other box empty.
    for (const id of Object.values(FIELDS)) O.$(id).value = "";
    O.$("o-urgent").checked = false;
    O.$("o-voter").focus();
    await load();
    return;
  }
  const field = answer.field === "locality" || answer.field === "group" ? "o-session"
    : FIELDS[answer.field];
  if (field) O.$(field).classList.add("wrong");
  O.$("o-saved").textContent = "";
  O.$("o-error").textContent = MESSAGES[answer.field] || "Chưa lưu được ý kiến này.";
  O.$("o-error").hidden = false;
  if (field) O.$(field).focus();
}

// Enter saves (in the content, Shift+Enter starts a new line).
function onKey(event) {
  if (event.key !== "Enter" || event.isComposing) return;
  if (event.target.tagName === "TEXTAREA" && event.shiftKey) return;
  if (event.target.tagName === "BUTTON") return;
  event.preventDefault();
  save();
}

async function loadGroups() {
  // Who may write has the opinions stored since grouped first (as `opinions groups` does).
  const path = `plans/${encodeURIComponent(planId)}/groups`;
  let answer = null;
  if (thuky.session.role === "viewer") {
    answer = await O.get(path);
  } else {
    const { status, body } = await O.post(`${path}/suggest`);
    if (status === 200) answer = body;
  }
  const box = O.$("groups");
  box.replaceChildren();
  if (!answer) return;
  if (answer.groups.length === 0) {
    box.append(O.el("p", "Không có ý kiến nào trùng nhau.", "muted"));
    return;
  }
  for (const g of answer.groups) box.append(groupBox(g));
}

function groupBox(g) {
  const box = O.el("div", null, g.confirmed ? "group confirmed" : "group");
  box.dataset.group = g.number;
  box.append(O.el("h3", `Nhóm ${g.number}: ${g.opinions.length} ý kiến — ` +
    (g.confirmed ? "đã xác nhận là một kiến nghị" : "gợi ý, chưa xác nhận")));
  const table = O.el("table", null, "list");
  const tbody = table.createTBody();
  for (const o of g.opinions) {
    const row = tbody.insertRow();
    cell(row, `Số ${o.number}`);
    cell(row, o.locality_name);
    cell(row, o.content);
    const actions = row.insertCell();
    const split = O.el("button", "Tách ra", "writes");
    split.type = "button";
    split.addEventListener("click", () => change(`groups/${g.number}/split`, { opinions: [o.number] },
      `Đã tách ý kiến số ${o.number} khỏi nhóm ${g.number}.`));
    actions.append(split);
  }
  box.append(table);
  const bar = O.el("div", null, "toolbar writes");
  if (!g.confirmed) {
    const confirm = O.el("button", "Đúng là cùng một kiến nghị", "primary");
    confirm.type = "button";
    confirm.dataset.confirm = g.number;
    confirm.addEventListener("click", () => change(`groups/${g.number}/confirm`, {},
      `Đã xác nhận nhóm ${g.number}.`));
    bar.append(confirm);
  }
  const all = O.el("button", "Tách tất cả");
  all.type = "button";
  all.addEventListener("click", () => change(`groups/${g.number}/split`, { opinions: [] },
    `Đã tách nhóm ${g.number}: mỗi ý kiến là một kiến nghị riêng.`));
  bar.append(all);
  box.append(bar);
  return box;
}

async function change(path, body, done) {
  const { status } = await O.post(`plans/${encodeURIComponent(planId)}/${path}`, body);
  O.$("o-saved").textContent = status === 200 ? done : "";
  if (status !== 200) {
    O.$("o-error").textContent = "Không thực hiện được: nhóm đã thay đổi, hãy tải lại trang.";
    O.$("o-error").hidden = false;
  }
  await loadGroups();
}

// Opinions from a file (as `contact opinions import`): errors by row and column, or what was
// stored and the rejects file to download.
async function importOpinions(event) {
  event.preventDefault();
  O.$("import-button").disabled = true;
  const done = await thuky.uploadTable(`${O.api}plans/${encodeURIComponent(planId)}/opinions/import`,
    O.$("import-file").files[0], O.$("import-skip").checked, O.$("import-result"),
    (body) => `Đã nhập: ${body.added} ý kiến mới, ${body.updated} ý kiến được cập nhật.`);
  O.$("import-button").disabled = false;
  if (done) await load();
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  O.$("opinion-form").addEventListener("submit", save);
  O.$("import-form").addEventListener("submit", importOpinions);
  O.$("opinion-form").addEventListener("keydown", onKey);
  await O.plans(async (id) => {
    planId = id;
    await load();
    O.$("o-voter").focus();
  });
});

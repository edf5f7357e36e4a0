// The day's elections: the check against the law (each violation highlighted), each unit's
// official list of candidates in order, and the polling areas.
"use strict";

const E = election;

function showCheck(check) {
  const tbody = E.$("check").tBodies[0];
  tbody.replaceChildren();
  // Violations first, then what needs a look, then the rest, each in the plugin's order.
  const rank = { fail: 0, warn: 1, ok: 2, info: 3 };
  const rows = [...check.rows].sort((a, b) => rank[a.status] - rank[b.status]);
  for (const r of rows) {
    const row = tbody.insertRow();
    row.className = `check-${r.status}`;
    const badge = E.el("span", E.checkStatus[r.status] || r.status, `badge ${r.status}`);
    row.insertCell().append(badge);
    E.cell(row, E.checkRule[r.rule] || r.rule);
    E.cell(row, r.scope_vi);
    E.cell(row, r.detail_vi);
  }
  const summary = E.$("check-summary");
  if (check.failed > 0) {
    summary.className = "error";
    summary.textContent = `${check.failed} điểm không đúng quy định` +
      (check.warned > 0 ? `, ${check.warned} điểm cần xem lại.` : ".");
  } else {
    summary.className = "ok";
    summary.textContent = "Đúng các quy định của Luật" +
      (check.warned > 0 ? `; ${check.warned} điểm cần xem lại.` : ".");
  }
}

function showUnits(day, candidates) {
  const box = E.$("units");
  box.replaceChildren();
  for (const e of candidates.elections) {
    const info = day.elections.find((x) => x.id === e.id);
    for (const u of e.units) {
      const section = E.el("section", null, "unit");
      section.dataset.election = e.id;
      section.dataset.unit = u.number;
      section.append(E.el("h3", `${e.level} — Đơn vị bầu cử số ${u.number}`));
      const areas = info.units.find((x) => x.number === u.number).areas.join(", ");
      section.append(E.el("p", `Bầu ${u.seats} đại biểu; ${u.candidates.length} người ứng cử. ` +
        `Gồm: ${areas}.`, "muted"));
      if (u.candidates.length === 0) {
        section.append(E.el("p", "Chưa có danh sách người ứng cử.", "error"));
      } else {
        const table = E.el("table", null, "list");
        const head = table.createTHead().insertRow();
        for (const h of ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc",
          "Nghề nghiệp, chức vụ", "Nơi công tác"]) head.append(E.el("th", h));
        const tbody = table.createTBody();
        for (const c of u.candidates) {
          const row = tbody.insertRow();
          E.cell(row, c.number);
          E.cell(row, c.name);
          E.cell(row, thuky.displayDate(c.birth_date));
          E.cell(row, c.gender === "nữ" ? "Nữ" : "Nam");
          E.cell(row, c.ethnicity);
          E.cell(row, c.occupation);
          E.cell(row, c.workplace);
        }
        section.append(table);
      }
      box.append(section);
    }
  }
}

function showPolling(day) {
  const tbody = E.$("polling").tBodies[0];
  tbody.replaceChildren();
  for (const p of day.polling_areas) {
    const row = tbody.insertRow();
    E.cell(row, p.code);
    E.cell(row, p.name);
    const units = day.elections.filter((e) => p.units[e.id] !== undefined)
      .map((e) => `${e.level}: số ${p.units[e.id]}`);
    E.cell(row, units.join("; "));
  }
}

let dayId = null;

// The units (ballots) and polling areas (voter lists) to print, kept across a reload of the day.
function fillPaperChoices(day) {
  const keep = (select, options) => {
    const before = select.value;
    select.replaceChildren(...options);
    if (options.some((o) => o.value === before)) select.value = before;
  };
  keep(E.$("ballot-unit"), day.elections.flatMap((e) => e.units.map((u) =>
    E.option(`${e.id}/${u.number}`, `${e.level}: đơn vị số ${u.number}`))));
  keep(E.$("voters-area"), day.polling_areas.map((p) => E.option(p.code, `${p.code} — ${p.name}`)));
}

async function printPapers(kind, params) {
  const status = E.$("papers-status");
  status.className = "";
  status.textContent = "Đang in…";
  E.$("papers").replaceChildren();
  const answer = await E.post(`days/${encodeURIComponent(dayId)}/papers/${kind}?` +
    new URLSearchParams(params));
  if (answer.status !== 200) {
    status.className = "error";
    status.textContent = `Không in được: ${answer.body.error || answer.status}`;
    return;
  }
  status.className = "ok";
  status.textContent = `Đã in ${answer.body.files.length} tệp.`;
  thuky.showDocuments(E.$("papers"), answer.body.files, E.$("preview"));
  const first = E.$("papers").querySelector("button");
  if (first) first.click();  // the preview at once: what was asked for is one paper
}

function fillImportElections(day) {
  const select = E.$("import-election");
  const before = select.value;
  select.replaceChildren(...day.elections.map((e) => E.option(e.id, `${e.level} — ${e.body}`)));
  if (day.elections.some((e) => e.id === before)) select.value = before;
}

// The committee's list by upload: the errors by row and column, or what was stored and the
// rejects file to download.
async function importCandidates(event) {
  event.preventDefault();
  E.$("import-button").disabled = true;
  const done = await thuky.uploadTable(E.api + `days/${encodeURIComponent(dayId)}/elections/` +
    `${encodeURIComponent(E.$("import-election").value)}/candidates`, E.$("import-file").files[0],
  E.$("import-skip").checked, E.$("import-result"),
  (body) => `Đã nhập: ${body.added} người mới, ${body.updated} người được cập nhật` +
      (body.removed ? `, ${body.removed} người không còn trong danh sách.` : "."));
  E.$("import-button").disabled = false;
  if (done) await showDay(dayId);
}

async function showDay(id) {
  dayId = id;
  const [day, candidates, check] = await Promise.all([
    E.get(`days/${encodeURIComponent(id)}`),
    E.get(`days/${encodeURIComponent(id)}/candidates`),
    E.get(`days/${encodeURIComponent(id)}/check`),
  ]);
  if (!day || !candidates || !check) return;
  showCheck(check);
  fillImportElections(day);
  fillPaperChoices(day);
  showUnits(day, candidates);
  showPolling(day);
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  E.$("import-form").addEventListener("submit", importCandidates);
  E.$("ballot-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const [election, unit] = E.$("ballot-unit").value.split("/");
    printPapers("ballots", { election, unit });
  });
  E.$("voters-form").addEventListener("submit", (event) => {
    event.preventDefault();
    printPapers("voters", { area: E.$("voters-area").value });
  });
  await E.days(showDay);
});

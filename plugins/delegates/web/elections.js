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

async function showDay(id) {
  const [day, candidates, check] = await Promise.all([
    E.get(`days/${encodeURIComponent(id)}`),
    E.get(`days/${encodeURIComponent(id)}/candidates`),
    E.get(`days/${encodeURIComponent(id)}/check`),
  ]);
  if (!day || !candidates || !check) return;
  showCheck(check);
  showUnits(day, candidates);
  showPolling(day);
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  await E.days(showDay);
});

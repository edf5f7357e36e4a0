// Results per unit: turnout, each candidate's votes, the winners, what the board must do next;
// marking an election's results official, and reopening them with a reason.
"use strict";

const R = election;
let dayId = null;

function say(text, ok) {
  const message = R.$("message");
  message.className = ok ? "ok" : "error";
  message.textContent = text;
}

function unitBox(u) {
  const box = R.el("section", null, "unit");
  box.dataset.election = u.election;
  box.dataset.unit = u.unit;
  box.append(R.el("h3", `Đơn vị bầu cử số ${u.unit} — bầu ${u.seats} đại biểu`));
  const status = u.status === "elected" ? "ok" : u.status === "incomplete" ? "info" : "fail";
  box.append(R.el("span", R.unitStatus[u.status] || u.status, `badge ${status}`));
  const figures = R.el("div", null, "figures");
  const figure = (label, value) => {
    const span = R.el("span", `${label}: `);
    span.append(R.el("b", value));
    figures.append(span);
  };
  figure("Khu vực đã có kết quả", `${u.tallied}/${u.areas}`);
  figure("Cử tri", R.number(u.listed));
  figure("Đã bỏ phiếu", `${R.number(u.voted)} (${u.turnout})`);
  figure("Phiếu hợp lệ", R.number(u.valid));
  figure("Phiếu không hợp lệ", R.number(u.invalid));
  box.append(figures);
  const table = R.el("table", null, "list");
  const head = table.createTHead().insertRow();
  for (const h of ["STT", "Họ và tên", "Ngày sinh", "Số phiếu bầu", "Tỷ lệ so với phiếu hợp lệ",
    "Trúng cử"]) head.append(R.el("th", h));
  const tbody = table.createTBody();
  for (const c of u.candidates) {
    const row = tbody.insertRow();
    if (c.elected) row.className = "elected";
    R.cell(row, c.number);
    R.cell(row, c.name);
    R.cell(row, thuky.displayDate(c.birth_date));
    R.cell(row, R.number(c.votes));
    R.cell(row, c.percent);
    R.cell(row, c.elected ? "Trúng cử" : "");
  }
  box.append(table);
  return box;
}

function lockBar(e, official) {
  const bar = R.el("div", null, "lock-bar writes");
  if (!official) {
    const lock = R.el("button", "Công bố chính thức (khóa kết quả)", "primary");
    lock.type = "button";
    lock.dataset.lock = e.id;
    lock.addEventListener("click", async () => {
      const { status, body } = await thuky.call("POST",
        `${R.api}days/${encodeURIComponent(dayId)}/elections/${encodeURIComponent(e.id)}/lock`);
      if (status === 200) {
        say(`Đã công bố chính thức kết quả ${e.level}. Kết quả kiểm phiếu không sửa được nữa.`, true);
        await showDay(dayId);
      } else {
        say(body.field === "election"
          ? `Chưa công bố được kết quả ${e.level}: còn khu vực bỏ phiếu chưa có kết quả kiểm phiếu.`
          : `Chưa công bố được kết quả ${e.level}.`, false);
      }
    });
    bar.append(lock);
    return bar;
  }
  const reason = R.el("input");
  reason.placeholder = "Lý do mở lại (bắt buộc, được ghi lại)";
  reason.setAttribute("aria-label", "Lý do mở lại");
  reason.dataset.reason = e.id;
  const reopen = R.el("button", "Mở lại để sửa");
  reopen.type = "button";
  reopen.dataset.reopen = e.id;
  reopen.addEventListener("click", async () => {
    const { status, body } = await thuky.call("POST",
      `${R.api}days/${encodeURIComponent(dayId)}/elections/${encodeURIComponent(e.id)}/reopen`,
      { reason: reason.value });
    if (status === 200) {
      say(`Đã mở lại kết quả ${e.level}; lý do đã được ghi vào nhật ký.`, true);
      await showDay(dayId);
    } else {
      reason.classList.toggle("wrong", body.field === "reason");
      say(body.field === "reason" ? "Hãy ghi lý do mở lại kết quả." : "Không mở lại được.", false);
      reason.focus();
    }
  });
  bar.append(reason, reopen);
  return bar;
}

async function showDay(id) {
  dayId = id;
  const [day, results] = await Promise.all([
    R.get(`days/${encodeURIComponent(id)}`),
    R.get(`days/${encodeURIComponent(id)}/results`),
  ]);
  if (!day || !results) return;
  const box = R.$("elections");
  box.replaceChildren();
  for (const e of day.elections) {
    const section = R.el("section");
    section.append(R.el("h2", `${e.level}: ${e.body}`));
    if (e.locked_at) {
      section.append(R.el("p", `Kết quả đã được công bố chính thức lúc ` +
        `${thuky.displayTime(e.locked_at)}.`, "official"));
    }
    section.append(lockBar(e, Boolean(e.locked_at)));
    for (const u of results.units.filter((x) => x.election === e.id)) section.append(unitBox(u));
    box.append(section);
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  await R.days(showDay);
});

// What the election pages share: the API path, the day picker, the words for the plugin's keys.
"use strict";

const election = {
  api: "/api/p/delegates/",

  $(id) {
    return document.getElementById(id);
  },

  // A new element with text (and a class).
  el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  },

  cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  },

  // "1245" → "1.245", as Vietnamese papers write counts.
  number(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  },

  async get(path) {
    const { status, body } = await thuky.call("GET", election.api + path);
    return status === 200 ? body : null;
  },

  // Fills the day picker (newest first) and calls `onDay(id)` now and whenever it changes; the
  // choice is kept in the address (?day=) so that a reload or a link keeps it.
  async days(onDay) {
    const select = election.$("day");
    const list = await election.get("days");
    const days = list ? list.days : [];
    election.$("empty").hidden = days.length > 0;
    for (const d of days) {
      const option = election.el("option", `${thuky.displayDate(d.date)} — ${d.id}`);
      option.value = d.id;
      option.dataset.name = d.name;
      select.append(option);
    }
    const wanted = new URLSearchParams(window.location.search).get("day");
    if (wanted && days.some((d) => d.id === wanted)) select.value = wanted;
    const show = () => {
      const option = select.selectedOptions[0];
      if (!option) return;
      election.$("day-name").textContent = option.dataset.name;
      const url = new URL(window.location.href);
      url.searchParams.set("day", option.value);
      window.history.replaceState(null, "", url);
      for (const a of document.querySelectorAll(".tabs a")) {
        const target = new URL(a.href);
        target.searchParams.set("day", option.value);
        a.href = target;
      }
      onDay(option.value);
    };
    select.addEventListener("change", show);
    show();
  },

  checkStatus: { ok: "Đạt", fail: "Không đạt", warn: "Cần xem lại", info: "Thông tin" },
  checkRule: {
    candidates: "Số người ứng cử",
    age: "Tuổi người ứng cử",
    composition: "Cơ cấu, thành phần",
    voters: "Số cử tri của khu vực",
    "listed twice": "Có tên hai lần",
  },
  unitStatus: {
    incomplete: "Chưa đủ kết quả các khu vực bỏ phiếu",
    elected: "Đã bầu đủ số đại biểu",
    seats_left: "Còn thiếu đại biểu (không đủ điều kiện bầu cử thêm)",
    additional_election: "Phải bầu cử thêm",
    re_election: "Phải bầu cử lại: số cử tri đi bầu chưa quá một nửa",
    tie: "Số phiếu bằng nhau: Ủy ban bầu cử quyết định",
  },
};

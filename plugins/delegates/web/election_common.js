// What the election pages share: the API path, the day picker, the words for the plugin's keys
// (the rest is the host's thuky.plugin, /assets/common.js).
"use strict";

const election = Object.assign(thuky.plugin("/api/p/delegates/"), {
  // Fills the day picker (newest first) and calls `onDay(id)` now and whenever it changes.
  days(onDay) {
    const makeOption = (d) => {
      const option = election.option(d.id, `${thuky.displayDate(d.date)} — ${d.id}`);
      option.dataset.name = d.name;
      return option;
    };
    return election.choose("day", "days", "days", makeOption, (id) => {
      election.$("day-name").textContent = election.$("day").selectedOptions[0].dataset.name;
      onDay(id);
    });
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
    no_polling_area: "Chưa xác định được: có xã, phường chưa có khu vực bỏ phiếu",
  },
});

// The consistency rules of a count, checked as the numbers are typed. They are the rules of the
// plugin's check_tally (src/rules.cpp), which the server applies again before storing: a count
// refused here is refused there, with the same field.
"use strict";

// counts: {listed, voted, issued, returned, valid, invalid}; votes: numbers in ballot order;
// names: the ballot's names. Returns [{field, message}] in Vietnamese, [] when it holds.
function tallyProblems(counts, votes, seats, names) {
  const n = election.number;
  const out = [];
  if (counts.voted > counts.listed) {
    out.push({ field: "voted", message: `Số cử tri đã bỏ phiếu (${n(counts.voted)}) lớn hơn số cử ` +
      `tri trong danh sách (${n(counts.listed)}).` });
  }
  if (counts.issued > counts.listed) {
    out.push({ field: "issued", message: `Số phiếu phát ra (${n(counts.issued)}) lớn hơn số cử tri ` +
      `trong danh sách (${n(counts.listed)}).` });
  }
  if (counts.returned > counts.issued) {
    out.push({ field: "returned", message: `Số phiếu thu vào (${n(counts.returned)}) lớn hơn số ` +
      `phiếu phát ra (${n(counts.issued)}).` });
  }
  if (counts.valid + counts.invalid !== counts.returned) {
    out.push({ field: "valid", message: `Số phiếu hợp lệ (${n(counts.valid)}) cộng số phiếu không ` +
      `hợp lệ (${n(counts.invalid)}) là ${n(counts.valid + counts.invalid)}, không bằng số phiếu ` +
      `thu vào (${n(counts.returned)}).` });
  }
  let total = 0;
  votes.forEach((v, i) => {
    total += v;
    if (v > counts.valid) {
      out.push({ field: `votes${i + 1}`, message: `${names[i]} được ${n(v)} phiếu, nhiều hơn số ` +
        `phiếu hợp lệ (${n(counts.valid)}).` });
    }
  });
  if (total > counts.valid * seats) {
    out.push({ field: "votes", message: `Tổng số phiếu bầu cho các người ứng cử (${n(total)}) lớn ` +
      `hơn số phiếu hợp lệ nhân với số đại biểu được bầu (${n(counts.valid)} × ${seats}).` });
  }
  return out;
}

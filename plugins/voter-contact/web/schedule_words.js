// The scheduler's explanations (English, from the plugin's solver) in Vietnamese, phrase by
// phrase; a phrase it does not know stays as it is.
"use strict";

const scheduleWords = [
  [/^pinned to (\S+) (.+?), but (.*)$/, (m, day, slot, why) =>
    `đã cố định vào buổi ${slot.toLowerCase()} ${day}, nhưng ${scheduleWhy(why)}`],
  [/^pinned, but (.*)$/, (m, why) => `đã cố định, nhưng ${scheduleWhy(why)}`],
  [/^no possible day: (.*)$/, (m, rest) => `không còn ngày nào được: ${scheduleWhy(rest)}`],
  [/^all (\d+) possible times are taken: (.*)$/, (m, n, rest) =>
    `cả ${n} thời điểm có thể đều đã kín: ${scheduleWhy(rest)}`],
];

const schedulePhrases = [
  [/the locality cannot host/g, "xã, phường không tổ chức được"],
  [/public holiday/g, "ngày lễ"],
  [/weekend/g, "ngày nghỉ cuối tuần"],
  [/delegate (.+?) cannot attend/g, "đại biểu $1 vắng mặt"],
  [/delegate (.+?) is with (.+?) then/g, "đại biểu $1 đang đi cùng $2"],
  [/no venue is listed for the locality/g, "xã, phường chưa có địa điểm"],
  [/no venue holds the (\d+) voters expected/g, "không địa điểm nào đủ chỗ cho $1 cử tri dự kiến"],
  [/the venue is taken by (.+?)(?= \(|;|$)/g, "địa điểm đã có $1"],
  [/(.+?) already has (\d+) sessions that day/g, "$1 đã có $2 buổi trong ngày"],
  [/(\d+) minutes of travel from (.+?) do not fit/g, "$1 phút đi đường từ $2 không kịp"],
  [/(.+?) holds (\d+) people, fewer than the (\d+) expected/g,
    "$1 chỉ chứa $2 người, ít hơn $3 cử tri dự kiến"],
  [/(\d+) other reasons/g, "$1 lý do khác"],
  [/(\S.*?) is at (.+?) then/g, "$1 đang ở $2"],
];

function scheduleWhy(text) {
  for (const [pattern, words] of scheduleWords) {
    const m = text.match(pattern);
    if (m) return words(...m);
  }
  let out = text;
  for (const [pattern, words] of schedulePhrases) out = out.replace(pattern, words);
  return out.replace(/(\d+)×/g, "$1 lần");
}

// "phường Vũng Áng (Tổ đại biểu số 1): <reason>" → the same with the reason in Vietnamese.
function scheduleExplanation(line) {
  const at = line.indexOf("): ");
  if (at < 0) return scheduleWhy(line);
  return `${line.slice(0, at + 1)}: ${scheduleWhy(line.slice(at + 3))}`;
}

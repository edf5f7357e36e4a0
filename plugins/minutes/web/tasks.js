// The tasks meetings assigned, by deadline, each marked done with one tap.
"use strict";

const $ = (id) => document.getElementById(id);

async function load() {
  const all = $("all").checked ? "?all=1" : "";
  const { status, body } = await thuky.call("GET", `/api/p/minutes/tasks${all}`);
  const rows = $("tasks").querySelector("tbody");
  rows.replaceChildren();
  if (status !== 200) {
    $("count").textContent = `Không tải được: ${body.error || status}`;
    return;
  }
  $("count").textContent = body.tasks.length === 0 ? "Không có việc nào." : `${body.tasks.length} việc`;
  for (const t of body.tasks) {
    const tr = document.createElement("tr");
    for (const text of [t.id, t.meeting_id, t.owner, t.task, thuky.displayDate(t.deadline)]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    const meeting = document.createElement("a");  // the meeting's form, where the task is
    meeting.href = `meeting.html?id=${encodeURIComponent(t.meeting_id)}`;
    meeting.textContent = t.meeting_id;
    tr.children[1].replaceChildren(meeting);
    const state = document.createElement("td");
    if (t.done_at) {
      state.textContent = `Đã xong ngày ${thuky.displayDate(t.done_at)}`;
      state.className = "ok";
    } else {
      const done = document.createElement("button");
      done.type = "button";
      done.className = "primary writes";
      done.textContent = "Đánh dấu đã xong";
      done.addEventListener("click", async () => {
        const result = await thuky.call("POST", `/api/p/minutes/tasks/${t.id}/done`);
        if (result.status === 200) await load();
        else state.append(` Chưa lưu được: ${result.body.error || result.status}`);
      });
      state.append(done);
    }
    tr.append(state);
    rows.append(tr);
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  $("all").addEventListener("change", load);
  await load();
});

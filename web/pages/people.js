// The people directory: search (diacritics optional) a page at a time, add and edit in a
// dialog, import a file with its errors by row and column.
"use strict";

const PAGE = 50;
const FIELDS = { name: "f-name", title: "f-title", unit: "f-unit", gender: "f-gender",
  birth_date: "f-birth", phone: "f-phone", email: "f-email" };
let offset = 0;
let total = 0;
let editing = null; // the person loaded in the dialog (null: a new one)

const $ = (id) => document.getElementById(id);

function cell(row, text) {
  const td = row.insertCell();
  td.textContent = text;
  return td;
}

async function load() {
  const q = encodeURIComponent($("search").value.trim());
  const { status, body } = await thuky.call("GET", `/api/people?q=${q}&offset=${offset}&limit=${PAGE}`);
  if (status !== 200) return;
  total = body.total;
  const tbody = $("people").tBodies[0];
  tbody.replaceChildren();
  for (const p of body.people) {
    const row = tbody.insertRow();
    row.dataset.code = p.code;
    cell(row, p.code);
    cell(row, p.name);
    cell(row, thuky.displayDate(p.birth_date));
    cell(row, p.title);
    cell(row, p.unit);
    cell(row, p.phone);
    const actions = row.insertCell();
    const edit = document.createElement("button");
    edit.type = "button";
    edit.className = "writes edit";
    edit.textContent = "Sửa";
    edit.addEventListener("click", () => openForm(p.code));
    actions.append(edit);
  }
  $("count").textContent = total === 0 ? "Không có ai." : `${total} người`;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  $("page").textContent = `Trang ${Math.floor(offset / PAGE) + 1}/${pages}`;
  $("previous").disabled = offset === 0;
  $("next").disabled = offset + PAGE >= total;
}

function fillForm(person) {
  for (const [key, id] of Object.entries(FIELDS)) {
    $(id).value = key === "birth_date" ? thuky.displayDate(person[key]) : person[key] || "";
  }
}

async function openForm(code) {
  $("form-error").hidden = true;
  $("conflict").hidden = true;
  if (code) {
    const { status, body } = await thuky.call("GET", `/api/people/${encodeURIComponent(code)}`);
    if (status !== 200) return;
    editing = body.person;
    $("person-title").textContent = `Sửa: ${editing.name}`;
    fillForm(editing);
  } else {
    editing = null;
    $("person-title").textContent = "Thêm người";
    fillForm({});
  }
  $("person-dialog").showModal();
}

// What a secretary reads for the fields the server refuses (its own messages are English).
const FIELD_MESSAGES = {
  name: "Họ và tên không được để trống.",
  birth_date: "Ngày sinh không hợp lệ: hãy viết như 15/09/1970 (hoặc 09/1970, hoặc 1970 nếu " +
    "không rõ ngày).",
  gender: "Giới tính là Nam, Nữ hoặc để trống.",
};

async function save(event) {
  event.preventDefault();
  const person = {};
  for (const [key, id] of Object.entries(FIELDS)) person[key] = $(id).value.trim();
  let result;
  if (editing) {
    person.version = editing.version;
    result = await thuky.call("PUT", `/api/people/${encodeURIComponent(editing.code)}`, person);
  } else {
    result = await thuky.call("POST", "/api/people", person);
  }
  const { status, body } = result;
  if (status === 200 || status === 201) {
    $("person-dialog").close();
    await load();
    return;
  }
  if (status === 409) {
    $("conflict-text").textContent =
      `${body.changed_by} đã sửa người này lúc ${thuky.displayTime(body.changed_at)}, sau khi ` +
      "bạn mở. Thay đổi của bạn chưa được lưu. Hãy tải lại bản mới nhất rồi sửa tiếp.";
    $("conflict").hidden = false;
    editing.latest = body.person;
    return;
  }
  $("form-error").textContent =
    FIELD_MESSAGES[body.field] || `Không lưu được: ${body.error || "lỗi không rõ"}`;
  $("form-error").hidden = false;
}

async function importFile(event) {
  event.preventDefault();
  $("import-button").disabled = true;
  const done = await thuky.uploadTable("/api/people/import", $("import-file").files[0], false,
    $("import-result"),
    (body) => `Đã nhập: ${body.added} người mới, ${body.updated} người được cập nhật.`);
  $("import-button").disabled = false;
  if (done) await load();
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!(await thuky.start())) return;
  let timer = 0;
  $("search").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { offset = 0; load(); }, 200);
  });
  $("previous").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  $("next").addEventListener("click", () => { offset += PAGE; load(); });
  $("add-person").addEventListener("click", () => openForm(null));
  $("cancel").addEventListener("click", () => $("person-dialog").close());
  $("person-form").addEventListener("submit", save);
  $("reload").addEventListener("click", () => {
    editing = editing.latest;
    fillForm(editing);
    $("conflict").hidden = true;
  });
  $("import-form").addEventListener("submit", importFile);
  await load();
});

#include "web_handlers.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "documents/numbering.hpp"
#include "meeting_store.hpp"
#include "plugin_options.hpp"
#include "render_meeting.hpp"
#include "thuky/output.hpp"
#include "thuky/toml_input.hpp"
#include "web_records.hpp"

namespace minutes {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The pages show these messages beside the field: in Vietnamese.
[[noreturn]] void refuse(const char* field, const std::string& message) {
  throw thuky::UserError(thuky::InputLocation{"", 0, 0, field}, message);
}

class Handlers {
 public:
  Handlers(thuky::PluginContext& ctx, const thuky::WebRequest& request,
           thuky::WebResponse& response, const CommandRunner& run)
      : ctx_(ctx), request_(request), response_(response), run_(run) {}

  void answer() {
    const std::string route = request_.method + " " + request_.path;
    if (route == "GET meetings")
      return reply(list_meetings());
    if (route == "GET meetings/{id}")
      return reply({{"meeting", meeting_json(id())}});
    if (route == "POST meetings")
      return save_meeting(true);
    if (route == "POST meetings/import")
      return reply(import_file());
    if (route == "PUT meetings/{id}")
      return save_meeting(false);
    if (route == "GET meetings/{id}/attendees")
      return reply(attendees_json());
    if (route == "POST meetings/{id}/attendance")
      return set_attendance();
    if (route == "POST meetings/{id}/render")
      return reply(render());
    if (route == "GET tasks")
      return reply(tasks_json());
    if (route == "POST tasks/{id}/done")
      return task_done();
    response_.status = 404;
    reply({{"error", "no such handler"}});
  }

 private:
  void reply(const json& body, int status = 200) {
    response_.status = status;
    response_.json = body.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  std::string param(const char* key) const {
    const auto it = request_.params.find(key);
    return it == request_.params.end() ? std::string() : it->second;
  }
  const std::string& id() const { return request_.params.at("id"); }

  // A meeting file (TOML) by upload: imported by `meeting import` itself, so every check and
  // message is the command's; the uploaded copy's path in a message is the browser's name.
  json import_file() {
    const std::string file = param("file");
    const std::string shown = param("file_name");
    if (file.empty())
      refuse("file", "Chọn tệp cuộc họp (.toml) để nhập.");
    try {
      run_({"meeting", "import", file});
    } catch (const thuky::UserError& e) {
      refuse("file", thuky::as_uploaded(thuky::vietnamese_text(e), file, shown));
    }
    const thuky::TomlInput input(file);
    const std::string meeting = input.root().text("id");
    return {{"id", meeting}, {"title", input.root().text("title")}};
  }
  json body() const {
    json b = json::parse(request_.body, nullptr, false);
    if (!b.is_object())
      refuse("", "Yêu cầu không hợp lệ (không phải JSON).");
    return b;
  }
  static std::string text(const json& b, const char* key) {
    const auto it = b.find(key);
    return it != b.end() && it->is_string() ? it->get<std::string>() : std::string();
  }
  // "2026-11-30T01:52:00Z": when, in UTC, as the pages show it in local time.
  std::string now_utc() const {
    const std::string t = ctx_.clock().now().ical_utc();  // "20261130T015200Z"
    return fmt::format("{}-{}-{}T{}:{}:{}Z", t.substr(0, 4), t.substr(4, 2), t.substr(6, 2),
                       t.substr(9, 2), t.substr(11, 2), t.substr(13, 2));
  }
  MeetingStore meetings() { return MeetingStore(ctx_.store(), ctx_.people()); }

  json list_meetings() {
    json out = json::array();
    WebRecords records(ctx_.store());
    for (const auto& s : meetings().list()) {
      int invited = 0, arrived = 0;
      for (const auto& a : records.attendees(s.id)) {
        ++invited;
        arrived += a.attendance == "present" || a.attendance == "represented";
      }
      out.push_back({{"id", s.id},
                     {"starts_at", s.starts_at},
                     {"title", s.title},
                     {"invited", invited},
                     {"arrived", arrived}});
    }
    return {{"meetings", out}};
  }

  static json person_json(const Participant& p) {
    return {{"code", p.code}, {"name", p.name}, {"title", p.title}, {"unit", p.unit}};
  }

  json meeting_json(const std::string& meeting_id) {
    const Meeting m = meetings().load(meeting_id);
    const Stamp stamp = WebRecords(ctx_.store()).meeting_stamp(meeting_id);
    json invitees = json::array();
    for (const auto& d : m.delegations) {
      for (const auto& p : d.members) {
        json row = person_json(p);
        row["delegation"] = d.name;
        invitees.push_back(row);
      }
    }
    json tasks = json::array();
    for (const auto& t : m.tasks) {
      tasks.push_back({{"owner", t.owner},
                       {"task", t.text},
                       {"deadline", t.deadline ? t.deadline->iso() : ""},
                       {"done", t.done}});
    }
    return {{"id", m.id},
            {"kind", m.kind},
            {"title", m.title},
            {"place", m.place},
            {"place_name", m.place_name},
            {"date", m.starts.date.iso()},
            {"starts", fmt::format("{:02}:{:02}", m.starts.hour, m.starts.minute)},
            {"ends", fmt::format("{:02}:{:02}", m.ends.hour, m.ends.minute)},
            {"chair", person_json(m.chair)},
            {"secretary", person_json(m.secretary)},
            {"invitees", invitees},
            {"conclusions", m.conclusions},
            {"tasks", tasks},
            {"version", stamp.version},
            {"changed_by", stamp.changed_by},
            {"changed_at", stamp.changed_at}};
  }

  // A person of the form: a directory code, else the name (and title, unit) as stored.
  Participant participant(const json& p, const char* field) {
    const std::string code = text(p, "code");
    if (!code.empty()) {
      const auto found = ctx_.people().find_by_code(code);
      if (!found)
        refuse(field, fmt::format("Không có người có mã '{}' trong danh bạ.", code));
      return {found->code, found->full_name, found->title, found->unit, "", "", "", false};
    }
    const std::string name = text(p, "name");
    if (name.empty())
      return {};
    return {"", name, text(p, "title"), text(p, "unit"), "", "", "", false};
  }

  static std::optional<std::pair<int, int>> clock_time(const std::string& hh_mm) {
    if (hh_mm.size() != 5 || hh_mm[2] != ':')
      return std::nullopt;
    try {
      const int h = std::stoi(hh_mm.substr(0, 2)), m = std::stoi(hh_mm.substr(3, 2));
      if (h < 0 || h > 23 || m < 0 || m > 59)
        return std::nullopt;
      return std::pair{h, m};
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }

  // The form's fields over `m` (what the form does not show is kept as stored).
  void fill(Meeting& m, const json& b) {
    const auto required = [&](const char* key, const char* what) {
      std::string value = text(b, key);
      if (value.find_first_not_of(" \t") == std::string::npos)
        refuse(key, fmt::format("Hãy điền {}.", what));
      return value;
    };
    m.kind = text(b, "kind").empty() ? "cuộc họp" : text(b, "kind");
    m.title = required("title", "tên (trích yếu) cuộc họp");
    m.place = required("place", "địa điểm");
    m.place_name = required("place_name", "địa danh (dòng ngày tháng)");
    const auto date = thuky::text::Date::parse_iso(text(b, "date"));
    if (!date || date->year < 1945 || date->year > 2100)
      refuse("date", "Ngày họp không hợp lệ.");
    const auto starts = clock_time(text(b, "starts"));
    if (!starts)
      refuse("starts", "Giờ bắt đầu không hợp lệ (ví dụ 08:00).");
    const auto ends = clock_time(text(b, "ends"));
    if (!ends)
      refuse("ends", "Giờ kết thúc không hợp lệ (ví dụ 11:30).");
    m.starts = {*date, starts->first, starts->second};
    m.ends = {*date, ends->first, ends->second};
    if (m.ends <= m.starts)
      refuse("ends", "Giờ kết thúc phải sau giờ bắt đầu.");
    m.chair = participant(b.value("chair", json::object()), "chair");
    if (m.chair.name.empty())
      refuse("chair", "Hãy chọn người chủ trì.");
    m.secretary = participant(b.value("secretary", json::object()), "secretary");
    if (m.secretary.name.empty())
      refuse("secretary", "Hãy chọn thư ký cuộc họp.");
    // Invitees by delegation, in the form's order; each delegation keeps its groups.
    std::vector<Delegation> delegations;
    for (const json& row : b.value("invitees", json::array())) {
      Participant p = participant(row, "invitees");
      if (p.name.empty())
        continue;
      std::string delegation = text(row, "delegation");
      if (delegation.empty())
        delegation = "Đại biểu được mời";
      auto d = std::find_if(delegations.begin(), delegations.end(),
                            [&](const Delegation& x) { return x.name == delegation; });
      if (d == delegations.end()) {
        delegations.push_back({delegation, {}, {}});
        d = delegations.end() - 1;
        for (const auto& old : m.delegations) {
          if (old.name == delegation)
            d->groups = old.groups;
        }
      }
      d->members.push_back(p);
    }
    m.delegations = std::move(delegations);
    if (b.contains("conclusions")) {
      m.conclusions.clear();
      for (const json& c : b["conclusions"]) {
        if (c.is_string() && !c.get<std::string>().empty())
          m.conclusions.push_back(c.get<std::string>());
      }
    }
  }

  static bool is_identifier(const std::string& id) {
    return !id.empty() && id.size() <= 64 &&
           id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
  }

  void save_meeting(bool creating) {
    const json b = body();
    const std::string meeting_id = creating ? text(b, "id") : id();
    WebRecords records(ctx_.store());
    MeetingStore store = meetings();
    Meeting m;
    if (creating) {
      if (!is_identifier(meeting_id))
        refuse("id",
               "Mã cuộc họp chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "
               "hop-thang-12.");
      SQLite::Statement exists(ctx_.store().db(), "SELECT 1 FROM minutes_meetings WHERE id = ?");
      exists.bind(1, meeting_id);
      if (exists.executeStep())
        refuse("id", fmt::format("Đã có cuộc họp mã '{}': hãy chọn mã khác.", meeting_id));
      m.id = meeting_id;
    } else {
      m = store.load(meeting_id);
    }
    fill(m, b);
    const std::string at = now_utc();
    if (!creating) {
      try {
        records.bump_meeting(meeting_id, b.value("version", std::int64_t{0}), request_.user, at);
      } catch (const VersionConflict& e) {
        return reply({{"error", "Cuộc họp đã được người khác sửa sau khi bạn mở."},
                      {"changed_by", e.current().changed_by},
                      {"changed_at", e.current().changed_at}},
                     409);
      }
    }
    const auto stamps = records.participant_stamps(meeting_id);
    number_papers(m, ctx_.store(), ctx_.settings());
    store.save(m);
    records.restore_participant_stamps(meeting_id, stamps);
    if (creating)
      records.bump_meeting(meeting_id, 1, request_.user, at);
    ctx_.audit().row("minutes_meetings", creating ? "added" : "updated", meeting_id);
    reply({{"meeting", meeting_json(meeting_id)}}, creating ? 201 : 200);
  }

  static json attendee_json(const Attendee& a) {
    return {{"position", a.position},
            {"role", a.role},
            {"delegation", a.delegation},
            {"name", a.name},
            {"title", a.title},
            {"unit", a.unit},
            {"state", a.attendance},
            {"reason", a.reason},
            {"represented_by", a.represented_by},
            {"version", a.stamp.version},
            {"changed_by", a.stamp.changed_by},
            {"changed_at", a.stamp.changed_at}};
  }

  json attendees_json() {
    const Meeting m = meetings().load(id());
    json rows = json::array();
    for (const auto& a : WebRecords(ctx_.store()).attendees(id()))
      rows.push_back(attendee_json(a));
    return {{"meeting", {{"id", m.id}, {"title", m.title}, {"date", m.starts.date.iso()}}},
            {"attendees", rows}};
  }

  void set_attendance() {
    const json b = body();
    const std::string state = text(b, "state");
    Attendee change;
    if (state == "arrived" || state == "present") {
      change.attendance = "present";
    } else if (state == "absent") {
      change.attendance = "absent";
      change.reason = text(b, "reason");
      if (change.reason.empty())
        refuse("reason", "Hãy ghi lý do vắng mặt.");
    } else if (state == "represented") {
      change.attendance = "represented";
      change.represented_by = text(b, "represented_by");
      if (change.represented_by.empty())
        refuse("represented_by", "Hãy ghi tên người dự thay.");
    } else if (state.empty() || state == "none") {
      change.attendance = "";
    } else {
      refuse("state", "Trạng thái phải là có mặt, vắng mặt hoặc cử người dự thay.");
    }
    if (!b.contains("person") || !b["person"].is_number_integer())
      refuse("person", "Thiếu người cần ghi.");
    try {
      const Attendee saved =
          WebRecords(ctx_.store())
              .set_attendance(id(), b["person"].get<int>(), change,
                              b.value("version", std::int64_t{0}), request_.user, now_utc());
      ctx_.audit().row("minutes_participants", "updated", id() + "/" + saved.name);
      reply({{"attendee", attendee_json(saved)}});
    } catch (const VersionConflict& e) {
      reply({{"error", "Người này vừa được người khác ghi sau khi bạn mở trang."},
             {"changed_by", e.current().changed_by},
             {"changed_at", e.current().changed_at}},
            409);
    }
  }

  // The papers' titles by the end of their file names (render_meeting.cpp names them).
  static std::string title_of(const std::string& meeting_id, const fs::path& file) {
    static const std::pair<const char*, const char*> kTitles[] = {
        {"-giay-moi", "Giấy mời"},
        {"-chuong-trinh", "Chương trình"},
        {"-danh-sach-dai-bieu", "Danh sách đại biểu"},
        {"-bien-ban", "Biên bản"},
        {"-thong-bao-ket-luan", "Thông báo kết luận"}};
    const std::string stem = file.stem().string();
    for (const auto& [suffix, title] : kTitles) {
      if (stem == meeting_id + suffix)
        return title;
    }
    return "Giấy mời: " + stem;
  }

  json render() {
    const Meeting m = meetings().load(id());
    const fs::path dir = fs::absolute(ctx_.settings().output_dir) / m.id;
    thuky::make_output_dir(dir);
    json documents = json::array();
    for (const auto& f :
         render_meeting(m, "all", dir, ctx_.documents(), read_options(ctx_.plugin_config()))) {
      documents.push_back(
          {{"title", title_of(m.id, f)}, {"name", f.filename().string()}, {"path", f.string()}});
    }
    return {{"documents", documents}};
  }

  json tasks_json() {
    json rows = json::array();
    for (const auto& t : meetings().tasks(param("all") != "1")) {
      rows.push_back({{"id", t.id},
                      {"meeting_id", t.meeting_id},
                      {"owner", t.owner},
                      {"task", t.task},
                      {"deadline", t.deadline},
                      {"done_at", t.done_at}});
    }
    return {{"tasks", rows}};
  }

  void task_done() {
    std::int64_t task = 0;
    try {
      task = std::stoll(id());
    } catch (const std::exception&) {
      refuse("id", "Số việc không hợp lệ.");
    }
    meetings().mark_done(task, ctx_.clock().today().iso());
    ctx_.audit().row("minutes_tasks", "updated", std::to_string(task));
    reply({{"ok", true}});
  }

  thuky::PluginContext& ctx_;
  const thuky::WebRequest& request_;
  thuky::WebResponse& response_;
  const CommandRunner& run_;
};

}  // namespace

void answer_web_request(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                        thuky::WebResponse& response, const CommandRunner& run) {
  Handlers(ctx, request, response, run).answer();
}

}  // namespace minutes

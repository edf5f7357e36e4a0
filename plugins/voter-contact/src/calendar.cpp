#include "calendar.hpp"

#include <fmt/format.h>
#include <libical/ical.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>

#include "thuky/error.hpp"

namespace contact {
namespace {

icaltimetype local_time(const Date& d, int minutes) {
  icaltimetype t = icaltime_null_time();
  t.year = d.year;
  t.month = d.month;
  t.day = d.day;
  t.hour = minutes / 60;
  t.minute = minutes % 60;
  t.is_date = 0;
  return t;
}

icalproperty* with_zone(icalproperty* p) {
  icalproperty_add_parameter(p, icalparameter_new_tzid(kTimeZone));
  return p;
}

// Vietnam: UTC+7 all year, no daylight saving since 1975.
icalcomponent* vtimezone() {
  icalcomponent* zone = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
  icalcomponent_add_property(zone, icalproperty_new_tzid(kTimeZone));
  icalcomponent* standard = icalcomponent_new(ICAL_XSTANDARD_COMPONENT);
  icalcomponent_add_property(standard, icalproperty_new_dtstart(local_time({1970, 1, 1}, 0)));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(kUtcOffsetMinutes * 60));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(kUtcOffsetMinutes * 60));
  icalcomponent_add_property(standard, icalproperty_new_tzname("+07"));
  icalcomponent_add_component(zone, standard);
  return zone;
}

}  // namespace

std::string calendar_text(const Plan& plan, const std::vector<const ScheduleRow*>& rows,
                          const std::string& name) {
  std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> cal(
      icalcomponent_new(ICAL_VCALENDAR_COMPONENT), icalcomponent_free);
  icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//thuky//voter-contact//VI"));
  icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
  icalproperty* title = icalproperty_new_x(name.c_str());
  icalproperty_set_x_name(title, "X-WR-CALNAME");
  icalcomponent_add_property(cal.get(), title);
  icalcomponent_add_component(cal.get(), vtimezone());
  // DTSTAMP from the plan, not the clock: the same schedule gives the same file.
  icaltimetype stamp = local_time(plan.document.issued ? *plan.document.issued : plan.from, 0);
  stamp.zone = icaltimezone_get_utc_timezone();
  for (const ScheduleRow* r : rows) {
    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    const std::string uid =
        fmt::format("{}.{}.{}@voter-contact.thuky", plan.id, r->group->id, r->locality->id);
    icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(
        event, with_zone(icalproperty_new_dtstart(local_time(r->date, r->slot->starts))));
    icalcomponent_add_property(
        event, with_zone(icalproperty_new_dtend(local_time(r->date, r->slot->ends))));
    const std::string summary =
        fmt::format("Tiếp xúc cử tri {} - {}", r->locality->name, r->group->name);
    icalcomponent_add_property(event, icalproperty_new_summary(summary.c_str()));
    std::string location = r->venue->name;
    if (!r->venue->address.empty())
      location += ", " + r->venue->address;
    icalcomponent_add_property(event, icalproperty_new_location(location.c_str()));
    std::string description = fmt::format("{}: {}.", r->group->name, r->member_names);
    if (!r->locality->chair.empty())
      description += fmt::format("\nChủ trì: {}.", r->locality->chair);
    icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
    icalcomponent_add_component(cal.get(), event);
  }
  char* text = icalcomponent_as_ical_string_r(cal.get());
  std::string out(text);
  std::free(text);
  return out;
}

std::vector<std::filesystem::path> write_calendars(const Plan& plan, const ScheduleRows& rows,
                                                   const std::filesystem::path& dir) {
  std::map<std::string, std::pair<std::string, std::vector<const ScheduleRow*>>> files;
  auto& all = files[plan.id];
  all.first = plan.title;
  for (const ScheduleRow& r : rows.rows) {
    all.second.push_back(&r);
    auto& group = files[plan.id + ".group." + r.group->id];
    group.first = fmt::format("{} - {}", plan.title, r.group->name);
    group.second.push_back(&r);
    for (const Member& m : r.group->members) {
      auto& person = files[plan.id + ".delegate." + m.code];
      person.first = fmt::format("{} - {}", plan.title, m.name);
      person.second.push_back(&r);
    }
  }
  std::vector<std::filesystem::path> written;
  for (const auto& [stem, calendar] : files) {
    const auto file = dir / (stem + ".ics");
    const std::string text = calendar_text(plan, calendar.second, calendar.first);
    std::ofstream out(file, std::ios::binary);
    out << text;
    if (!out.flush())
      throw thuky::UserError(fmt::format("cannot write '{}'", file.string()));
    written.push_back(file);
  }
  return written;
}

}  // namespace contact

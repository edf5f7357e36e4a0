#include "commands.hpp"

#include <fmt/format.h>

#include <functional>

#include <iostream>

#include "calendar.hpp"
#include "localities.hpp"
#include "locality_notice.hpp"
#include "plan_document.hpp"
#include "plan_file.hpp"
#include "plan_problem.hpp"
#include "plan_store.hpp"
#include "schedule_rows.hpp"
#include "solver_settings.hpp"
#include "thuky/doc/documents.hpp"
#include "thuky/error.hpp"
#include "thuky/output.hpp"
#include "thuky/people.hpp"
#include "thuky/table/list_output.hpp"

namespace contact {
namespace {

template <class T>
const T& find_or_fail(const std::vector<T>& items, const std::string& id, const char* what,
                      const std::string& plan) {
  for (const auto& item : items) {
    if (item.id == id)
      return item;
  }
  throw thuky::UserError(fmt::format("no {} '{}' in plan '{}'", what, id, plan));
}

// Solves the plan with `visits` as the previous schedule and pins, and stores the result; a
// plan that cannot be scheduled is a UserError naming every session left out, and nothing is
// stored.
schedule::Result replan(thuky::PluginContext& ctx, PlanStore& store, const Plan& plan,
                        std::vector<Visit> visits) {
  const PlanProblem pp = to_problem(plan, std::move(visits), read_weights(ctx.plugin_config()));
  const schedule::Result result = schedule::solve(pp.problem);
  if (!result.feasible()) {
    throw thuky::UserError(fmt::format(
        "plan '{}' cannot be scheduled: {} of {} sessions have no "
        "place:{}",
        plan.id, result.unplaced.size(), pp.visits.size(), describe_unplaced(pp, result)));
  }
  store.save_visits(plan.id, with_placements(plan, pp, result));
  return result;
}

std::string summary(const Plan& plan, const std::vector<Visit>& visits, const schedule::Result& r) {
  int pinned = 0;
  for (const Visit& v : visits)
    pinned += v.pinned ? 1 : 0;
  return fmt::format("Scheduled {} sessions of '{}' ({} pinned, {} moved; score {}).\n",
                     visits.size(), plan.id, pinned, r.score.moved_sessions, r.score.total);
}

// The locality the user named: its code, slug ("xa-ky-hoa") or name.
const LocalityDef& locality_named(const Plan& plan, const std::string& text) {
  for (const LocalityDef& l : plan.localities) {
    if (names_locality(l, text))
      return l;
  }
  throw thuky::UserError(fmt::format("no locality '{}' in plan '{}'", text, plan.id));
}

Date parse_user_date(const std::string& text) {
  if (auto d = Date::parse_iso(text))
    return *d;
  if (auto d = Date::parse_dmy(text))
    return *d;
  throw thuky::UserError(fmt::format("'{}' is not a date (write 24/11/2026 or 2026-11-24)", text));
}

}  // namespace

void import_plan(thuky::PluginContext& ctx, const Arguments& a) {
  const ElectedDelegates elected(ctx.store());
  const PlanFile file =
      read_plan_file(a.file, {ctx.people(), ctx.areas(), ctx.organisations(), elected});
  for (const auto& w : file.warnings)
    ctx.log().warn(w);
  thuky::WriteTransaction transaction(ctx.store());
  const bool added = PlanStore(ctx.store()).save(file.plan);
  transaction.commit();
  std::size_t sessions = 0;
  for (const auto& g : file.plan.groups)
    sessions += g.localities.size();
  if (ctx.quiet())
    return;
  const auto counted = [](std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  std::cout << fmt::format("{} plan '{}' ({}, {}, {} to schedule).\n",
                           added ? "Imported" : "Updated", file.plan.id,
                           counted(file.plan.localities.size(), "locality", "localities"),
                           counted(file.plan.groups.size(), "group", "groups"),
                           counted(sessions, "session", "sessions"));
}

void schedule_plan(thuky::PluginContext& ctx, const Arguments& a) {
  thuky::WriteTransaction transaction(ctx.store());
  PlanStore store(ctx.store());
  const Plan plan = store.load(a.plan);
  auto visits = store.visits(a.plan);
  if (a.fresh) {
    for (Visit& v : visits) {
      if (!v.pinned)
        v = {v.group, v.locality, std::nullopt, "", "", false};
    }
  }
  const schedule::Result result = replan(ctx, store, plan, visits);
  transaction.commit();
  std::cout << summary(plan, visits, result);
}

void pin_session(thuky::PluginContext& ctx, const Arguments& a) {
  thuky::WriteTransaction transaction(ctx.store());
  PlanStore store(ctx.store());
  const Plan plan = store.load(a.plan);
  find_or_fail(plan.groups, a.group, "group", plan.id);
  const LocalityDef& locality = locality_named(plan, a.locality);
  const Date date = parse_user_date(a.date);
  if (date < plan.from || plan.to < date) {
    throw thuky::UserError(fmt::format("{} is outside the window of plan '{}' ({} to {})",
                                       date.dmy(), plan.id, plan.from.dmy(), plan.to.dmy()));
  }
  find_or_fail(plan.slots, a.slot, "slot", plan.id);
  std::string venue = a.venue;
  if (venue.empty()) {
    for (const VenueDef& v : plan.venues) {
      if (v.locality == locality.id && venue.empty())
        venue = v.id;
    }
    if (venue.empty())
      throw thuky::UserError(fmt::format("no venue for {} in plan '{}'", locality.name, plan.id));
  } else if (find_or_fail(plan.venues, venue, "venue", plan.id).locality != locality.id) {
    throw thuky::UserError(fmt::format("venue '{}' is not in {}", venue, locality.name));
  }
  auto visits = store.visits(a.plan);
  bool found = false;
  for (Visit& v : visits) {
    if (v.group == a.group && v.locality == locality.id) {
      v = {v.group, v.locality, date, a.slot, venue, true};
      found = true;
    }
  }
  if (!found) {
    throw thuky::UserError(
        fmt::format("group '{}' does not visit {} in plan '{}'", a.group, locality.name, plan.id));
  }
  const schedule::Result result = replan(ctx, store, plan, visits);
  transaction.commit();
  std::cout << fmt::format("Pinned {} at {} on {} ({}).\n", a.group, locality.name, date.dmy(),
                           a.slot)
            << summary(plan, visits, result);
}

void unpin_session(thuky::PluginContext& ctx, const Arguments& a) {
  thuky::WriteTransaction transaction(ctx.store());
  PlanStore store(ctx.store());
  const Plan plan = store.load(a.plan);
  const LocalityDef& locality = locality_named(plan, a.locality);
  auto visits = store.visits(a.plan);
  bool found = false;
  for (Visit& v : visits) {
    if (v.group == a.group && v.locality == locality.id && v.pinned) {
      v.pinned = false;
      found = true;
    }
  }
  if (!found) {
    throw thuky::UserError(fmt::format("no pinned session of '{}' at {} in plan '{}'", a.group,
                                       locality.name, a.plan));
  }
  store.save_visits(a.plan, visits);
  transaction.commit();
  std::cout << fmt::format("Unpinned {} at {}.\n", a.group, locality.name);
}

void list_schedule(thuky::PluginContext& ctx, const Arguments& a) {
  using thuky::table::ColumnType;
  PlanStore store(ctx.store());
  const Plan plan = store.load(a.plan);
  const ScheduleRows rows = schedule_rows(plan, store.visits(a.plan));
  thuky::table::ListOutput out("sessions",
                               {{"date", "Ngày", ColumnType::kDate},
                                {"slot", "Buổi"},
                                {"hours", "Giờ"},
                                {"locality", "Xã, phường"},
                                {"venue", "Địa điểm"},
                                {"address", "Địa chỉ", ColumnType::kText, false},
                                {"group", "Tổ đại biểu"},
                                {"members", "Đại biểu", ColumnType::kText, false},
                                {"chair", "Chủ trì", ColumnType::kText, false},
                                {"pinned", "Cố định", ColumnType::kText, false}},
                               {ctx.json_output(), a.out}, std::cout);
  for (const ScheduleRow& r : rows.rows) {
    out.add({r.date.iso(), r.slot->name,
             fmt::format("{}–{}", clock_text(r.slot->starts), clock_text(r.slot->ends)),
             r.locality->name, r.venue->name, r.venue->address, r.group->name, r.member_names,
             r.locality->chair, r.pinned ? "yes" : ""});
  }
  const std::size_t count = out.finish();
  if (rows.unscheduled > 0) {
    ctx.log().warn(
        fmt::format("{} sessions of '{}' are not scheduled yet (run 'thuky contact "
                    "schedule {}')",
                    rows.unscheduled, plan.id, plan.id));
  } else if (!a.out.empty()) {
    std::cout << fmt::format("Wrote {} sessions to '{}'.\n", count, a.out);
  }
}

void render_plan(thuky::PluginContext& ctx, const Arguments& a) {
  PlanStore store(ctx.store());
  const Plan plan = store.load(a.plan);
  const ScheduleRows rows = schedule_rows(plan, store.visits(a.plan));
  if (rows.unscheduled > 0) {
    throw thuky::UserError(
        fmt::format("{} sessions of '{}' are not scheduled yet (run 'thuky "
                    "contact schedule {}' first)",
                    rows.unscheduled, plan.id, plan.id));
  }
  const std::filesystem::path dir =
      a.out.empty() ? ctx.settings().output_dir : std::filesystem::path(a.out);
  thuky::make_output_dir(dir);
  const auto pdf = dir / (plan.id + "-ke-hoach.pdf");
  write_plan_document(plan, rows, ctx.settings(), pdf);
  std::cout << pdf.string() << '\n';
  for (const auto& file : write_calendars(plan, rows, dir))
    std::cout << file.string() << '\n';
  // One notice to each locality, rendered side by side; listed in schedule order.
  std::vector<std::filesystem::path> notices;
  std::vector<std::function<void()>> jobs;
  for (const ScheduleRow& row : rows.rows) {
    notices.push_back(
        dir / fmt::format("{}-thong-bao-{}-{}.pdf", plan.id, row.locality->slug(), row.group->id));
    jobs.push_back([&plan, &row, &ctx, file = notices.back()] {
      write_locality_notice(plan, row, ctx.settings(), file);
    });
  }
  ctx.documents().render_all("notices", jobs);
  for (const auto& notice : notices)
    std::cout << notice.string() << '\n';
}

}  // namespace contact

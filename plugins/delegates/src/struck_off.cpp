#include "struck_off.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <optional>

#include "results_lock.hpp"
#include "thuky/error.hpp"
#include "thuky/text/normalize.hpp"

namespace delegates {
namespace {

std::string reason_given(const std::string& reason, const char* done, const char* example) {
  std::string why = thuky::text::clean_text(thuky::text::to_nfc(reason));
  if (why.empty()) {
    throw thuky::UserError(thuky::InputLocation{"", 0, 0, "--reason"},
                           fmt::format("say why the voter is {} (e.g. \"{}\")", done, example));
  }
  return why;
}

struct Listed {
  std::string full_name;
  std::optional<std::string> removed_reason;
};

Listed listed_voter(thuky::Store& store, const ElectionDay& day, const std::string& area,
                    int card) {
  SQLite::Statement q(store.db(),
                      "SELECT full_name, removed_reason FROM delegates_voters WHERE day_id = ? "
                      "AND polling_area = ? AND card = ?");
  q.bind(1, day.id);
  q.bind(2, area);
  q.bind(3, card);
  if (!q.executeStep())
    throw thuky::UserError(fmt::format("no voter number {} on the list of '{}'", card, area));
  return {q.getColumn(0).getString(), q.getColumn(1).isNull()
                                          ? std::nullopt
                                          : std::optional<std::string>(q.getColumn(1).getString())};
}

void set_removed_reason(thuky::Store& store, const ElectionDay& day, const std::string& area,
                        int card, const std::optional<std::string>& reason) {
  SQLite::Statement u(store.db(),
                      "UPDATE delegates_voters SET removed_reason = ? WHERE day_id = ? AND "
                      "polling_area = ? AND card = ?");
  if (reason)
    u.bind(1, *reason);
  else
    u.bind(1);
  u.bind(2, day.id);
  u.bind(3, area);
  u.bind(4, card);
  u.exec();
}

}  // namespace

void remove_voter(thuky::PluginContext& ctx, const ElectionDay& day, const std::string& area,
                  int card, const std::string& reason) {
  const std::string why = reason_given(reason, "struck off", "Đã chuyển đi nơi khác");
  const Listed v = listed_voter(ctx.store(), day, area, card);
  if (v.removed_reason) {
    throw thuky::UserError(fmt::format("{} (number {} of '{}') is struck off already: {}",
                                       v.full_name, card, area, *v.removed_reason));
  }
  refuse_if_list_locked(ctx.store(), day, area);
  set_removed_reason(ctx.store(), day, area, card, why);
  ctx.audit().row("delegates_voters", "struck off", fmt::format("{}/{}: {}", area, card, why));
}

void restore_voter(thuky::PluginContext& ctx, const ElectionDay& day, const std::string& area,
                   int card, const std::string& reason) {
  const std::string why = reason_given(reason, "put back", "Xóa nhầm");
  const Listed v = listed_voter(ctx.store(), day, area, card);
  if (!v.removed_reason) {
    throw thuky::UserError(
        fmt::format("{} (number {} of '{}') is not struck off", v.full_name, card, area));
  }
  refuse_if_list_locked(ctx.store(), day, area);
  set_removed_reason(ctx.store(), day, area, card, std::nullopt);
  // The reason of the strike and of the restoring both stay in the log (`thuky log`).
  ctx.audit().row("delegates_voters", "restored",
                  fmt::format("{}/{}: {} (struck off: {})", area, card, why, *v.removed_reason));
}

}  // namespace delegates

// `thuky register next GM`: a number from the register of outgoing documents, for a paper
// written outside thuky.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "commands/builtin_commands.hpp"
#include "thuky/error.hpp"
#include "thuky/register.hpp"

namespace thuky::host {
namespace {

text::Date today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{now};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

int run_register_next(HostSession& session, const RegisterNextOptions& o) {
  if (o.type.empty() || o.type.find_first_of("/- ") != std::string::npos)
    throw UserError(fmt::format("'{}' is not a type symbol (GM, BB, TB, KH, BC, CTr ...)", o.type));
  text::Date date = today();
  if (!o.date.empty()) {
    const auto parsed = text::Date::parse_dmy(o.date);
    if (!parsed)
      throw UserError(fmt::format("--date '{}': expected dd/mm/yyyy", o.date));
    date = *parsed;
  }
  const std::string issuer = o.issuer.empty() ? session.settings().organisation.symbol : o.issuer;
  Store& store = session.store();
  WriteTransaction transaction(store);
  const int number = DocumentRegister(store).take({issuer, o.type, date, ""});
  transaction.commit();
  std::cout << fmt::format("{:02}/{}{}\n", number, o.type, issuer.empty() ? "" : "-" + issuer);
  return 0;
}

}  // namespace thuky::host

#include "user_accounts.hpp"

#include <algorithm>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "crypto.hpp"
#include "thuky/error.hpp"

namespace thuky::web {

std::optional<Role> role_from_name(std::string_view name) {
  if (name == "admin")
    return Role::kAdmin;
  if (name == "secretary")
    return Role::kSecretary;
  if (name == "viewer")
    return Role::kViewer;
  return std::nullopt;
}

std::string role_name(Role role) {
  switch (role) {
    case Role::kAdmin:
      return "admin";
    case Role::kSecretary:
      return "secretary";
    case Role::kViewer:
      return "viewer";
  }
  return "viewer";
}

namespace {

bool valid_name(const std::string& name) {
  if (name.empty() || name.size() > 64)
    return false;
  for (unsigned char c : name) {
    if (!(std::isalnum(c) || c == '.' || c == '_' || c == '-'))
      return false;
  }
  return true;
}

Account read_account(SQLite::Statement& q) {
  return {q.getColumn(0).getString(), role_from_name(q.getColumn(1).getString()).value(),
          q.getColumn(2).getString()};
}

// Characters (code points) of UTF-8 text.
std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void check_length(std::string_view password) {
  if (characters(password) < UserAccounts::kMinPassword) {
    throw UserError(InputLocation{"", 0, 0, "password"},
                    fmt::format("the password is too short: at least {} characters",
                                UserAccounts::kMinPassword));
  }
}

}  // namespace

void UserAccounts::add(const std::string& name, Role role, std::string_view password) {
  if (!valid_name(name)) {
    throw UserError(InputLocation{"", 0, 0, "name"},
                    fmt::format("'{}' is not a user name: use 1 to 64 letters, digits, '.', '_' "
                                "or '-'",
                                name));
  }
  check_length(password);
  SQLite::Statement exists(store_.db(), "SELECT 1 FROM users WHERE name = ?");
  exists.bind(1, name);
  if (exists.executeStep())
    throw UserError(fmt::format("there is already a user '{}'", name));
  SQLite::Statement insert(store_.db(),
                           "INSERT INTO users(name, role, password_hash) VALUES (?, ?, ?)");
  insert.bind(1, name);
  insert.bind(2, role_name(role));
  insert.bind(3, hash_password(password));
  insert.exec();
}

bool UserAccounts::remove(const std::string& name) {
  SQLite::Statement q(store_.db(), "DELETE FROM users WHERE name = ?");
  q.bind(1, name);
  return q.exec() > 0;
}

std::vector<Account> UserAccounts::list() {
  SQLite::Statement q(store_.db(), "SELECT name, role, created_at FROM users ORDER BY name");
  std::vector<Account> accounts;
  while (q.executeStep())
    accounts.push_back(read_account(q));
  return accounts;
}

std::optional<Role> UserAccounts::role_of(const std::string& name) {
  SQLite::Statement q(store_.db(), "SELECT role FROM users WHERE name = ?");
  q.bind(1, name);
  if (!q.executeStep())
    return std::nullopt;
  return role_from_name(q.getColumn(0).getString());
}

std::int64_t UserAccounts::count() {
  return store_.db().execAndGet("SELECT count(*) FROM users").getInt64();
}

std::optional<StoredLogin> UserAccounts::find_login(const std::string& name) {
  SQLite::Statement q(store_.db(),
                      "SELECT name, role, created_at, password_hash FROM users WHERE name = ?");
  q.bind(1, name);
  if (!q.executeStep())
    return std::nullopt;
  return StoredLogin{read_account(q), q.getColumn(3).getString()};
}

std::optional<Account> UserAccounts::verify_login(const std::optional<StoredLogin>& stored,
                                                  std::string_view password) {
  if (!stored) {
    // As long as a real check: an unknown name answers no faster than a wrong password.
    static const std::string decoy = hash_password(random_token());
    verify_password(decoy, password);
    return std::nullopt;
  }
  if (!verify_password(stored->password_hash, password))
    return std::nullopt;
  return stored->account;
}

std::optional<Account> UserAccounts::check_password(const std::string& name,
                                                    std::string_view password) {
  return verify_login(find_login(name), password);
}

bool UserAccounts::change_password(const std::string& name, std::string_view current,
                                   std::string_view fresh) {
  if (!check_password(name, current))
    return false;
  check_length(fresh);
  SQLite::Statement q(store_.db(), "UPDATE users SET password_hash = ? WHERE name = ?");
  q.bind(1, hash_password(fresh));
  q.bind(2, name);
  q.exec();
  return true;
}

}  // namespace thuky::web

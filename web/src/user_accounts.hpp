#pragma once
// The accounts of `thuky serve` in the store's `users` table (core migration 8).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/store.hpp"

namespace thuky::web {

enum class Role { kAdmin, kSecretary, kViewer };

// "admin", "secretary", "viewer"; nullopt for anything else.
std::optional<Role> role_from_name(std::string_view name);
std::string role_name(Role role);
// Secretaries and admins change data; viewers only read.
inline bool can_write(Role role) {
  return role != Role::kViewer;
}

struct Account {
  std::string name;
  Role role = Role::kViewer;
  std::string created_at;
};

// An account with its stored Argon2id string: read under the store lock, checked outside it.
struct StoredLogin {
  Account account;
  std::string password_hash;
};

class UserAccounts {
 public:
  explicit UserAccounts(Store& store) : store_(store) {}

  // Throws UserError for a name already taken, a name that is not 1-64 letters, digits, '.',
  // '_' or '-', or a password shorter than kMinPassword characters. Call inside a transaction.
  void add(const std::string& name, Role role, std::string_view password);
  // False when there is no such account.
  bool remove(const std::string& name);
  std::vector<Account> list();
  // The role of `name` now; nullopt when the account no longer exists.
  std::optional<Role> role_of(const std::string& name);
  std::int64_t count();
  // The account when the password is right; nullopt otherwise (the time taken is about the
  // same for an unknown name, which a probe cannot tell from a wrong password).
  std::optional<Account> check_password(const std::string& name, std::string_view password);
  // check_password in two steps, so that the slow hash (tenths of a second, 64 MiB) runs
  // without the store: find_login reads, verify_login checks (nothing stored is touched).
  std::optional<StoredLogin> find_login(const std::string& name);
  static std::optional<Account> verify_login(const std::optional<StoredLogin>& stored,
                                             std::string_view password);

  // Replaces the password of `name` when `current` is right (false, nothing changed, when it
  // is wrong). Throws UserError for a new password that is too short. Call inside a
  // transaction.
  bool change_password(const std::string& name, std::string_view current, std::string_view fresh);

  static constexpr std::size_t kMinPassword = 8;  // characters, not bytes: "mật khẩu" is 8

 private:
  Store& store_;
};

}  // namespace thuky::web

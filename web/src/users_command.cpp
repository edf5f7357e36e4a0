// `thuky users add|list|remove`.
#include <fmt/format.h>
#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "thuky/error.hpp"
#include "user_accounts.hpp"
#include "web_commands.hpp"

namespace thuky::web {

namespace {

// One line of standard input; not echoed when it is a terminal.
std::string read_password(bool from_stdin) {
  const bool terminal = !from_stdin && ::isatty(STDIN_FILENO);
  termios saved{};
  if (terminal) {
    std::cerr << "Password: " << std::flush;
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string password;
  std::getline(std::cin, password);
  if (terminal) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << '\n';
  }
  if (!password.empty() && password.back() == '\r')
    password.pop_back();
  return password;
}

}  // namespace

int run_users_add(host::HostSession& session, const UserOptions& options) {
  const std::string password = read_password(options.password_stdin);
  Store& store = session.store();
  WriteTransaction transaction(store);
  UserAccounts(store).add(options.name, *role_from_name(options.role), password);
  session.audit().row("users", "added", options.name);
  session.commit_audited(transaction);
  std::cout << fmt::format("Added {} ({}).\n", options.name, options.role);
  return 0;
}

int run_users_list(host::HostSession& session) {
  const auto accounts = UserAccounts(session.store()).list();
  if (accounts.empty()) {
    session.log().warn("no accounts: 'thuky serve' runs for the OS user on 127.0.0.1 only");
    return 0;
  }
  for (const auto& a : accounts)
    std::cout << fmt::format("{}\t{}\t{}\n", a.name, role_name(a.role), a.created_at);
  return 0;
}

int run_users_remove(host::HostSession& session, const std::string& name) {
  Store& store = session.store();
  WriteTransaction transaction(store);
  if (!UserAccounts(store).remove(name))
    throw UserError(fmt::format("no user '{}'; 'thuky users list' shows them", name));
  session.audit().row("users", "removed", name);
  session.commit_audited(transaction);
  std::cout << fmt::format("Removed {}.\n", name);
  return 0;
}

}  // namespace thuky::web

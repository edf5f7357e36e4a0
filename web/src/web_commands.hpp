#pragma once
// `thuky serve` and `thuky users`, added to the host's commands by the executable.

#include <string>

#include "host_cli.hpp"

namespace thuky::web {

struct ServeOptions {
  std::string listen = "127.0.0.1";
  int port = 8080;  // 0: any free port (the URL printed first says which)
  bool open = false;
  std::string certificate;  // HTTPS: over [serve] certificate and key in thuky.toml
  std::string key;
};

struct UserOptions {
  std::string name;
  std::string role;
  bool password_stdin = false;
};

int run_serve(host::HostSession& session, const ServeOptions& options);
int run_users_add(host::HostSession& session, const UserOptions& options);
int run_users_list(host::HostSession& session);
int run_users_remove(host::HostSession& session, const std::string& name);

class WebCommands final : public host::ExtraCommands {
 public:
  void add_to(CLI::App& app) override;
  std::optional<int> run_parsed(host::HostSession& session) override;

 private:
  CLI::App* serve_ = nullptr;
  CLI::App* users_add_ = nullptr;
  CLI::App* users_list_ = nullptr;
  CLI::App* users_remove_ = nullptr;
  ServeOptions serve_options_;
  UserOptions user_options_;
};

}  // namespace thuky::web

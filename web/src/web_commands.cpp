#include "web_commands.hpp"

namespace thuky::web {

void WebCommands::add_to(CLI::App& app) {
  serve_ = app.add_subcommand(
      "serve",
      "The web interface of this workspace; prints its URL first. On 127.0.0.1 without user "
      "accounts the OS user is logged in; any other address needs accounts ('thuky users')");
  serve_->add_option("--listen", serve_options_.listen,
                     "Address to listen on (default 127.0.0.1; 0.0.0.0 for the office network)");
  serve_->add_option("--port", serve_options_.port, "Port (default 8080; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  serve_->add_flag("--open", serve_options_.open, "Open the page in the browser");
  serve_->add_option("--certificate", serve_options_.certificate,
                     "HTTPS: the office's certificate, PEM (default: [serve] certificate in "
                     "thuky.toml)");
  serve_->add_option("--key", serve_options_.key,
                     "HTTPS: the certificate's private key, PEM (default: [serve] key)");

  CLI::App* users = app.add_subcommand("users", "The accounts of the web interface");
  users->require_subcommand(1);
  users_add_ = users->add_subcommand(
      "add", "Add an account; the password is asked for (or read from --password-stdin)");
  users_add_->add_option("name", user_options_.name, "User name")->required();
  users_add_->add_option("--role", user_options_.role, "admin, secretary or viewer")
      ->required()
      ->check(CLI::IsMember({"admin", "secretary", "viewer"}));
  users_add_->add_flag("--password-stdin", user_options_.password_stdin,
                       "Read the password from the first line of standard input");
  users_list_ = users->add_subcommand("list", "The accounts and their roles");
  users_remove_ = users->add_subcommand("remove", "Remove an account (its sessions end)");
  users_remove_->add_option("name", user_options_.name, "User name")->required();
}

std::optional<int> WebCommands::run_parsed(host::HostSession& session) {
  if (serve_->parsed())
    return run_serve(session, serve_options_);
  if (users_add_->parsed())
    return run_users_add(session, user_options_);
  if (users_list_->parsed())
    return run_users_list(session);
  if (users_remove_->parsed())
    return run_users_remove(session, user_options_.name);
  return std::nullopt;
}

}  // namespace thuky::web

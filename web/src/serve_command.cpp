// `thuky serve`: binds, prints the URL first, serves until SIGINT or SIGTERM, then lets the
// requests in flight finish (httplib's stop joins its thread pool) before returning.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <optional>
#include <thread>

#include "thuky/error.hpp"
#include "user_accounts.hpp"
#include "web_app.hpp"
#include "web_commands.hpp"

extern char** environ;

namespace thuky::web {

namespace {

bool is_loopback(const std::string& address) {
  return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

// The URL to open on this machine: an "any address" listens on 127.0.0.1 too.
std::string url_of(std::string address, int port, bool https) {
  if (address == "0.0.0.0")
    address = "127.0.0.1";
  else if (address == "::")
    address = "::1";
  const bool ipv6 = address.find(':') != std::string::npos;
  return fmt::format("{}://{}{}{}:{}/", https ? "https" : "http", ipv6 ? "[" : "", address,
                     ipv6 ? "]" : "", port);
}

// The desktop's browser, without waiting for it; a note when there is none.
void open_browser(const std::string& url) {
  pid_t pid = 0;
  const char* argv[] = {"xdg-open", url.c_str(), nullptr};
  if (::posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) !=
      0) {
    std::cerr << "note: could not open a browser (xdg-open); open " << url << " yourself\n";
    return;
  }
  std::thread([pid] { ::waitpid(pid, nullptr, 0); }).detach();
}

// HTTPS when a certificate and key are given, by flag or in thuky.toml; both or neither.
std::optional<TlsFiles> tls_files(host::HostSession& session, const ServeOptions& options) {
  const host::ServeConfig& config = session.serve_config();
  using Path = std::filesystem::path;
  TlsFiles files{options.certificate.empty() ? config.certificate : Path(options.certificate),
                 options.key.empty() ? config.key : Path(options.key)};
  if (files.certificate.empty() && files.key.empty())
    return std::nullopt;
  if (files.key.empty()) {
    throw UserError(InputLocation{"", 0, 0, "--key"},
                    fmt::format("HTTPS needs the private key of the certificate {} too: give "
                                "--key or [serve] key in thuky.toml",
                                files.certificate.string()));
  }
  if (files.certificate.empty()) {
    throw UserError(InputLocation{"", 0, 0, "--certificate"},
                    fmt::format("HTTPS needs the certificate of the key {} too: give "
                                "--certificate or [serve] certificate in thuky.toml",
                                files.key.string()));
  }
  return files;
}

}  // namespace

int run_serve(host::HostSession& session, const ServeOptions& options) {
  Store& store = session.store();  // opened (and migrated) before any thread starts
  (void)session.settings();
  const bool loopback = is_loopback(options.listen);
  const std::int64_t accounts = UserAccounts(store).count();
  if (!loopback && accounts == 0) {
    throw UserError(InputLocation{"", 0, 0, "--listen"},
                    fmt::format("listening on {} lets other machines in, which needs user "
                                "accounts: add one with 'thuky users add NAME --role admin' first",
                                options.listen));
  }
  const AuthMode mode = accounts == 0 ? AuthMode::kLocal : AuthMode::kAccounts;

  // SIGINT and SIGTERM are blocked in every thread (httplib's too, which inherit the mask);
  // one thread waits for them and stops the server.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  const std::optional<TlsFiles> tls = tls_files(session, options);
  WebApp app(session, mode, tls);
  add_page_routes(app);
  add_auth_routes(app);
  add_people_routes(app);
  add_plugin_routes(app);
  add_plugin_page_routes(app);
  const int port = options.port == 0 ? app.http().bind_to_any_port(options.listen)
                   : app.http().bind_to_port(options.listen, options.port) ? options.port
                                                                           : -1;
  if (port <= 0) {
    throw UserError(InputLocation{"", 0, 0, "--port"},
                    fmt::format("cannot listen on {} port {}: the port is in use or the address "
                                "is not one of this machine's",
                                options.listen, options.port));
  }
  app.set_port(port);
  const std::string url = url_of(options.listen, port, app.secure());
  std::cout << url << std::endl;  // first line: scripts and tests read it
  std::cerr << (mode == AuthMode::kLocal
                    ? fmt::format("Serving this workspace to {} only (no accounts: you are "
                                  "logged in as the OS user). Ctrl-C stops.\n",
                                  options.listen)
                    : fmt::format("Serving this workspace on {}; {} {} may log in. Ctrl-C "
                                  "stops.\n",
                                  options.listen, accounts,
                                  accounts == 1 ? "account" : "accounts"));
  if (options.open)
    open_browser(url);

  std::atomic<bool> finished = false;
  std::thread waiter([&] {
    int signal_number = 0;
    sigwait(&signals, &signal_number);
    // stop() does nothing until listen_after_bind has started: try until it is over.
    while (!finished) {
      app.http().stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  app.http().listen_after_bind();
  finished = true;
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes it when no signal came
  waiter.join();
  std::cerr << "Stopped.\n";
  return 0;
}

}  // namespace thuky::web

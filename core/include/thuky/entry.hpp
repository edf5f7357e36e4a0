#pragma once
// The one exported, versioned entry of a plugin library, and THUKY_PLUGIN(Type) that defines it.
// Everything here is compiled into the plugin: every call the host makes goes through a
// `noexcept` function that catches at the edge, so no exception crosses the library boundary.

#include <boost/dll/alias.hpp>

#include <memory>
#include <string>
#include <vector>

#include "thuky/abi_stamp.hpp"
#include "thuky/error.hpp"
#include "thuky/message.hpp"
#include "thuky/plugin.hpp"
#include "thuky/version.hpp"

namespace thuky::abi {

// The outcome of a call into a plugin; `code` is an ExitCode.
struct Status {
  int code = kExitOk;
  std::string message;
};

struct Entry {
  int sdk_major;  // as in the stamp; checked again once loaded
  int sdk_minor;
  const char* id;
  const char* version;
  Status (*create)() noexcept;
  Status (*migrations)(std::vector<Migration>& out) noexcept;
  Status (*init)(PluginContext& ctx) noexcept;
  Status (*commands)(PluginContext& ctx, std::vector<std::string>& names) noexcept;
  // args[0] is the top-level command, e.g. {"meeting", "render", "7", "--doc", "all"}.
  Status (*run)(PluginContext& ctx, const std::vector<std::string>& args) noexcept;
  // SDK 2.3 (read only from an entry whose sdk_minor is at least 3: older entries end above).
  Status (*web)(PluginContext& ctx, const WebRequest& request, WebResponse& response) noexcept;
};

inline constexpr const char* kEntrySymbol = "thuky_plugin_entry";

template <class P>
class Bridge {
 public:
  static Status create() noexcept {
    return guard([] { instance() = std::make_unique<P>(); });
  }
  static Status migrations(std::vector<Migration>& out) noexcept {
    return guard([&] { out = plugin().migrations(); });
  }
  static Status init(PluginContext& ctx) noexcept {
    return guard([&] { plugin().init(ctx); }, &ctx);
  }
  static Status commands(PluginContext& ctx, std::vector<std::string>& names) noexcept {
    return guard([&] {
      CLI::App app;
      plugin().add_commands(app, ctx);
      for (const CLI::App* sub : app.get_subcommands({}))
        names.push_back(sub->get_name());
    });
  }
  static Status run(PluginContext& ctx, const std::vector<std::string>& args) noexcept {
    return guard(
        [&]() -> Status {
          CLI::App app{"", "thuky"};
          app.require_subcommand(1, 1);
          plugin().add_commands(app, ctx);
          std::vector<std::string> reversed(args.rbegin(), args.rend());
          try {
            app.parse(reversed);
          } catch (const CLI::ParseError& e) {
            const int rc = app.exit(e);  // prints help or the usage error
            return {rc == 0 ? kExitOk : kExitUsage, {}};
          }
          return {};
        },
        &ctx);
  }
  static Status web(PluginContext& ctx, const WebRequest& request, WebResponse& response) noexcept {
    return guard([&] { plugin().web_request(ctx, request, response); }, &ctx);
  }

 private:
  static std::unique_ptr<P>& instance() {
    static std::unique_ptr<P> p;
    return p;
  }
  static P& plugin() {
    if (!instance())
      throw std::logic_error("plugin used before it was created");
    return *instance();
  }
  // SDK 2.5: the words a page shows; should making them fail, the English still goes.
  static void report_vietnamese(PluginContext& ctx, const UserError& e) noexcept {
    try {
      ctx.report_error_vietnamese(vietnamese_text(e));
    } catch (...) {
    }
  }
  // `ctx`, when given, learns where a UserError points (file, line, column, field) and, 2.5,
  // its Vietnamese words.
  template <class F>
  static Status guard(F&& body, PluginContext* ctx = nullptr) noexcept {
    try {
      if constexpr (std::is_same_v<decltype(body()), Status>) {
        return body();
      } else {
        body();
        return {};
      }
    } catch (const UserError& e) {
      if (ctx) {
        ctx->report_error_location(e.location());
        report_vietnamese(*ctx, e);
      }
      return {kExitUserError, e.what()};
    } catch (const std::exception& e) {
      return {kExitInternal, e.what()};
    } catch (...) {
      return {kExitInternal, "unknown exception"};
    }
  }
};

template <class P>
constexpr Entry make_entry() {
  return Entry{kSdkVersion,        kSdkMinorVersion,       P::kId,           P::kVersion,
               &Bridge<P>::create, &Bridge<P>::migrations, &Bridge<P>::init, &Bridge<P>::commands,
               &Bridge<P>::run,    &Bridge<P>::web};
}

}  // namespace thuky::abi

// Exports `Type` (a thuky::Plugin with static kId and kVersion) as this library's plugin, with
// the ABI stamp the host checks before loading it.
#define THUKY_PLUGIN(Type)                                                          \
  THUKY_ABI_STAMP(::thuky::kSdkVersion, ::thuky::kSdkMinorVersion)                  \
  namespace {                                                                       \
  const ::thuky::abi::Entry thuky_plugin_entry_ = ::thuky::abi::make_entry<Type>(); \
  }                                                                                 \
  BOOST_DLL_ALIAS(thuky_plugin_entry_, thuky_plugin_entry)

#pragma once
// Logger and Progress for the command line: messages on stderr, never mixed into stdout data.

#include <spdlog/logger.h>

#include <memory>

#include "thuky/export.hpp"
#include "thuky/logger.hpp"
#include "thuky/progress.hpp"

namespace thuky::host {

enum class Verbosity { kQuiet, kNormal, kVerbose };

class THUKY_API ConsoleLogger final : public Logger {
 public:
  explicit ConsoleLogger(Verbosity verbosity);
  void debug(std::string_view message) override;
  void info(std::string_view message) override;
  void warn(std::string_view message) override;
  void error(std::string_view message) override;

 private:
  std::shared_ptr<spdlog::logger> logger_;
};

// Draws "what: 120/1000" (or "what: 120.000 rows, 85.000/s, 0:12 left") on one stderr line, at most
// ten times a second; silent when stderr is not a terminal or --quiet is set.
class THUKY_API TerminalProgress final : public Progress {
 public:
  explicit TerminalProgress(bool enabled);
  void start(std::string_view what, std::size_t total) override;
  void advance(std::size_t steps) override;
  void finish() override;
  void update_fraction(double done) override { fraction_ = done; }

 private:
  void draw(bool force);
  bool enabled_;
  std::string what_;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  long long last_draw_ms_ = 0;
  long long started_ms_ = 0;
  double fraction_ = 0;
};

}  // namespace thuky::host

#include "console_logger.hpp"

#include "thuky/text/format.hpp"
#include "thuky/text/terminal.hpp"

#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace thuky::host {

ConsoleLogger::ConsoleLogger(Verbosity verbosity)
    : logger_(std::make_shared<spdlog::logger>("thuky",
                                               std::make_shared<spdlog::sinks::stderr_sink_st>())) {
  logger_->set_pattern("%^%l%$: %v");
  switch (verbosity) {
    case Verbosity::kQuiet:
      logger_->set_level(spdlog::level::err);
      break;
    case Verbosity::kNormal:
      logger_->set_level(spdlog::level::warn);
      break;
    case Verbosity::kVerbose:
      logger_->set_level(spdlog::level::debug);
      break;
  }
}

// Messages quote names and values from files: their control characters are printed escaped.
void ConsoleLogger::debug(std::string_view message) {
  logger_->debug(text::escape_controls(message, true));
}
void ConsoleLogger::info(std::string_view message) {
  logger_->info(text::escape_controls(message, true));
}
void ConsoleLogger::warn(std::string_view message) {
  logger_->warn(text::escape_controls(message, true));
}
void ConsoleLogger::error(std::string_view message) {
  logger_->error(text::escape_controls(message, true));
}

TerminalProgress::TerminalProgress(bool enabled) : enabled_(enabled && ::isatty(STDERR_FILENO)) {}

void TerminalProgress::start(std::string_view what, std::size_t total) {
  what_ = what;
  total_ = total;
  done_ = 0;
  fraction_ = 0;
  started_ms_ = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::steady_clock::now().time_since_epoch())
                    .count();
  draw(true);
}

void TerminalProgress::advance(std::size_t steps) {
  done_ += steps;
  draw(false);
}

void TerminalProgress::finish() {
  draw(true);
  if (enabled_)
    std::fputs("\n", stderr);
}

void TerminalProgress::draw(bool force) {
  if (!enabled_)
    return;
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now().time_since_epoch())
                       .count();
  if (!force && now - last_draw_ms_ < 100)
    return;
  last_draw_ms_ = now;
  std::string line = total_ > 0 ? fmt::format("\r{}: {}/{}", what_, done_, total_)
                                : fmt::format("\r{}: {}", what_,
                                              text::format_integer(static_cast<long long>(done_)));
  const double seconds = static_cast<double>(now - started_ms_) / 1000.0;
  if (total_ == 0 && seconds > 0.5) {
    line += fmt::format(
        " {}, {}/s", done_ == 1 ? "row" : "rows",
        text::format_integer(static_cast<long long>(static_cast<double>(done_) / seconds)));
    if (fraction_ > 0.01 && fraction_ < 1) {
      const auto left = static_cast<long long>(seconds * (1 - fraction_) / fraction_);
      line += fmt::format(", {}:{:02} left", left / 60, left % 60);
    }
  }
  line += "\x1b[K";  // clear what a longer earlier line left
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
}

}  // namespace thuky::host

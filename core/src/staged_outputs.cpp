#include "staged_outputs.hpp"

#include <mutex>

namespace thuky::host {
namespace {

std::mutex batch_mutex;  // renders save documents from several threads
bool batch_open = false;
std::vector<std::unique_ptr<AtomicFile>> staged;

}  // namespace

void open_output_batch() {
  std::lock_guard lock(batch_mutex);
  batch_open = true;
}

bool stage_output(std::unique_ptr<AtomicFile>& file) {
  std::lock_guard lock(batch_mutex);
  if (!batch_open)
    return false;
  staged.push_back(std::move(file));
  return true;
}

void place_staged_outputs() {
  std::vector<std::unique_ptr<AtomicFile>> files;
  {
    std::lock_guard lock(batch_mutex);
    files.swap(staged);
    batch_open = false;
  }
  for (auto& file : files)
    file->commit();
}

std::vector<std::filesystem::path> discard_staged_outputs() {
  std::vector<std::unique_ptr<AtomicFile>> files;
  {
    std::lock_guard lock(batch_mutex);
    files.swap(staged);
    batch_open = false;
  }
  std::vector<std::filesystem::path> targets;
  for (const auto& file : files)
    targets.push_back(file->target());
  return targets;  // `files` goes: each AtomicFile removes its temporary file
}

}  // namespace thuky::host

// The minutes plugin's meeting file (plugins/minutes/src/meeting_file.cpp) against a people
// directory that knows one person, so that codes resolve as well as fail.
#include "fuzz_input.hpp"
#include "meeting_file.hpp"
#include "thuky/error.hpp"
#include "thuky/store.hpp"

namespace {

thuky::PeopleDirectory& people() {
  static thuky::Store store(thuky::fuzz::work_dir() / "fuzz.db");
  static thuky::PeopleDirectory directory(store);
  static const bool known = [] {
    thuky::PersonInput person;
    person.code = "ha-van-hung";
    person.full_name = "Hà Văn Hùng";
    person.title = "Chủ tịch";
    directory.upsert(person, thuky::InputLocation{});
    return true;
  }();
  (void)known;
  return directory;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = thuky::fuzz::input_file(data, size, ".toml");
  try {
    minutes::read_meeting_file(file, people());
  } catch (const thuky::UserError&) {
  }
  return 0;
}

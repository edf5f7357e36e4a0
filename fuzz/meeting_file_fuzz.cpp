// The minutes plugin's meeting file (plugins/minutes/src/meeting_file.cpp) against a people
// directory that knows one person, so that codes resolve as well as fail (no organisations:
// an organiser code always fails).
#include "fuzz_input.hpp"
#include "meeting_file.hpp"
#include "thuky/error.hpp"
#include "thuky/store.hpp"

namespace {

thuky::Store& store() {
  static thuky::Store store(thuky::fuzz::work_dir() / "fuzz.db");
  return store;
}

thuky::OrganisationDirectory& organisations() {
  static thuky::OrganisationDirectory directory(store());
  return directory;
}

thuky::PeopleDirectory& people() {
  static thuky::PeopleDirectory directory(store());
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
    minutes::read_meeting_file(file, people(), organisations());
  } catch (const thuky::UserError&) {
  }
  return 0;
}

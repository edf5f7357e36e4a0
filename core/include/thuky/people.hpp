#pragma once
// The people directory in the shared store: one row per person, referenced by every plugin
// (invitees, candidates, delegates). Names are stored NFC with their parts; duplicates are found
// by name (tone placement and normalisation ignored) plus birth date or unit.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "thuky/error.hpp"
#include "thuky/export.hpp"
#include "thuky/progress.hpp"
#include "thuky/store.hpp"

namespace thuky {

struct THUKY_API PersonInput {
  std::string code;  // stable key for references; derived from the name when empty
  std::string full_name;
  std::string family, middle, given;  // override the usual split when set (Tôn Nữ, Y Moan Niê)
  std::string title;                  // chức vụ
  std::string unit;                   // đơn vị
  std::string gender;                 // "nam", "nữ" or empty
  std::string birth_date;             // ISO yyyy-mm-dd or empty
  std::string phone;
  std::string email;
};

struct THUKY_API Person {
  std::int64_t id = 0;
  std::string code, full_name, family, middle, given, title, unit, gender, birth_date, phone, email;
};

class THUKY_API PeopleDirectory {
 public:
  explicit PeopleDirectory(Store& store) : store_(store) {}

  struct ImportResult {
    int added = 0;
    int updated = 0;
  };
  // Imports a UTF-8 CSV with Vietnamese headers ("Họ và tên", "Chức vụ", "Đơn vị", "Giới tính",
  // "Ngày sinh", "Điện thoại", "Email"; also without diacritics; optional "Mã", "Họ",
  // "Tên đệm", "Tên"). Throws UserError naming file, line, column and field; the caller's
  // transaction then leaves the store unchanged.
  ImportResult import_csv(const std::filesystem::path& file, Progress* progress = nullptr);

  // Adds the person, or updates the one it duplicates. Returns the id and whether it was new.
  std::pair<std::int64_t, bool> upsert(const PersonInput& input, const InputLocation& where);

  std::optional<Person> find_by_code(const std::string& code);
  std::optional<Person> find_by_id(std::int64_t id);
  // Everyone, in official list order.
  std::vector<Person> list();

  // "Hà Văn Hùng" → "ha-van-hung": the code a person gets when the input has none.
  static std::string code_for(const std::string& full_name);

 private:
  Store& store_;
};

}  // namespace thuky

// Writes a realistic people list as CSV: Vietnamese names drawn from the usual frequencies of
// family, middle and given names (with their diacritics, some typed in NFD or with the old tone
// placement), birth dates (some partial), units, phones, emails and distinct codes; with
// --faults, about 1 % of the rows carry one mistake of each kind a real file has.
//   gen_people ROWS FILE [--faults] [--seed N]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "vietnamese_names.hpp"

namespace {

using bench::Picker;
using bench::Weighted;
using namespace bench::names;

const std::vector<Weighted> kUnit = {
    {"Ủy ban MTTQ tỉnh", 2},       {"Văn phòng HĐND tỉnh", 2},    {"Sở Nội vụ", 1},
    {"UBND xã Kỳ Tân", 3},         {"Hội Nông dân", 1},           {"Hội Liên hiệp Phụ nữ", 1},
    {"Đoàn Thanh niên", 1},        {"Thị uỷ Kỳ Anh", 1},          {"Trường THPT Kỳ Anh", 2},
    {"Bệnh viện đa khoa tỉnh", 2}, {"Công an phường Sông Trí", 1}};

// "Hòa" decomposed (NFD): how macOS writes it.
std::string nfd_hoa() {
  return "Ho\xCC\x80"
         "a";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_people ROWS FILE [--faults] [--seed N]\n");
    return 2;
  }
  const long rows = std::atol(argv[1]);
  bool faults = false;
  unsigned long seed = 20260315;
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "--faults") == 0)
      faults = true;
    else if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
      seed = std::strtoul(argv[++i], nullptr, 10);
  }
  std::FILE* out = std::fopen(argv[2], "wb");
  if (!out) {
    std::perror(argv[2]);
    return 1;
  }
  std::mt19937_64 rng(seed);
  Picker family(kFamily), middle(kMiddle), given(kGiven), unit(kUnit);
  std::uniform_int_distribution<int> year(1940, 2006), month(1, 12), day(1, 28), percent(0, 999);
  std::uniform_int_distribution<long> phone(0, 99999999);
  std::string line =
      "\xEF\xBB\xBFMã,Họ và tên,Giới tính,Ngày sinh,Chức vụ,Đơn vị,Điện thoại,Email\r\n";
  for (long r = 0; r < rows; ++r) {
    std::string name = family(rng);
    const std::string mid = middle(rng);
    if (!mid.empty())
      name += " " + mid;
    name += " ";
    name += percent(rng) < 5 ? nfd_hoa() : std::string(given(rng));
    const bool woman = mid.find("Thị") != std::string::npos || percent(rng) < 400;
    char birth[16];
    const int p = percent(rng);
    if (p < 30)
      std::snprintf(birth, sizeof birth, "%d", year(rng));  // the year alone
    else if (p < 50)
      std::snprintf(birth, sizeof birth, "%02d/%d", month(rng), year(rng));
    else
      std::snprintf(birth, sizeof birth, "%02d/%02d/%d", day(rng), month(rng), year(rng));
    std::string birth_text = birth;
    std::string gender = woman ? "Nữ" : "Nam";
    std::string email = "cb" + std::to_string(r) + "@hatinh.gov.vn";
    char tel[24];
    std::snprintf(tel, sizeof tel, "09%08ld", phone(rng));
    std::string phone_text = tel;
    if (faults && percent(rng) < 10) {  // ~1 %: one mistake of each kind, in turn
      switch (r % 6) {
        case 0:
          birth_text = "31/02/1980";
          break;
        case 1:
          gender = "Ông";
          break;
        case 2:
          email = "cb" + std::to_string(r) + "@";
          break;
        case 3:
          name = "";
          break;
        case 4:
          name = "\xC2\xA7\xC3\x86ng V\xC2\xA8n Th\xC2\xB5nh";  // TCVN3 read as Windows-1252
          break;
        case 5:
          phone_text = "09ab";
          break;
      }
    }
    line += "cb" + std::to_string(r) + "," + name + "," + gender + "," + birth_text +
            ",Chuyên viên,\"" + unit(rng) + "\"," + phone_text + "," + email + "\r\n";
    if (line.size() > (1 << 20)) {
      std::fwrite(line.data(), 1, line.size(), out);
      line.clear();
    }
  }
  std::fwrite(line.data(), 1, line.size(), out);
  return std::fclose(out) == 0 ? 0 : 1;
}

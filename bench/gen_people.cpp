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

namespace {

struct Weighted {
  const char* text;
  double weight;
};

// Family names by share of the population (the usual published estimates).
const std::vector<Weighted> kFamily = {
    {"Nguyễn", 38}, {"Trần", 11},   {"Lê", 9.5},     {"Phạm", 7},   {"Hoàng", 4.5}, {"Huỳnh", 1},
    {"Phan", 4.5},  {"Vũ", 3.9},    {"Võ", 1.5},     {"Đặng", 2.1}, {"Bùi", 2},     {"Đỗ", 1.4},
    {"Hồ", 1.3},    {"Ngô", 1.3},   {"Dương", 1},    {"Lý", 0.5},   {"Đào", 0.6},   {"Đinh", 0.6},
    {"Lương", 0.4}, {"Trịnh", 0.4}, {"Mai", 0.3},    {"Tạ", 0.2},   {"Thái", 0.3},  {"Hà", 0.4},
    {"Y", 0.1},     {"Ksor", 0.05}, {"Tôn Nữ", 0.05}};
const std::vector<Weighted> kMiddle = {
    {"Văn", 20},    {"Thị", 20},    {"Hữu", 3},     {"Đức", 4},  {"Minh", 5},  {"Thanh", 4},
    {"Ngọc", 4},    {"Thu", 2},     {"Quang", 3},   {"Xuân", 2}, {"Hoàng", 2}, {"Anh", 2},
    {"Thị Mai", 2}, {"Văn Hải", 1}, {"Thị Thu", 2}, {"Công", 2}, {"Đình", 2},  {"Kim", 1},
    {"Bảo", 1},     {"Gia", 1},     {"", 1}};
const std::vector<Weighted> kGiven = {
    {"Anh", 5},   {"Hùng", 3},  {"Dũng", 3},   {"Hương", 3}, {"Linh", 4},     {"Hoa", 2},
    {"Lan", 2},   {"Mai", 3},   {"Tuấn", 3},   {"Hòa", 2},   {"Hoà", 1},      {"Thủy", 2},
    {"Thuỷ", 1},  {"Nam", 3},   {"Hải", 3},    {"Long", 2},  {"Phương", 2},   {"Trang", 3},
    {"Thảo", 2},  {"Huy", 2},   {"Đức", 2},    {"Quân", 2},  {"Sơn", 2},      {"Thành", 3},
    {"Bình", 2},  {"Cường", 2}, {"Hạnh", 2},   {"Ngọc", 2},  {"Yến", 1},      {"Vy", 2},
    {"Khánh", 2}, {"Nghĩa", 1}, {"Nghiệm", 1}, {"Thái", 1},  {"Thanh", 2},    {"Hoan", 1},
    {"Duy", 2},   {"Vĩnh", 1},  {"Ánh", 1},    {"Ất", 1},    {"H'Luân", 0.2}, {"Niê", 0.2}};
const std::vector<Weighted> kUnit = {
    {"Ủy ban MTTQ tỉnh", 2},       {"Văn phòng HĐND tỉnh", 2},    {"Sở Nội vụ", 1},
    {"UBND xã Kỳ Tân", 3},         {"Hội Nông dân", 1},           {"Hội Liên hiệp Phụ nữ", 1},
    {"Đoàn Thanh niên", 1},        {"Thị uỷ Kỳ Anh", 1},          {"Trường THPT Kỳ Anh", 2},
    {"Bệnh viện đa khoa tỉnh", 2}, {"Công an phường Sông Trí", 1}};

class Picker {
 public:
  explicit Picker(const std::vector<Weighted>& items) : items_(items) {
    std::vector<double> w;
    for (const auto& i : items)
      w.push_back(i.weight);
    dist_ = std::discrete_distribution<std::size_t>(w.begin(), w.end());
  }
  const char* operator()(std::mt19937_64& rng) { return items_[dist_(rng)].text; }

 private:
  const std::vector<Weighted>& items_;
  std::discrete_distribution<std::size_t> dist_;
};

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

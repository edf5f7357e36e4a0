#pragma once
// Vietnamese names drawn from the usual frequencies of family, middle and given names (with
// their diacritics, some in the old tone placement): what the bench generators write.

#include <random>
#include <string>
#include <vector>

namespace bench {

struct Weighted {
  const char* text;
  double weight;
};

namespace names {

// Family names by share of the population (the usual published estimates).
inline const std::vector<Weighted> kFamily = {
    {"Nguyễn", 38}, {"Trần", 11},   {"Lê", 9.5},     {"Phạm", 7},   {"Hoàng", 4.5}, {"Huỳnh", 1},
    {"Phan", 4.5},  {"Vũ", 3.9},    {"Võ", 1.5},     {"Đặng", 2.1}, {"Bùi", 2},     {"Đỗ", 1.4},
    {"Hồ", 1.3},    {"Ngô", 1.3},   {"Dương", 1},    {"Lý", 0.5},   {"Đào", 0.6},   {"Đinh", 0.6},
    {"Lương", 0.4}, {"Trịnh", 0.4}, {"Mai", 0.3},    {"Tạ", 0.2},   {"Thái", 0.3},  {"Hà", 0.4},
    {"Y", 0.1},     {"Ksor", 0.05}, {"Tôn Nữ", 0.05}};
inline const std::vector<Weighted> kMiddle = {
    {"Văn", 20},    {"Thị", 20},    {"Hữu", 3},     {"Đức", 4},  {"Minh", 5},  {"Thanh", 4},
    {"Ngọc", 4},    {"Thu", 2},     {"Quang", 3},   {"Xuân", 2}, {"Hoàng", 2}, {"Anh", 2},
    {"Thị Mai", 2}, {"Văn Hải", 1}, {"Thị Thu", 2}, {"Công", 2}, {"Đình", 2},  {"Kim", 1},
    {"Bảo", 1},     {"Gia", 1},     {"", 1}};
inline const std::vector<Weighted> kGiven = {
    {"Anh", 5},   {"Hùng", 3},  {"Dũng", 3},   {"Hương", 3}, {"Linh", 4},     {"Hoa", 2},
    {"Lan", 2},   {"Mai", 3},   {"Tuấn", 3},   {"Hòa", 2},   {"Hoà", 1},      {"Thủy", 2},
    {"Thuỷ", 1},  {"Nam", 3},   {"Hải", 3},    {"Long", 2},  {"Phương", 2},   {"Trang", 3},
    {"Thảo", 2},  {"Huy", 2},   {"Đức", 2},    {"Quân", 2},  {"Sơn", 2},      {"Thành", 3},
    {"Bình", 2},  {"Cường", 2}, {"Hạnh", 2},   {"Ngọc", 2},  {"Yến", 1},      {"Vy", 2},
    {"Khánh", 2}, {"Nghĩa", 1}, {"Nghiệm", 1}, {"Thái", 1},  {"Thanh", 2},    {"Hoan", 1},
    {"Duy", 2},   {"Vĩnh", 1},  {"Ánh", 1},    {"Ất", 1},    {"H'Luân", 0.2}, {"Niê", 0.2}};
}  // namespace names

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

}  // namespace bench

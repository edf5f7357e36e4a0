// Writes a synthetic province's election day for the delegates benchmarks: election.toml (3
// levels: ĐBQH, HĐND tỉnh, one HĐND xã per commune; ~500 polling areas), the candidate lists of
// the first two levels, and voters.csv with realistic names in households (a household shares
// its family name and its number; rows go household by household, as lists are made), and
// tallies.csv: a consistent count of every polling area for the first two levels.
//   gen_election VOTERS DIR [--polling-areas N] [--seed N]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "vietnamese_names.hpp"

namespace {

using bench::Picker;
using namespace bench::names;

constexpr int kAreasPerCommune = 10;      // polling areas
constexpr int kCommunesPerTinhUnit = 5;   // a provincial council unit covers 5 communes
constexpr int kCommunesPerDbqhUnit = 17;  // a National Assembly unit covers ~17 communes
const char* const kOccupations[] = {"Làm ruộng", "Công nhân", "Giáo viên", "Buôn bán", "Học sinh",
                                    "Sinh viên", "Cán bộ",    "Nội trợ",   "Hưu trí"};

std::FILE* open(const std::filesystem::path& file) {
  std::FILE* f = std::fopen(file.c_str(), "w");
  if (!f) {
    std::perror(file.c_str());
    std::exit(1);
  }
  return f;
}

std::string commune(int c) {
  return "Xã " + std::to_string(c + 1);
}
std::string commune_code(int c) {
  return "xa-" + std::to_string(c + 1);
}

// The areas tree the day names its areas from: `thuky areas import areas.csv` first.
void write_areas(const std::filesystem::path& dir, int communes) {
  std::FILE* f = open(dir / "areas.csv");
  std::fprintf(f, "Mã,Tên,Cấp,Mã cấp trên,Hiệu lực từ,Hiệu lực đến\n42,Hà Tĩnh,Tỉnh,,,\n");
  for (int c = 0; c < communes; ++c)
    std::fprintf(f, "%s,%d,Xã,42,01/07/2025,\n", commune_code(c).c_str(), c + 1);
  std::fclose(f);
}

void write_day(const std::filesystem::path& dir, int communes) {
  write_areas(dir, communes);
  std::FILE* f = open(dir / "election.toml");
  std::fprintf(f,
               "id = \"bench-2026\"\ndate = 2026-03-15\nname = \"Bầu cử đại biểu Quốc hội khóa "
               "XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031\"\nplace = \"Hà "
               "Tĩnh\"\ncommittee = \"Ủy ban bầu cử tỉnh Hà Tĩnh\"\n\n");
  const auto units = [&](int per_unit) {
    std::string out = "units = [\n";
    for (int u = 0; u * per_unit < communes; ++u) {
      out += "  { number = " + std::to_string(u + 1) + ", seats = 3, areas = [";
      for (int c = u * per_unit; c < std::min(communes, (u + 1) * per_unit); ++c)
        out += (c > u * per_unit ? ", \"" : "\"") + commune_code(c) + "\"";
      out += "] },\n";
    }
    return out + "]\n\n";
  };
  std::fprintf(f,
               "[[elections]]\nid = \"dbqh-2026\"\nlevel = \"ĐBQH\"\nkind = "
               "\"national_assembly\"\nbody = \"Quốc hội\"\nterm = \"khóa XVI, nhiệm kỳ "
               "2026–2031\"\n%s",
               units(kCommunesPerDbqhUnit).c_str());
  std::fprintf(f,
               "[[elections]]\nid = \"hdnd-tinh-2026\"\nlevel = \"HĐND tỉnh\"\nkind = "
               "\"council\"\nbody = \"Hội đồng nhân dân tỉnh Hà Tĩnh\"\nterm = \"khóa XIX, "
               "nhiệm kỳ 2026–2031\"\n%s",
               units(kCommunesPerTinhUnit).c_str());
  for (int c = 0; c < communes; ++c) {
    std::fprintf(f,
                 "[[elections]]\nid = \"hdnd-%s-2026\"\nlevel = \"HĐND xã\"\nkind = "
                 "\"council\"\nbody = \"Hội đồng nhân dân xã %s\"\nterm = \"khóa I, nhiệm kỳ "
                 "2026–2031\"\nunits = [{ number = 1, seats = 5, areas = [\"%s\"] }]\n\n",
                 commune_code(c).c_str(), commune(c).c_str() + 3, commune_code(c).c_str());
  }
  for (int c = 0; c < communes; ++c) {
    for (int a = 0; a < kAreasPerCommune; ++a) {
      std::fprintf(f,
                   "[[polling_areas]]\ncode = \"X%03dK%02d\"\nname = \"Khu vực bỏ phiếu số %d - "
                   "thôn %d\"\nareas = [\"%s\"]\nunits = { dbqh-2026 = %d, hdnd-tinh-2026 = %d, "
                   "hdnd-%s-2026 = 1 }\n\n",
                   c + 1, a + 1, a + 1, a + 1, commune_code(c).c_str(),
                   c / kCommunesPerDbqhUnit + 1, c / kCommunesPerTinhUnit + 1,
                   commune_code(c).c_str());
    }
  }
  std::fclose(f);
}

void write_candidates(const std::filesystem::path& file, int units, int per_unit,
                      std::mt19937_64& rng) {
  Picker family(kFamily), middle(kMiddle), given(kGiven);
  std::FILE* f = open(file);
  std::fprintf(f, "Đơn vị bầu cử,Họ và tên,Ngày sinh,Giới tính,Dân tộc,\"Nghề nghiệp, chức vụ\"\n");
  for (int u = 1; u <= units; ++u) {
    for (int i = 0; i < per_unit; ++i) {
      const std::string m = middle(rng);
      const bool woman = m.rfind("Thị", 0) == 0 || rng() % 3 == 0;
      std::fprintf(f, "%d,%s %s %s,%02d/%02d/%d,%s,Kinh,Cán bộ\n", u, family(rng), m.c_str(),
                   given(rng), static_cast<int>(rng() % 28 + 1), static_cast<int>(rng() % 12 + 1),
                   static_cast<int>(1960 + rng() % 40), woman ? "Nữ" : "Nam");
    }
  }
  std::fclose(f);
}

void write_voters(const std::filesystem::path& file, long voters, int areas, std::mt19937_64& rng) {
  Picker family(kFamily), middle(kMiddle), given(kGiven);
  std::FILE* f = open(file);
  std::fprintf(f,
               "STT,Khu vực bỏ phiếu,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Nghề nghiệp,Nơi cư "
               "trú,Cư trú,Hộ,Số định danh cá nhân\n");
  long written = 0;
  for (int a = 0; a < areas; ++a) {
    const long here = voters / areas + (a < voters % areas ? 1 : 0);
    const int c = a / kAreasPerCommune, k = a % kAreasPerCommune;
    char code[16];
    std::snprintf(code, sizeof code, "X%03dK%02d", c + 1, k + 1);
    long household = 0;
    for (long n = 0; n < here;) {
      const std::string fam = family(rng);
      const int members = static_cast<int>(rng() % 5 + 1);
      ++household;
      for (int m = 0; m < members && n < here; ++m, ++n) {
        const std::string mid = middle(rng);
        const bool woman = mid.rfind("Thị", 0) == 0 || (mid.rfind("Văn", 0) != 0 && rng() % 2);
        const int year = 1935 + static_cast<int>(rng() % 72);  // 18 and over on 15/03/2026
        const bool partial = rng() % 50 == 0;
        char birth[16];
        if (partial)
          std::snprintf(birth, sizeof birth, "%d", year);
        else
          std::snprintf(birth, sizeof birth, "%02d/%02d/%d", static_cast<int>(rng() % 28 + 1),
                        static_cast<int>(rng() % 12 + 1), year);
        ++written;
        std::fprintf(f,
                     "%ld,%s,%s %s %s,%s,%s,Kinh,%s,\"thôn %d, xã %d, tỉnh Hà Tĩnh\",thường "
                     "trú,%s-%ld,%03d%09ld\n",
                     n + 1, code, fam.c_str(), mid.c_str(), given(rng), birth, woman ? "Nữ" : "Nam",
                     kOccupations[rng() % 9], k + 1, c + 1, code, household, 42, written);
      }
    }
  }
  std::fclose(f);
}

// One count per polling area and level (ĐBQH, HĐND tỉnh), consistent as the law asks:
// valid + invalid = returned = issued = voted ≤ listed, each candidate's votes ≤ valid, and at
// most one vote per seat: the `election results` of the whole province reads these.
void write_tallies(const std::filesystem::path& file, long voters, int areas,
                   std::mt19937_64& rng) {
  std::FILE* f = open(file);
  std::fprintf(f,
               "Khu vực bỏ phiếu,Cuộc bầu cử,Số cử tri trong danh sách,Số cử tri đã bỏ phiếu,Số "
               "phiếu phát ra,Số phiếu thu vào,Số phiếu hợp lệ,Số phiếu không hợp lệ,Ứng cử viên "
               "1,Ứng cử viên 2,Ứng cử viên 3,Ứng cử viên 4,Ứng cử viên 5\n");
  for (int a = 0; a < areas; ++a) {
    const long listed = voters / areas + (a < voters % areas ? 1 : 0);
    const int c = a / kAreasPerCommune, k = a % kAreasPerCommune;
    for (const char* election : {"dbqh-2026", "hdnd-tinh-2026"}) {
      const long voted = listed - static_cast<long>(rng() % (listed / 20 + 1));
      const long invalid = static_cast<long>(rng() % (voted / 50 + 1));
      const long valid = voted - invalid;
      std::fprintf(f, "X%03dK%02d,%s,%ld,%ld,%ld,%ld,%ld,%ld", c + 1, k + 1, election, listed,
                   voted, voted, voted, valid, invalid);
      // Three seats: each ballot keeps three of the five names, so the votes sum to 3 × valid.
      const long shares[] = {80, 70, 60, 50, 40};  // of 300
      for (long share : shares)
        std::fprintf(f, ",%ld", valid * share / 100);
      std::fprintf(f, "\n");
    }
  }
  std::fclose(f);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_election VOTERS DIR [--polling-areas N] [--seed N]\n");
    return 2;
  }
  const long voters = std::atol(argv[1]);
  const std::filesystem::path dir = argv[2];
  int areas = 500;
  unsigned long seed = 2026;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--polling-areas") == 0)
      areas = std::atoi(argv[i + 1]);
    else if (std::strcmp(argv[i], "--seed") == 0)
      seed = std::strtoul(argv[i + 1], nullptr, 10);
  }
  areas = std::max(kAreasPerCommune, areas / kAreasPerCommune * kAreasPerCommune);
  const int communes = areas / kAreasPerCommune;
  std::filesystem::create_directories(dir);
  std::mt19937_64 rng(seed);
  write_day(dir, communes);
  write_candidates(dir / "candidates-dbqh.csv",
                   (communes + kCommunesPerDbqhUnit - 1) / kCommunesPerDbqhUnit, 5, rng);
  write_candidates(dir / "candidates-hdnd-tinh.csv",
                   (communes + kCommunesPerTinhUnit - 1) / kCommunesPerTinhUnit, 5, rng);
  write_voters(dir / "voters.csv", voters, areas, rng);
  write_tallies(dir / "tallies.csv", voters, areas, rng);
  std::printf("%ld voters in %d polling areas of %d communes, with their counts, in %s\n", voters,
              areas, communes, dir.c_str());
  return 0;
}

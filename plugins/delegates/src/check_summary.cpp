#include "check_summary.hpp"

#include <fmt/format.h>

namespace delegates {

std::string check_summary(int failed, int warned) {
  if (failed == 0 && warned == 0)
    return "Tất cả các nội dung đều đạt.";
  if (warned == 0)
    return fmt::format("Kết quả: {} nội dung không đạt; không có nội dung nào cần xem xét.",
                       failed);
  if (failed == 0)
    return fmt::format("Kết quả: không có nội dung nào không đạt; {} nội dung cần xem xét.",
                       warned);
  return fmt::format("Kết quả: {} nội dung không đạt, {} nội dung cần xem xét.", failed, warned);
}

}  // namespace delegates

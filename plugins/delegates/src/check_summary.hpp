#pragma once
// The sentence of the check report that sums its findings up, as a committee writes it: no
// "0 nội dung" — what is absent is said so, and a clean check says everything passed.

#include <string>

namespace delegates {

// "Kết quả: 2 nội dung không đạt, 1 nội dung cần xem xét.", "Kết quả: 2 nội dung không đạt;
// không có nội dung nào cần xem xét.", ..., "Tất cả các nội dung đều đạt."
std::string check_summary(int failed, int warned);

}  // namespace delegates

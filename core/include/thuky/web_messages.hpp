#pragma once
// SDK 2.5: the catalogue of the words the SDK's web helpers say (thuky/message.hpp), in the
// pages' Vietnamese and the scripts' English.

#include "thuky/message.hpp"

namespace thuky::msg {

inline constexpr MessageText kChooseTableFile{"web.choose_table_file",
                                              "choose a .xlsx or .csv file to import",
                                              "hãy chọn tệp .xlsx hoặc .csv để nhập"};
inline constexpr MessageText kTableFileKind{"web.table_file_kind", "import a .xlsx or a .csv file",
                                            "chỉ nhập được tệp .xlsx hoặc .csv"};

inline constexpr MessageText kWebMessages[] = {kChooseTableFile, kTableFileKind};

}  // namespace thuky::msg

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

// SDK 2.5: a request body that json_body() (web_json.hpp) cannot read; {byte}: where the
// parser stopped, counted from 1.
inline constexpr MessageText kNotJson{"web.not_json",
                                      "the request body is not valid JSON (at byte {byte})",
                                      "dữ liệu gửi lên không phải JSON hợp lệ (lỗi ở byte {byte})"};
inline constexpr MessageText kNotJsonObject{"web.not_json_object",
                                            "the request body must be a JSON object ({{…}})",
                                            "dữ liệu gửi lên phải là một đối tượng JSON ({{…}})"};

inline constexpr MessageText kWebMessages[] = {kChooseTableFile, kTableFileKind, kNotJson,
                                               kNotJsonObject};

}  // namespace thuky::msg

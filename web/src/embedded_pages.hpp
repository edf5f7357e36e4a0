#pragma once
// The files of web/pages, built into the program (web/cmake/embed_pages.cmake).

#include <map>
#include <string>
#include <string_view>

namespace thuky::web {

// "/people.html" → its bytes.
const std::map<std::string, std::string_view>& embedded_pages();

}  // namespace thuky::web

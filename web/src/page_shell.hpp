#pragma once
// The parts every page of the interface shares, put in by the server where a page marks them,
// so that neither the host's pages nor a plugin's repeat them:
//   <!--thuky:head-->    the charset, the viewport, the interface's style and script;
//   <!--thuky:header-->  the top bar: the name, the navigation (common.js adds the plugins'
//                        pages and marks the current one), the user and "Đăng xuất".
// A page without the markers is served as it is (plugins written for SDK 2.4).

#include <string>

namespace thuky::web {

std::string with_page_shell(std::string html);

}  // namespace thuky::web

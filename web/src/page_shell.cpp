#include "page_shell.hpp"

#include <string_view>

namespace thuky::web {
namespace {

constexpr std::string_view kHeadMarker = "<!--thuky:head-->";
constexpr std::string_view kHead =
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<link rel=\"stylesheet\" href=\"/assets/style.css\">\n"
    "<script src=\"/assets/common.js\" defer></script>";

constexpr std::string_view kHeaderMarker = "<!--thuky:header-->";
constexpr std::string_view kHeader =
    "<header class=\"top\">\n"
    "  <strong class=\"brand\">Thư ký</strong>\n"
    "  <nav><a href=\"/\">Danh bạ</a></nav>\n"
    "  <span class=\"spacer\"></span>\n"
    "  <span id=\"who\" class=\"muted\"></span>\n"
    "  <button id=\"logout\" type=\"button\" hidden>Đăng xuất</button>\n"
    "</header>";

void replace_first(std::string& html, std::string_view marker, std::string_view part) {
  if (const std::size_t at = html.find(marker); at != std::string::npos)
    html.replace(at, marker.size(), part);
}

}  // namespace

std::string with_page_shell(std::string html) {
  replace_first(html, kHeadMarker, kHead);
  replace_first(html, kHeaderMarker, kHeader);
  return html;
}

}  // namespace thuky::web

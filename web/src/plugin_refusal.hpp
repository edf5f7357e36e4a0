#pragma once
// A plugin's UserError as the host answers a page (400): the Vietnamese a plugin built for SDK
// 2.5 reports through its context, the English that crossed as its status ("error_en", and
// "error" too from an older plugin), each beside the field named apart.

#include <nlohmann/json.hpp>
#include <string>

#include "thuky/error.hpp"
#include "thuky/message.hpp"

namespace thuky::web {

inline nlohmann::json plugin_refusal(const std::string& english, const std::string& vietnamese,
                                     const InputLocation& where) {
  const std::string english_words = beside_field(english, where);
  nlohmann::json body = {
      {"error", vietnamese.empty() ? english_words : beside_field(vietnamese, where)},
      {"error_en", english_words}};
  if (!where.field.empty())
    body["field"] = where.field;
  return body;
}

}  // namespace thuky::web

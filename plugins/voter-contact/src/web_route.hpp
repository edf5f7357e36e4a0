#pragma once
// Matching a handler's path ("days/{day}/results") against a request's, and the shapes of the
// answers every handler shares.

#include <nlohmann/json.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "web_handlers.hpp"

namespace contact::web {

using Params = std::map<std::string, std::string>;

// A request refused because of one form field: 400 {error, field}. (A UserError with a location
// would put "field 'x': " into the message the page shows.)
class Refusal : public std::runtime_error {
 public:
  Refusal(std::string field, const std::string& message)
      : std::runtime_error(message), field_(std::move(field)) {}
  const std::string& field() const noexcept { return field_; }

 private:
  std::string field_;
};

// True when `path` has the pattern's segments; each "{name}" takes one segment into `params`.
// A path equal to the pattern itself (the host already split it) matches with `given` params.
bool match_route(std::string_view pattern, std::string_view path, const Params& given,
                 Params& params);

// The path without a leading "/" or "/api/p/voter-contact/".
std::string relative_path(std::string_view path);

WebAnswer json_answer(const nlohmann::json& body, int status = 200);
// {error, field}: the message to show beside the form field `field` ("" for the whole form).
WebAnswer error_answer(int status, const std::string& message, const std::string& field = "");

}  // namespace contact::web

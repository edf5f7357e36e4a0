#pragma once
// One page of the records a plugin's list command prints, as
// GET /api/plugins/<id>/lists/<command>?offset=&limit= answers it: the columns, the rows from
// `offset` (at most `limit`) and how many there are in all. Only the page's rows are kept, so a
// list of a million voters takes the memory of one page.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "table/list_capture.hpp"

namespace thuky::web {

struct ListWindow {
  static constexpr std::size_t kDefaultLimit = 50;
  static constexpr std::size_t kMaxLimit = 500;
  std::size_t offset = 0;
  std::size_t limit = kDefaultLimit;
};

// A query parameter refused: its name and why.
struct BadParameter {
  std::string name, message;
};

// The window a request's ?offset=&limit= ask for (empty: the default); refused when one is not
// a whole number, or the limit is 0 or above kMaxLimit.
std::variant<ListWindow, BadParameter> list_window(const std::string& offset,
                                                   const std::string& limit);

class ListPage final : public table::ListSink {
 public:
  explicit ListPage(ListWindow window) : window_(window) {}

  void begin(const std::string& what, const std::vector<table::ListColumn>& columns) override;
  void row(const std::vector<std::string>& values) override;

  // Whether the command made a list at all.
  bool printed() const { return printed_; }
  // {"list", "columns": [{key, header, type}], "rows": [[...]], "total", "offset", "limit"}.
  nlohmann::json json() const;

 private:
  ListWindow window_;
  bool printed_ = false;
  std::string what_;
  nlohmann::json columns_ = nlohmann::json::array();
  nlohmann::json rows_ = nlohmann::json::array();
  std::size_t total_ = 0;
};

}  // namespace thuky::web

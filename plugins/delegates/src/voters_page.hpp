#pragma once
// One page of a polling area's voter list for the web pages, searched on the server: a province's
// million voters are never sent to the browser. The area's rows come straight from the
// (day, area, card) index, so a page costs the same in a list of 500 or of a million voters.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "thuky/store.hpp"
#include "voters.hpp"

namespace delegates {

struct VoterPage {
  std::size_t total = 0;  // voters of the area matching the query
  std::vector<Voter> voters;
};

// The name of polling area `area` of the day; nullopt when the day has no such area. (Not the
// whole day from ElectionStore::load: a page must not read 500 areas to show 50 voters.)
std::optional<std::string> polling_area_name(thuky::Store& store, const std::string& day_id,
                                             const std::string& area);

// The voters of `area` (list order) whose name contains `query` with case and diacritics
// ignored ("nguyen van" finds "Nguyễn Văn An"), or whose card number is `query`; every voter
// when `query` is empty. `offset` and `limit` cut the page.
VoterPage voters_page(thuky::Store& store, const std::string& day_id, const std::string& area,
                      const std::string& query, std::size_t offset, std::size_t limit);

}  // namespace delegates

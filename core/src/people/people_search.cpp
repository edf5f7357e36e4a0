// The directory's search for lists that page: the web interface's people table.
#include <SQLiteCpp/Statement.h>

#include "person_row.hpp"
#include "thuky/people.hpp"
#include "thuky/text/names.hpp"

namespace thuky {

namespace {

// `text` for a LIKE pattern: its own % and _ match themselves.
std::string like_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

PeopleDirectory::SearchPage PeopleDirectory::search(const std::string& query, std::size_t offset,
                                                    std::size_t limit) {
  // The name's folded search key is stored, and codes are folded already ("ha-van-hung").
  // A scan of the table: bench/ measures it on a million.
  const std::string pattern = "%" + like_escaped(text::search_key(query)) + "%";
  static constexpr const char* kMatch =
      " WHERE ?1 = '%%' OR search_key LIKE ?1 ESCAPE '\\' OR code LIKE ?1 ESCAPE '\\'";
  SearchPage page;
  SQLite::Statement count(store_.db(), std::string("SELECT count(*) FROM people") + kMatch);
  count.bind(1, pattern);
  if (count.executeStep())
    page.total = static_cast<std::size_t>(count.getColumn(0).getInt64());
  SQLite::Statement q(store_.db(), std::string(kPersonSelect) + kMatch +
                                       " ORDER BY sort_key, id LIMIT ?2 OFFSET ?3");
  q.bind(1, pattern);
  q.bind(2, static_cast<std::int64_t>(limit));
  q.bind(3, static_cast<std::int64_t>(offset));
  while (q.executeStep())
    page.people.push_back(read_person_row(q));
  return page;
}

}  // namespace thuky

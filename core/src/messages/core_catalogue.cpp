#include "messages/core_catalogue.hpp"

#include <span>

#include "messages/input_messages.hpp"
#include "messages/serve_messages.hpp"
#include "people/people_messages.hpp"
#include "table/table_messages.hpp"
#include "text/name_messages.hpp"
#include "thuky/web_messages.hpp"

namespace thuky::messages {

std::vector<MessageText> core_catalogue() {
  std::vector<MessageText> all;
  for (const auto& list : {std::span<const MessageText>(table::msg::kAll),
                           std::span<const MessageText>(msg::kInputMessages),
                           std::span<const MessageText>(msg::kWebMessages),
                           std::span<const MessageText>(msg::kServeMessages),
                           std::span<const MessageText>(people::msg::kAll),
                           std::span<const MessageText>(text::msg::kAll)})
    all.insert(all.end(), list.begin(), list.end());
  return all;
}

}  // namespace thuky::messages

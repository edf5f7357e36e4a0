#pragma once
// Every catalogue of the host in one list (thuky::core_messages()).

#include <vector>

#include "thuky/message.hpp"

namespace thuky::messages {

std::vector<MessageText> core_catalogue();

}  // namespace thuky::messages

#include "thuky/version.hpp"

namespace thuky {

const char* program_version() noexcept {
  return THUKY_VERSION_STRING;
}

}  // namespace thuky

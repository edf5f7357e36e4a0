// Fixture: a shared library that forgot THUKY_PLUGIN(...): no entry symbol. Its constructor
// would leave a marker if the host opened it.
#include "load_marker.hpp"

extern "C" int thuky_fixture_not_an_entry() {
  return 42;
}

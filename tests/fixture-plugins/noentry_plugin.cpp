// Fixture: a shared library that forgot THUKY_PLUGIN(...): no entry symbol.
extern "C" int thuky_fixture_not_an_entry() {
  return 42;
}

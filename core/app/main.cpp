// The `thuky` executable: wiring only; everything lives in the host library.
#include "host_cli.hpp"

int main(int argc, char** argv) {
  return thuky::host::run_host(argc, argv);
}

// The `thuky` executable: wiring only; everything lives in the host library, and the web
// interface (`serve`, `users`) in web/.
#include "host_cli.hpp"
#include "web_commands.hpp"

int main(int argc, char** argv) {
  thuky::web::WebCommands web;
  return thuky::host::run_host(argc, argv, &web);
}

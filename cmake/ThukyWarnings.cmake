# Strict warnings apply to our own targets only (never to the libraries we include).
add_library(thuky_warnings INTERFACE)
target_compile_options(thuky_warnings INTERFACE -Wall -Wextra -Werror)

# THUKY_SDK_VERSION (the plugin SDK major version) and THUKY_SDK_MINOR_VERSION, read from
# core/include/thuky/version.hpp so the number lives in one place. thuky_add_plugin() checks each
# manifest's `sdk` against it; the installed package (thukyConfig.cmake) carries both.
file(STRINGS "${PROJECT_SOURCE_DIR}/core/include/thuky/version.hpp" _thuky_sdk_lines
  REGEX "inline constexpr int kSdk(Minor)?Version = [0-9]+;")
foreach(_line ${_thuky_sdk_lines})
  string(REGEX REPLACE ".*= ([0-9]+);.*" "\\1" _value "${_line}")
  if(_line MATCHES "kSdkMinorVersion")
    set(THUKY_SDK_MINOR_VERSION "${_value}")
  else()
    set(THUKY_SDK_VERSION "${_value}")
  endif()
endforeach()
if(NOT DEFINED THUKY_SDK_VERSION OR NOT DEFINED THUKY_SDK_MINOR_VERSION)
  message(FATAL_ERROR "cannot read kSdkVersion and kSdkMinorVersion from thuky/version.hpp")
endif()
math(EXPR THUKY_SDK_MINOR_VERSION_NEXT "${THUKY_SDK_MINOR_VERSION} + 1")

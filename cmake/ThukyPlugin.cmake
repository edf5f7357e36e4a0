# thuky_add_plugin(<target> MANIFEST <file> SOURCES <src>... [LIBRARIES <lib>...]
#                  [WEB_ASSETS <folder>] [OUTPUT_DIRECTORY <dir>] [NO_INSTALL])
#
# Builds a thuky plugin: a shared module named after the manifest's `id`, placed with a copy of
# its manifest in one directory that `thuky` can search (THUKY_PLUGIN_PATH or `plugins.paths`).
# Used for the bundled plugins and, through find_package(thuky), for plugins built out of tree.
# WEB_ASSETS: the folder of the plugin's own web pages, placed beside the manifest under the
# name its `[web] assets` gives (plugins share one directory: name it after the plugin).
include_guard(GLOBAL)

function(_thuky_manifest_value manifest key out_var)
  file(STRINGS "${manifest}" _line REGEX "^[ \t]*${key}[ \t]*=" LIMIT_COUNT 1)
  if(NOT _line)
    message(FATAL_ERROR "${manifest}: missing top-level key '${key}'")
  endif()
  string(REGEX REPLACE "^[^=]*=[ \t]*\"?([^\"#]*)\"?.*$" "\\1" _value "${_line}")
  string(STRIP "${_value}" _value)
  set(${out_var} "${_value}" PARENT_SCOPE)
endfunction()

function(thuky_add_plugin target)
  cmake_parse_arguments(ARG "NO_INSTALL" "MANIFEST;OUTPUT_DIRECTORY;WEB_ASSETS" "SOURCES;LIBRARIES"
    ${ARGN})
  if(NOT ARG_MANIFEST OR NOT ARG_SOURCES)
    message(FATAL_ERROR "thuky_add_plugin(${target}): MANIFEST and SOURCES are required")
  endif()
  get_filename_component(_manifest "${ARG_MANIFEST}" ABSOLUTE)
  _thuky_manifest_value("${_manifest}" id _id)
  # The host refuses a plugin whose manifest names another SDK: say so now, not at run time.
  _thuky_manifest_value("${_manifest}" sdk _sdk)
  if(DEFINED THUKY_SDK_VERSION AND NOT _sdk STREQUAL THUKY_SDK_VERSION)
    message(FATAL_ERROR "${_manifest}: sdk = ${_sdk}, but this thuky provides plugin SDK "
      "${THUKY_SDK_VERSION}; port the plugin to SDK ${THUKY_SDK_VERSION} and set "
      "sdk = ${THUKY_SDK_VERSION} in its manifest")
  endif()
  if(NOT ARG_OUTPUT_DIRECTORY)
    if(DEFINED THUKY_PLUGIN_OUTPUT_DIR)
      set(ARG_OUTPUT_DIRECTORY "${THUKY_PLUGIN_OUTPUT_DIR}")
    else()
      set(ARG_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/plugins")
    endif()
  endif()

  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE thuky::core ${ARG_LIBRARIES})
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "${_id}"
    LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIRECTORY}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy_if_different "${_manifest}"
            "${ARG_OUTPUT_DIRECTORY}/${_id}.plugin.toml"
    COMMENT "Placing manifest of plugin '${_id}'" VERBATIM)
  # Relink (and so copy the manifest again) when only the manifest changed.
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${_manifest}")
  set_property(TARGET ${target} APPEND PROPERTY ADDITIONAL_CLEAN_FILES
               "${ARG_OUTPUT_DIRECTORY}/${_id}.plugin.toml")

  if(ARG_WEB_ASSETS)
    get_filename_component(_assets_source "${ARG_WEB_ASSETS}" ABSOLUTE)
    _thuky_manifest_value("${_manifest}" assets _assets)
    file(GLOB_RECURSE _asset_files CONFIGURE_DEPENDS "${_assets_source}/*")
    add_custom_command(OUTPUT "${ARG_OUTPUT_DIRECTORY}/${_assets}.stamp"
      COMMAND ${CMAKE_COMMAND} -E remove_directory "${ARG_OUTPUT_DIRECTORY}/${_assets}"
      COMMAND ${CMAKE_COMMAND} -E copy_directory "${_assets_source}"
              "${ARG_OUTPUT_DIRECTORY}/${_assets}"
      COMMAND ${CMAKE_COMMAND} -E touch "${ARG_OUTPUT_DIRECTORY}/${_assets}.stamp"
      DEPENDS ${_asset_files}
      COMMENT "Placing web pages of plugin '${_id}'" VERBATIM)
    add_custom_target(${target}_web DEPENDS "${ARG_OUTPUT_DIRECTORY}/${_assets}.stamp")
    add_dependencies(${target} ${target}_web)
  endif()

  if(NOT ARG_NO_INSTALL AND DEFINED THUKY_PLUGIN_SUBDIR)
    install(TARGETS ${target} LIBRARY DESTINATION "${THUKY_PLUGIN_SUBDIR}")
    install(FILES "${_manifest}" DESTINATION "${THUKY_PLUGIN_SUBDIR}" RENAME "${_id}.plugin.toml")
    if(ARG_WEB_ASSETS)
      install(DIRECTORY "${_assets_source}/" DESTINATION "${THUKY_PLUGIN_SUBDIR}/${_assets}")
    endif()
  endif()
endfunction()

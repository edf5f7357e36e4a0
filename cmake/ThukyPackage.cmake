# Installs the SDK as a CMake package: find_package(thuky) gives thuky::core and thuky_add_plugin().
include(CMakePackageConfigHelpers)

install(TARGETS thuky_core EXPORT thukyTargets
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  FILE_SET HEADERS DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS thuky RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(EXPORT thukyTargets NAMESPACE thuky:: DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/thuky")
install(FILES config/thuky.toml DESTINATION "${CMAKE_INSTALL_DATADIR}/thuky")

configure_package_config_file(cmake/thukyConfig.cmake.in
  "${PROJECT_BINARY_DIR}/thukyConfig.cmake"
  INSTALL_DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/thuky")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/thukyConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/thukyConfig.cmake"
  "${PROJECT_BINARY_DIR}/thukyConfigVersion.cmake"
  cmake/ThukyPlugin.cmake
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/thuky")

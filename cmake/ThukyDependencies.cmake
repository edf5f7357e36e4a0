# Every dependency is a Debian 12 package; scripts/install-deps.sh installs them.
find_package(Boost 1.74 REQUIRED)            # Boost.DLL is header-only
find_package(tomlplusplus 3 REQUIRED)
find_package(SQLiteCpp REQUIRED)
find_package(CLI11 2 REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
# The configured fonts' character maps, to refuse text they cannot print where it is entered.
find_package(Freetype REQUIRED)

find_path(HPDF_INCLUDE_DIR hpdf.h REQUIRED)
find_library(HPDF_LIBRARY hpdf REQUIRED)
add_library(thuky_hpdf INTERFACE)
target_include_directories(thuky_hpdf SYSTEM INTERFACE "${HPDF_INCLUDE_DIR}")
target_link_libraries(thuky_hpdf INTERFACE "${HPDF_LIBRARY}")

# Table files: .xlsx is a zip of XML parts (libzip + expat read it), libxlsxwriter writes it.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
find_package(EXPAT REQUIRED)
add_library(thuky_table_libs INTERFACE)
target_link_libraries(thuky_table_libs INTERFACE PkgConfig::LIBZIP PkgConfig::XLSXWRITER EXPAT::EXPAT)

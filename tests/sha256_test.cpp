// The SDK's one SHA-256 (thuky/sha256.hpp): the FIPS 180-2 vectors, for bytes and for a file
// read in several blocks.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "thuky/error.hpp"
#include "thuky/sha256.hpp"

namespace {

TEST(Sha256, EmptyBytes) {
  const std::string expected = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  EXPECT_EQ(thuky::sha256_hex(""), expected);
}

TEST(Sha256, Abc) {
  const std::string expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  EXPECT_EQ(thuky::sha256_hex("abc"), expected);
}

TEST(Sha256, FileLargerThanTheReadBufferIsStreamedWhole) {
  // One million 'a' (the FIPS vector): about 15 blocks of the 64 KiB buffer, the last partial.
  const auto file = std::filesystem::temp_directory_path() / "thuky_sha256_million_a.bin";
  {
    std::ofstream out(file, std::ios::binary);
    out << std::string(1'000'000, 'a');
  }
  const std::string expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  EXPECT_EQ(thuky::sha256_hex_of_file(file), expected);
  EXPECT_EQ(thuky::sha256_hex(std::string(1'000'000, 'a')), expected);
  std::filesystem::remove(file);
}

TEST(Sha256, EmptyFile) {
  const auto file = std::filesystem::temp_directory_path() / "thuky_sha256_empty.bin";
  std::ofstream(file, std::ios::binary).close();
  const std::string expected = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  EXPECT_EQ(thuky::sha256_hex_of_file(file), expected);
  std::filesystem::remove(file);
}

TEST(Sha256, MissingFileIsAUserErrorNamingIt) {
  const auto file = std::filesystem::temp_directory_path() / "thuky_sha256_missing.bin";
  std::filesystem::remove(file);
  const std::string expected = file.string() + ": cannot be read";
  try {
    thuky::sha256_hex_of_file(file);
    FAIL() << "no error";
  } catch (const thuky::UserError& e) {
    EXPECT_EQ(std::string(e.what()), expected);
  }
}

}  // namespace

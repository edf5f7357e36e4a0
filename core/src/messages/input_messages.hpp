#pragma once
// The catalogue of the messages about a file a user wrote (thuky/message.hpp): its encoding
// and, for TOML files (a meeting, an election, a plan), its syntax and the keys each reader
// asks for. "Mục" is what a page calls a key.

#include "thuky/message.hpp"

namespace thuky::msg {

// --- Text encoding ----------------------------------------------------------------------------
inline constexpr MessageText kLegacyText{
    "input.legacy_text",
    "the text seems to be in a legacy Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258); "
    "convert it to Unicode and save it as UTF-8 (e.g. with UniKey's converter)",
    "văn bản có vẻ được gõ bằng bảng mã cũ (TCVN3/ABC, VNI hoặc Windows-1258); hãy chuyển sang "
    "Unicode và lưu dạng UTF-8 (ví dụ bằng công cụ chuyển mã của UniKey)"};
inline constexpr MessageText kInvalidUtf8{"input.invalid_utf8",
                                          "invalid UTF-8 (byte 0x{byte}): {hint}",
                                          "không phải chữ UTF-8 (byte 0x{byte}): {hint}"};

// --- TOML -------------------------------------------------------------------------------------
inline constexpr MessageText kTomlSyntax{"toml.syntax", "TOML syntax error: {detail}",
                                         "tệp viết sai cú pháp TOML ({detail})"};
inline constexpr MessageText kRequiredKey{"toml.required_key", "required key '{key}' is missing",
                                          "thiếu mục bắt buộc “{key}”"};
inline constexpr MessageText kNulCharacter{"toml.nul_character",
                                           "contains a NUL character (\\u0000); remove it",
                                           "có ký tự NUL (\\u0000); hãy xóa ký tự này"};
inline constexpr MessageText kExpectedString{
    "toml.expected_string", "expected a string",
    "cần một đoạn chữ đặt trong dấu ngoặc kép, như \"Hội nghị\""};
inline constexpr MessageText kMustNotBeEmpty{"toml.must_not_be_empty", "must not be empty",
                                             "không được để trống"};
inline constexpr MessageText kExpectedStrings{"toml.expected_strings",
                                              "expected an array of strings",
                                              "cần một danh sách các đoạn chữ, như [\"a\", \"b\"]"};
inline constexpr MessageText kIdentifier{
    "toml.identifier", "use lower-case letters, digits and '-' (e.g. {example})",
    "chỉ dùng chữ thường không dấu, chữ số và dấu '-' (ví dụ {example})"};
inline constexpr MessageText kWholeNumberFrom{"toml.whole_number_from",
                                              "expected a whole number, {min} or more",
                                              "cần một số nguyên từ {min} trở lên"};
inline constexpr MessageText kWholeNumberRange{"toml.whole_number_range",
                                               "expected a whole number from {min} to {max}",
                                               "cần một số nguyên từ {min} đến {max}"};
inline constexpr MessageText kBoolean{"toml.boolean", "expected true or false",
                                      "cần true (có) hoặc false (không)"};
inline constexpr MessageText kNotRealDate{"toml.not_real_date", "not a real date",
                                          "ngày này không có trên lịch"};
inline constexpr MessageText kExpectedDate{
    "toml.expected_date", "expected a date like 2026-03-15 (year-month-day, without quotes)",
    "cần một ngày viết như 2026-03-15 (năm-tháng-ngày, không đặt trong dấu ngoặc kép)"};
inline constexpr MessageText kExpectedDates{"toml.expected_dates", "expected an array of dates",
                                            "cần một danh sách ngày"};
inline constexpr MessageText kExpectedDatesLike{
    "toml.expected_dates_like", "expected an array of dates like [2026-03-15, 2026-03-16]",
    "cần một danh sách ngày viết như [2026-03-15, 2026-03-16]"};
inline constexpr MessageText kExpectedDateTime{"toml.expected_date_time",
                                               "expected a date and time like 2020-09-15T08:00:00",
                                               "cần ngày và giờ viết như 2020-09-15T08:00:00"};
inline constexpr MessageText kRequiredTable{
    "toml.required_table", "required table [{key}] is missing", "thiếu bảng bắt buộc [{key}]"};
inline constexpr MessageText kExpectedTable{"toml.expected_table", "expected a table",
                                            "cần một bảng, như [tên] hoặc {{ … }}"};
inline constexpr MessageText kRequiredTables{"toml.required_tables",
                                             "required [[{key}]] tables are missing",
                                             "thiếu các bảng [[{key}]] bắt buộc"};
inline constexpr MessageText kExpectedTables{"toml.expected_tables", "expected [[{key}]] tables",
                                             "cần các bảng [[{key}]]"};

inline constexpr MessageText kInputMessages[] = {
    kLegacyText,        kInvalidUtf8,      kTomlSyntax,      kRequiredKey,   kNulCharacter,
    kExpectedString,    kMustNotBeEmpty,   kExpectedStrings, kIdentifier,    kWholeNumberFrom,
    kWholeNumberRange,  kBoolean,          kNotRealDate,     kExpectedDate,  kExpectedDates,
    kExpectedDatesLike, kExpectedDateTime, kRequiredTable,   kExpectedTable, kRequiredTables,
    kExpectedTables};

}  // namespace thuky::msg

#pragma once
// What every message catalogue must be (thuky/message.hpp), for the host's and each plugin's
// tests: unique ids, the Vietnamese using only the values the English is given, NFC, both
// languages formatting, and Vietnamese words where the English has words.

#include <gtest/gtest.h>

#include <set>
#include <span>
#include <string>
#include <vector>

#include "thuky/message.hpp"
#include "thuky/text/normalize.hpp"

namespace thuky::test {

// Letters only Vietnamese writes: a "translation" left in English has none of them.
inline bool has_vietnamese_letters(const std::string& text) {
  for (const char* letter :
       {"ạ", "ả", "ấ", "ầ", "ậ", "ắ", "ằ", "ặ", "ẻ", "ế", "ề", "ệ", "ể", "ỉ", "ị", "ọ", "ỏ", "ố",
        "ồ", "ộ", "ổ", "ớ", "ờ", "ợ", "ở", "ụ", "ủ", "ứ", "ừ", "ự", "ử", "ỳ", "ỷ", "đ", "ơ", "ư",
        "ă", "â", "ê", "ô", "à", "á", "è", "é", "ì", "í", "ò", "ó", "ù", "ú", "ã", "õ"}) {
    if (text.find(letter) != std::string::npos)
      return true;
  }
  return false;
}

inline void check_catalogue(std::span<const MessageText> all) {
  std::set<std::string> ids;
  for (const MessageText& text : all) {
    SCOPED_TRACE(text.id);
    EXPECT_TRUE(ids.insert(text.id).second) << "id used twice";
    const std::vector<std::string> english = message_placeholders(text.english);
    const std::set<std::string> given(english.begin(), english.end());
    for (const std::string& name : message_placeholders(text.vietnamese))
      EXPECT_TRUE(given.count(name)) << "'" << name << "' is not in the English";
    EXPECT_EQ(text::to_nfc(text.vietnamese), text.vietnamese) << "not NFC";
    std::vector<MessageArg> args;
    for (const std::string& name : english)
      args.emplace_back(name, "x");
    const Message message(text, args);
    EXPECT_NO_THROW(message.english());
    EXPECT_NO_THROW(message.vietnamese());
    // Entries made only of values ("{place}: {problem}") have no words to translate.
    std::string words = text.english;
    for (std::size_t open; (open = words.find('{')) != std::string::npos;)
      words.erase(open, words.find('}', open) - open + 1);
    if (words.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
      EXPECT_TRUE(has_vietnamese_letters(text.vietnamese))
          << "the Vietnamese looks untranslated: " << text.vietnamese;
    }
  }
}

}  // namespace thuky::test

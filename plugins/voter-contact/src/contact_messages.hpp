#pragma once
// The catalogue of the voter-contact plugin's messages about opinions (thuky/message.hpp): the
// command line prints the English, the opinions page the Vietnamese.

#include "thuky/message.hpp"

namespace contact::msg {

using thuky::MessageText;

inline constexpr MessageText kNotALocality{"contact.not_a_locality",
                                           "'{text}' is not a locality of plan '{plan}'",
                                           "“{text}” không phải là xã, phường của kế hoạch này"};
inline constexpr MessageText kSayWhichGroup{
    "contact.say_which_group", "{count} groups visit {locality}: say which one",
    "{count} tổ đại biểu tiếp xúc cử tri tại {locality}: hãy ghi rõ tổ nào"};
inline constexpr MessageText kNoGroupVisits{"contact.no_group_visits",
                                            "no group visits {locality} in plan '{plan}'",
                                            "kế hoạch không có tổ đại biểu nào đến {locality}"};
inline constexpr MessageText kNotAGroup{"contact.not_a_group",
                                        "'{text}' is not a group of plan '{plan}'",
                                        "“{text}” không phải là tổ đại biểu của kế hoạch này"};
inline constexpr MessageText kGroupDoesNotVisit{"contact.group_does_not_visit",
                                                "{group} does not visit {locality}",
                                                "{group} không tiếp xúc cử tri tại {locality}"};
inline constexpr MessageText kNotACompetence{
    "contact.not_a_competence",
    "'{text}' is not a competence (write trung ương, tỉnh or xã; or central, provincial, commune)",
    "“{text}” không phải là thẩm quyền (ghi trung ương, tỉnh hoặc xã)"};
inline constexpr MessageText kContentRequired{"contact.content_required",
                                              "what did the voter say? The content is required",
                                              "cử tri nêu ý kiến gì? Hãy ghi nội dung ý kiến"};

inline constexpr MessageText kAll[] = {kNotALocality,   kSayWhichGroup,     kNoGroupVisits,
                                       kNotAGroup,      kGroupDoesNotVisit, kNotACompetence,
                                       kContentRequired};

}  // namespace contact::msg

#pragma once
// The body that issues the round's papers (the plan, the notices, the reports): its Decree 30
// header, its signature and "Nơi nhận", as the plan's [document] gives them.

#include <string>

#include "plan.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/settings.hpp"

namespace contact {

// "05/KH-HĐND"; a number not given yet leaves room to write it by hand, as a printed form does:
// "        /KH-HĐND". One rule for every paper of the plugin.
std::string paper_number(std::string number, const std::string& symbol);
// "Số: 05/KH-HĐND", "Số:        /KH-HĐND".
std::string number_line(const std::string& number, const std::string& symbol);

// The symbol of the issuer's paper of `type` ("KH", "TB", "BC"): "TB-HĐND".
std::string paper_symbol(const Plan& plan, const thuky::Settings& s, const std::string& type);

// The header of a paper the plan's issuer signs: `type` ("KH", "TB", "BC") in the number's
// symbol; an empty `number` leaves room to write it. The plan's own header lines only: the
// workspace's [organisation] lines stand in when the plan names no issuer at all (they may be
// another body's, such as the Front's).
thuky::doc::HeaderBlock issuer_header(const Plan& plan, const thuky::Settings& s,
                                      const std::string& type, std::string number,
                                      const Date& issued);

// The signature of the plan's signer. A deputy signing for the head of a collective body gets
// the "KT." line (Decree 30): "TM. THƯỜNG TRỰC HĐND" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
thuky::doc::Signature issuer_signature(const PlanDocument& document);

// "Nơi nhận" (the plan's recipients as written, each of `also` the plan does not name already
// in its place by authority (recipients.hpp), then "- Lưu: VT.") and the plan's signer.
void issuer_closing(thuky::doc::Document& doc, const Plan& plan,
                    const std::vector<std::string>& also = {});

// The names the round's papers print, kept whole on a line: every delegate and every locality.
void keep_names(thuky::doc::Document& doc, const Plan& plan);

}  // namespace contact

#pragma once
// The plan (kế hoạch) of a round as a Decree 30 document with its schedule table.

#include <filesystem>

#include "plan.hpp"
#include "schedule_rows.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/settings.hpp"

namespace contact {

// The header of a paper the plan's issuer signs (the plan, the summary report): `type` ("KH",
// "BC") in the number's symbol; an empty `number` leaves room to write it by hand.
thuky::doc::HeaderBlock issuer_header(const Plan& plan, const thuky::Settings& s,
                                      const std::string& type, std::string number,
                                      const Date& issued);

// "Nơi nhận" (the plan's recipients, "- Lưu: VT.") and the plan's signer.
void issuer_closing(thuky::doc::Document& doc, const Plan& plan);

void write_plan_document(const Plan& plan, const ScheduleRows& rows, const thuky::Settings& s,
                         const std::filesystem::path& file);

}  // namespace contact

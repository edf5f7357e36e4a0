// The signature of the plan's issuer on its own (no store).
#include <gtest/gtest.h>

#include "issuer.hpp"

namespace contact {
namespace {

TEST(ContactIssuer, ADeputySignsForTheHeadWithOneSpaceAfterKT) {
  PlanDocument d;
  d.signer_authority = "TM. THƯỜNG TRỰC HĐND";
  d.signer_title = "PHÓ CHỦ TỊCH";
  d.signer_name = "Trần Văn Hải";
  const thuky::doc::Signature s = issuer_signature(d);
  const std::string authority = "TM. THƯỜNG TRỰC HĐND\nKT. CHỦ TỊCH";
  EXPECT_EQ(s.authority, authority);
  EXPECT_EQ(s.title, d.signer_title);
}

TEST(ContactIssuer, AnAuthorityThatSaysKTIsKept) {
  PlanDocument d;
  d.signer_authority = "KT. CHỦ TỊCH";
  d.signer_title = "PHÓ CHỦ TỊCH";
  const std::string authority = "KT. CHỦ TỊCH";
  EXPECT_EQ(issuer_signature(d).authority, authority);
}

}  // namespace
}  // namespace contact

// The page footer: its text on every page with the page numbers, and a QR code that reads back
// as the code libqrencode makes of the same text.
#include <gtest/gtest.h>
#include <qrencode.h>

#include <memory>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/error.hpp"

namespace thuky::doc {
namespace {

using test::quoted;
using test::shell;

std::filesystem::path three_pages(const test::TempDir& dir, const PageFooter& footer,
                                  PageSetup page = {}) {
  Document d(Settings{}, {.title = "t", .author = "", .subject = "", .created_epoch = {}}, page);
  auto table = d.table({{"STT", 1}, {"Nội dung", 4}});
  for (int i = 1; i <= 70; ++i)
    table.row({std::to_string(i), "Dòng số " + std::to_string(i)});
  table.finish();
  d.footer(footer);
  const auto file = dir.path() / "footer.pdf";
  d.save(file);
  return file;
}

TEST(DocFooter, TextOnEveryPageWithPageOfPages) {
  test::TempDir dir;
  const auto file = three_pages(dir, {"Mã kiểm tra: K7QM-2XD4 - trang {page}/{pages}", ""});
  for (int page = 1; page <= 3; ++page) {
    const auto r = shell("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) +
                         " -raw " + quoted(file) + " - | tail -n 2");
    EXPECT_EQ(r.out, "Mã kiểm tra: K7QM-2XD4 - trang " + std::to_string(page) + "/3\n\f") << page;
  }
  EXPECT_EQ(shell("pdfinfo " + quoted(file) + " | awk '/^Pages:/ {print $2}'").out, "3\n");
}

TEST(DocFooter, QrCodeReadsBackModuleForModule) {
  test::TempDir dir;
  const std::string code = "K7QM2XD49TBA";
  const auto file = three_pages(dir, {"Mã kiểm tra", code});
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
      QRcode_encodeString8bit(code.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
  ASSERT_TRUE(qr);
  for (int page_number : {1, 3}) {
    const test::GreyImage page = test::render_page(file, page_number, 600);
    // The code's bounding box: the dark pixels in the bottom margin's right half.
    const int band_top = page.height - static_cast<int>(20 / 25.4 * 600);
    int x0 = page.width, x1 = -1, y0 = page.height, y1 = -1;
    for (int y = band_top; y < page.height; ++y) {
      for (int x = page.width / 2; x < page.width; ++x) {
        if (page.pixels[static_cast<std::size_t>(y * page.width + x)] < 128) {
          x0 = std::min(x0, x);
          x1 = std::max(x1, x);
          y0 = std::min(y0, y);
          y1 = std::max(y1, y);
        }
      }
    }
    ASSERT_GT(x1, x0) << "no QR code on page " << page_number;
    EXPECT_NEAR(x1 - x0, y1 - y0, 3);  // square
    const double module = (x1 - x0 + 1) / static_cast<double>(qr->width);
    int wrong = 0;
    for (int row = 0; row < qr->width; ++row) {
      for (int col = 0; col < qr->width; ++col) {
        const int x = x0 + static_cast<int>((col + 0.5) * module);
        const int y = y0 + static_cast<int>((row + 0.5) * module);
        const bool dark = page.pixels[static_cast<std::size_t>(y * page.width + x)] < 128;
        wrong += dark != ((qr->data[row * qr->width + col] & 1) != 0);
      }
    }
    EXPECT_EQ(wrong, 0) << "page " << page_number;
  }
}

TEST(DocFooter, NarrowBottomMarginIsAnErrorNamingIt) {
  test::TempDir dir;
  PageSetup page;
  page.margin_bottom_mm = 13;
  try {
    three_pages(dir, {"x", "K7QM"}, page);
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_STREQ(e.what(),
                 "the bottom margin (13 mm) leaves no room for the page footer's QR code: at "
                 "least 14 mm");
  }
}

}  // namespace
}  // namespace thuky::doc

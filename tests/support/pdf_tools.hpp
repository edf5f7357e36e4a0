#pragma once
// Looking into PDFs the way a reader's tools do: poppler's pdftotext/pdftoppm and qpdf.

#include <filesystem>
#include <string>
#include <vector>

namespace thuky::test {

struct ShellResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `command` with /bin/sh; arguments must already be quoted.
ShellResult shell(const std::string& command);

std::string quoted(const std::filesystem::path& path);

struct PdfWord {
  int page = 0;                                       // 1-based
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // points, origin top left
  std::string text;
};

struct PdfLayout {
  double page_width = 0;
  double page_height = 0;
  std::vector<PdfWord> words;
  std::vector<PdfWord> on_page(int page) const;
  int pages = 0;
};

// Every word with its box, from `pdftotext -bbox`.
PdfLayout pdf_words(const std::filesystem::path& pdf);

// A run of text in one font, as poppler's `pdftohtml -xml` gives it: its page, where it
// starts (pixels at 72 dpi × 1.5, origin top left) and whether its font is bold or italic.
struct PdfRun {
  int page = 0;
  int top = 0, left = 0;
  std::string text;
  bool bold = false, italic = false;
};
std::vector<PdfRun> pdf_runs(const std::filesystem::path& pdf);

// Page `page` as an 8-bit grey image (pdftoppm -gray), `dpi` dots per inch.
struct GreyImage {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> pixels;
};
GreyImage render_page(const std::filesystem::path& pdf, int page, int dpi);
GreyImage read_pgm(const std::filesystem::path& file);
void write_pgm(const GreyImage& image, const std::filesystem::path& file);

}  // namespace thuky::test

#include "support/pdf_tools.hpp"

#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "support/test_support.hpp"

namespace thuky::test {

std::string quoted(const std::filesystem::path& path) {
  std::string out = "'";
  for (char c : path.string())
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

ShellResult shell(const std::string& command) {
  TempDir io;
  const std::string full = command + " >" + quoted(io / "out") + " 2>" + quoted(io / "err");
  const int status = std::system(full.c_str());
  ShellResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(io / "out");
  r.err = read_file(io / "err");
  return r;
}

std::vector<PdfWord> PdfLayout::on_page(int page) const {
  std::vector<PdfWord> out;
  for (const auto& w : words) {
    if (w.page == page)
      out.push_back(w);
  }
  return out;
}

PdfLayout pdf_words(const std::filesystem::path& pdf) {
  const ShellResult r = shell("pdftotext -bbox " + quoted(pdf) + " -");
  if (r.exit_code != 0)
    throw std::runtime_error("pdftotext -bbox failed: " + r.err);
  PdfLayout layout;
  static const std::regex page_re(R"re(<page width="([\d.]+)" height="([\d.]+)">)re");
  static const std::regex word_re(
      R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>)re");
  std::istringstream in(r.out);
  std::smatch m;
  for (std::string line; std::getline(in, line);) {
    if (std::regex_search(line, m, page_re)) {
      ++layout.pages;
      layout.page_width = std::stod(m[1]);
      layout.page_height = std::stod(m[2]);
    } else if (std::regex_search(line, m, word_re)) {
      layout.words.push_back(
          {layout.pages, std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), m[5]});
    }
  }
  return layout;
}

std::vector<PdfRun> pdf_runs(const std::filesystem::path& pdf) {
  const ShellResult r = shell("pdftohtml -xml -i -stdout " + quoted(pdf));
  if (r.exit_code != 0)
    throw std::runtime_error("pdftohtml -xml failed: " + r.err);
  static const std::regex page_re(R"re(<page number="(\d+)")re");
  static const std::regex run_re(R"re(<text top="(\d+)" left="(\d+)"[^>]*>(.*)</text>)re");
  static const std::regex tag_re("</?[bia][^>]*>");
  std::vector<PdfRun> runs;
  int page = 0;
  std::istringstream in(r.out);
  std::smatch m;
  for (std::string line; std::getline(in, line);) {
    if (std::regex_search(line, m, page_re)) {
      page = std::stoi(m[1]);
    } else if (std::regex_search(line, m, run_re)) {
      const std::string inner = m[3];
      std::string text = std::regex_replace(inner, tag_re, "");
      for (const auto& [entity, c] :
           {std::pair{"&quot;", "\""}, std::pair{"&#39;", "'"}, std::pair{"&lt;", "<"},
            std::pair{"&gt;", ">"}, std::pair{"&amp;", "&"}}) {
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
          text.replace(at, std::string(entity).size(), c);
      }
      runs.push_back({page, std::stoi(m[1]), std::stoi(m[2]), text,
                      inner.find("<b>") != std::string::npos,
                      inner.find("<i>") != std::string::npos});
    }
  }
  return runs;
}

GreyImage read_pgm(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string magic;
  int max = 0;
  GreyImage image;
  in >> magic >> image.width >> image.height >> max;
  in.get();
  if (magic != "P5" || max != 255)
    throw std::runtime_error("not an 8-bit PGM: " + file.string());
  image.pixels.resize(static_cast<std::size_t>(image.width) *
                      static_cast<std::size_t>(image.height));
  in.read(reinterpret_cast<char*>(image.pixels.data()),
          static_cast<std::streamsize>(image.pixels.size()));
  return image;
}

void write_pgm(const GreyImage& image, const std::filesystem::path& file) {
  std::ofstream out(file, std::ios::binary);
  out << "P5\n" << image.width << ' ' << image.height << "\n255\n";
  out.write(reinterpret_cast<const char*>(image.pixels.data()),
            static_cast<std::streamsize>(image.pixels.size()));
}

GreyImage render_page(const std::filesystem::path& pdf, int page, int dpi) {
  TempDir dir;
  const std::string p = std::to_string(page);
  const ShellResult r = shell("pdftoppm -gray -r " + std::to_string(dpi) + " -f " + p + " -l " + p +
                              " -singlefile " + quoted(pdf) + " " + quoted(dir / "page"));
  if (r.exit_code != 0)
    throw std::runtime_error("pdftoppm failed: " + r.err);
  return read_pgm(dir / "page.pgm");
}

}  // namespace thuky::test

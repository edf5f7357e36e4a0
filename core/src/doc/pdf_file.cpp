#include "doc/pdf_file.hpp"

#include "doc/glyph_widths.hpp"

#include <fmt/format.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <unicode/utf8.h>

#include <ctime>
#include <memory>
#include <stdexcept>

#include "atomic_file.hpp"
#include "audit/host_audit_log.hpp"
#include "output_files.hpp"
#include "staged_outputs.hpp"
#include "thuky/error.hpp"
#include "thuky/output.hpp"

namespace thuky::doc {

// libharu reports errors through a callback; it is C code, so nothing may be thrown across
// it: the callback records the error and check() throws after the call returns.
void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* file = static_cast<PdfFile*>(user);
  if (file->error_ == HPDF_OK) {
    file->error_ = error;
    file->error_detail_ = detail;
  }
}

namespace {

const char* file_of(const FontSettings& f, FontStyle style) {
  switch (style) {
    case FontStyle::kRegular:
      return f.regular.c_str();
    case FontStyle::kBold:
      return f.bold.c_str();
    case FontStyle::kItalic:
      return f.italic.c_str();
    case FontStyle::kBoldItalic:
      return f.bold_italic.c_str();
  }
  return f.regular.c_str();
}

// libharu 2.3.0 gives a UTF-8 font the encoding CMap as its ToUnicode map: a `cidrange`, which
// is not allowed there, so poppler warns and copy/search may fail. With the UTF-8 encoder the
// character codes are the Unicode code points of the BMP, so the right ToUnicode map is the
// identity; written as 255 ranges of 256 codes (a bfrange may not cross a high byte), without
// the surrogates.
std::string identity_to_unicode_cmap() {
  std::string ranges;
  int count = 0;
  std::string blocks;
  for (int high = 0; high <= 0xFF; ++high) {
    if (high >= 0xD8 && high <= 0xDF)
      continue;  // UTF-16 surrogates are not characters
    ranges += fmt::format("<{0:02X}00> <{0:02X}FF> <{0:02X}00>\n", high);
    if (++count == 100) {  // at most 100 entries per block
      blocks += fmt::format("{} beginbfrange\n{}endbfrange\n", count, ranges);
      ranges.clear();
      count = 0;
    }
  }
  if (count > 0)
    blocks += fmt::format("{} beginbfrange\n{}endbfrange\n", count, ranges);
  return "/CIDInit /ProcSet findresource begin\n"
         "12 dict begin\n"
         "begincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
         "/CMapName /Adobe-Identity-UCS def\n"
         "/CMapType 2 def\n"
         "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
         blocks +
         "endcmap\n"
         "CMapName currentdict /CMap defineresource pop\n"
         "end\n"
         "end\n";
}

}  // namespace

PdfFile::PdfFile(const FontSettings& fonts) : settings_(fonts) {
  pdf_ = HPDF_New(&record_error, this);
  if (!pdf_)
    throw std::runtime_error("libharu could not create a document");
  HPDF_UseUTFEncodings(pdf_);
  HPDF_SetCurrentEncoder(pdf_, "UTF-8");
  HPDF_SetCompressionMode(pdf_, HPDF_COMP_ALL);
  check("setting up the document");
}

PdfFile::~PdfFile() {
  if (pdf_)
    HPDF_Free(pdf_);
}

void PdfFile::check(const char* what) {
  if (error_ == HPDF_OK)
    return;
  const auto error = error_;
  const auto detail = error_detail_;
  error_ = HPDF_OK;
  HPDF_ResetError(pdf_);
  throw std::runtime_error(fmt::format("libharu failed while {}: error 0x{:04X} (detail {})", what,
                                       static_cast<unsigned>(error), detail));
}

HPDF_Font PdfFile::font(FontStyle style) {
  HPDF_Font& slot = fonts_[static_cast<std::size_t>(style)];
  if (slot)
    return slot;
  // Loaded on first use: every loaded font is embedded, used or not.
  const std::filesystem::path path = settings_.dir / file_of(settings_, style);
  if (!std::filesystem::is_regular_file(path)) {
    throw UserError(fmt::format(
        "font file '{}' not found: install the Debian package fonts-liberation2, or set "
        "[fonts] dir and file names in thuky.toml",
        path.string()));
  }
  const char* name = HPDF_LoadTTFontFromFile(pdf_, path.c_str(), HPDF_TRUE);
  check(fmt::format("loading font '{}'", path.string()).c_str());
  slot = HPDF_GetFont(pdf_, name, "UTF-8");
  check("selecting a font");
  return slot;
}

double PdfFile::glyph_units(std::string_view text, FontStyle style) {
  // Widths per code point, looked up once per font file and process (GlyphWidths).
  GlyphWidths*& widths = widths_[static_cast<std::size_t>(style)];
  if (!widths)
    widths = &GlyphWidths::of(settings_.dir / file_of(settings_, style));
  HPDF_FontDef def = nullptr;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  double units = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0)
      throw UserError("text to print is not valid UTF-8");
    if (c < 0x20)
      continue;
    if (const std::int16_t known = widths->get(static_cast<std::uint32_t>(c));
        known != GlyphWidths::kUnknown) {
      units += known;
      continue;
    }
    if (!def)
      def = static_cast<HPDF_FontAttr>(font(style)->attr)->fontdef;
    if (c > 0xFFFF || HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(c)) == 0) {
      throw UserError(
          fmt::format("font '{}' has no glyph for U+{:04X}, which the document needs; "
                      "choose another font in [fonts] of thuky.toml or remove the "
                      "character",
                      file_of(settings_, style), static_cast<unsigned>(c)));
    }
    // The same per-character width libharu's own HPDF_Font_TextWidth sums.
    const auto w = HPDF_TTFontDef_GetCharWidth(def, static_cast<HPDF_UINT16>(c));
    widths->set(static_cast<std::uint32_t>(c), static_cast<std::int16_t>(w));
    units += w;
  }
  return units;
}

double PdfFile::text_width(std::string_view text, FontStyle style, double size) {
  if (text.empty())
    return 0;
  return glyph_units(text, style) * size / 1000.0;
}

void PdfFile::set_line_width(HPDF_Page page, double width) {
  if (width == line_width_)
    return;  // one operator per change, not per rule
  HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(width));
  line_width_ = width;
}

HPDF_Page PdfFile::add_page(double width_pt, double height_pt) {
  HPDF_Page page = HPDF_AddPage(pdf_);
  line_width_ = -1;  // each page starts with the default graphics state
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width_pt));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height_pt));
  check("adding a page");
  return page;
}

void PdfFile::draw_text(HPDF_Page page, double x, double baseline, std::string_view text,
                        FontStyle style, double size) {
  if (text.empty())
    return;
  glyph_units(text, style);      // every glyph present
  const std::string copy(text);  // libharu wants a NUL-terminated string
  HPDF_Page_BeginText(page);
  HPDF_Page_SetFontAndSize(page, font(style), static_cast<HPDF_REAL>(size));
  HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(baseline),
                    copy.c_str());
  HPDF_Page_EndText(page);
  check("writing text");
}

void PdfFile::draw_line(HPDF_Page page, double x1, double y1, double x2, double y2, double width) {
  set_line_width(page, width);
  HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(y1));
  HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(y2));
  HPDF_Page_Stroke(page);
  check("drawing a line");
}

void PdfFile::draw_rect(HPDF_Page page, double x, double y, double w, double h, double width) {
  set_line_width(page, width);
  HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y),
                      static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(h));
  HPDF_Page_Stroke(page);
  check("drawing a rectangle");
}

void PdfFile::draw_rect_in(HPDF_Page page, std::uint32_t rgb, double x, double y, double w,
                           double h, double width) {
  const auto part = [rgb](int shift) {
    return static_cast<HPDF_REAL>((rgb >> shift) & 0xFF) / 255.0F;
  };
  HPDF_Page_SetRGBStroke(page, part(16), part(8), part(0));
  draw_rect(page, x, y, w, h, width);
  HPDF_Page_SetRGBStroke(page, 0, 0, 0);
  check("drawing a coloured rectangle");
}

void PdfFile::fill_rect(HPDF_Page page, double x, double y, double w, double h) {
  HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y),
                      static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(h));
  HPDF_Page_Fill(page);
  check("filling a rectangle");
}

void PdfFile::add_outline(HPDF_Page page, double top, std::string_view title) {
  const std::string copy(title);
  HPDF_Outline outline =
      HPDF_CreateOutline(pdf_, outline_root_, copy.c_str(), HPDF_GetEncoder(pdf_, "UTF-8"));
  HPDF_Destination dest = HPDF_Page_CreateDestination(page);
  HPDF_Destination_SetFitH(dest, static_cast<HPDF_REAL>(top));
  HPDF_Outline_SetDestination(outline, dest);
  check("adding a bookmark");
}

void PdfFile::set_info(std::string_view title, std::string_view author, std::string_view subject,
                       std::optional<std::int64_t> created_epoch) {
  const auto set = [this](HPDF_InfoType type, std::string_view value) {
    if (!value.empty())
      HPDF_SetInfoAttr(pdf_, type, std::string(value).c_str());
  };
  set(HPDF_INFO_TITLE, title);
  set(HPDF_INFO_AUTHOR, author);
  set(HPDF_INFO_SUBJECT, subject);
  set(HPDF_INFO_CREATOR, "thuky");
  if (created_epoch) {
    const std::time_t t = static_cast<std::time_t>(*created_epoch);
    std::tm utc{};
    gmtime_r(&t, &utc);
    HPDF_Date date{utc.tm_year + 1900,
                   utc.tm_mon + 1,
                   utc.tm_mday,
                   utc.tm_hour,
                   utc.tm_min,
                   utc.tm_sec,
                   'Z',
                   0,
                   0};
    HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_CREATION_DATE, date);
  }
  check("setting the document information");
}

void PdfFile::save(const std::filesystem::path& file) {
  for (HPDF_Font f : fonts_) {
    if (!f)
      continue;
    HPDF_Dict cmap = HPDF_DictStream_New(pdf_->mmgr, pdf_->xref);
    check("creating a ToUnicode map");
    cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_Stream_WriteStr(cmap->stream, identity_to_unicode_cmap().c_str());
    HPDF_Dict_Add(f, "ToUnicode", cmap);
    check("replacing the ToUnicode map");
  }
  const std::string bytes = to_bytes();
  const std::filesystem::path dir = file.parent_path().empty() ? "." : file.parent_path();
  make_output_dir(dir);
  host::check_file_name_length(file);
  auto out = std::make_unique<host::AtomicFile>(file);
  host::write_whole_file(out->temp_path(), bytes, file);
  out->flush();
  // The command's audit entry: path and SHA-256, before the file takes its name (see
  // staged_outputs.hpp: inside a command the file is placed after the entry's commit).
  host::note_document_written(file, bytes);
  if (!host::stage_output(out))
    out->commit();
}

std::string PdfFile::to_bytes() {
  HPDF_SaveToStream(pdf_);
  check("writing the document");
  const HPDF_UINT32 size = HPDF_GetStreamSize(pdf_);
  std::string bytes(size, '\0');
  HPDF_UINT32 read = size;
  HPDF_ResetStream(pdf_);
  HPDF_ReadFromStream(pdf_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &read);
  if (read == size && error_ == HPDF_STREAM_EOF) {
    error_ = HPDF_OK;  // reading to the very end says "end of stream"
    HPDF_ResetError(pdf_);
  }
  check("reading the document back");
  if (read != size)
    throw std::runtime_error(fmt::format("libharu returned {} of {} bytes", read, size));
  return bytes;
}

}  // namespace thuky::doc

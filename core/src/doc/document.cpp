#include "thuky/doc/document.hpp"

#include <algorithm>
#include <cstdlib>

#include "doc/document_impl.hpp"

namespace thuky::doc {
namespace {

std::optional<std::int64_t> source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value)
    return std::nullopt;
  char* end = nullptr;
  const long long epoch = std::strtoll(value, &end, 10);
  return *end == '\0' ? std::optional<std::int64_t>(epoch) : std::nullopt;
}

std::vector<Span> spans_of(const std::string& text, bool bold = false, bool italic = false) {
  return {Span{text, bold, italic}};
}

// A centred title wrapped into lines of even length: the narrowest width that still needs no
// more lines than the full width does, so no word is left alone on the last line.
std::vector<Line> balanced_lines(Document::Impl& d, const std::vector<Span>& spans, double size,
                                 double width) {
  using C = Document::Impl::Context;
  std::vector<Line> best = d.lines_of(spans, size, width, width, C::kTitle);
  if (best.size() < 2)
    return best;
  double low = width / static_cast<double>(best.size()), high = width;
  while (high - low > 2) {
    const double mid = (low + high) / 2;
    auto lines = d.lines_of(spans, size, mid, mid, C::kTitle);
    if (lines.size() <= best.size()) {
      high = mid;
      best = std::move(lines);
    } else {
      low = mid;
    }
  }
  return best;
}

}  // namespace

Document::Document(const Settings& settings, DocumentInfo info)
    : Document(settings, std::move(info), PageSetup::from(settings)) {}

Document::Document(const Settings& settings, DocumentInfo info, PageSetup page)
    : impl_(std::make_unique<Impl>(settings, std::move(info), std::move(page))) {}

Document::~Document() = default;

int Document::page_count() const {
  impl_->settle();  // the pages the blocks laid out so far take
  return impl_->page_count();
}

void Document::header(const HeaderBlock& h) {
  Impl& d = *impl_;
  d.need(120);
  const double left_w = d.right_column_x() - d.left();
  const double right_x = d.left() + left_w;
  const double right_w = d.text_width() - left_w;
  const double top = d.y();

  // Left column: parent body (regular), issuing body (bold) with a short rule, "Số: ...".
  const double left_size = 13;
  double line_top = top;
  for (const auto& line : h.parent_body) {
    d.centred(line, FontStyle::kRegular, left_size, d.left(), left_w,
              Impl::baseline(line_top, left_size, 1.1));
    line_top -= Impl::leading(left_size, 1.1);
  }
  double widest = 0;
  for (const auto& line : h.issuing_body) {
    widest = std::max(widest, d.centred(line, FontStyle::kBold, left_size, d.left(), left_w,
                                        Impl::baseline(line_top, left_size, 1.1)));
    line_top -= Impl::leading(left_size, 1.1);
  }
  double left_bottom = line_top;
  if (!h.issuing_body.empty()) {
    const double rule = widest * 0.4;      // Decree 30: a third to a half of the line
    const double rule_y = line_top - 1.5;  // below the descenders and dots
    d.pdf().draw_line(d.page(), d.left() + (left_w - rule) / 2, rule_y,
                      d.left() + (left_w + rule) / 2, rule_y);
    left_bottom = rule_y;
  }

  // Right column: national title, motto with a rule as long as the text.
  double title_size = 13;
  while (title_size > 10 && d.measure(h.national_title, FontStyle::kBold, title_size) > right_w) {
    title_size -= 0.5;
  }
  double right_top = top;
  d.centred(h.national_title, FontStyle::kBold, title_size, right_x, right_w,
            Impl::baseline(right_top, title_size, 1.1));
  right_top -= Impl::leading(title_size, 1.1);
  const double motto_size = 14;
  const double motto_w = d.centred(h.motto, FontStyle::kBold, motto_size, right_x, right_w,
                                   Impl::baseline(right_top, motto_size, 1.1));
  right_top -= Impl::leading(motto_size, 1.1);
  const double motto_rule_y = right_top - 1.5;
  d.pdf().draw_line(d.page(), right_x + (right_w - motto_w) / 2, motto_rule_y,
                    right_x + (right_w + motto_w) / 2, motto_rule_y);

  // "Số: ..." and the place-and-date line share one baseline under both columns.
  double bottom = std::min(left_bottom, motto_rule_y);
  if (!h.number.empty() || !h.place_date.empty()) {
    const double line_top2 = bottom - 6;
    const double size = 14;
    if (!h.number.empty()) {
      d.centred(h.number, FontStyle::kRegular, 13, d.left(), left_w,
                Impl::baseline(line_top2, size, 1.1));
    }
    if (!h.place_date.empty()) {
      d.centred(h.place_date, FontStyle::kItalic, size, right_x, right_w,
                Impl::baseline(line_top2, size, 1.1));
    }
    bottom = line_top2 - Impl::leading(size, 1.1);
  }
  d.advance(d.y() - bottom + 12);
}

void Document::title(const TitleBlock& t) {
  Impl& d = *impl_;
  const double size = 14;
  const auto attached = t.attached_to.empty()
                            ? std::vector<Line>{}
                            : balanced_lines(d, spans_of("(" + t.attached_to + ")", false, true),
                                             size, d.text_width());
  const double height =
      Impl::leading(size) *
          static_cast<double>(1 + t.subject.size() + attached.size() + (t.label.empty() ? 0 : 1)) +
      24;
  d.need(height + Impl::leading(d.body_size()) * 3);  // never alone at the foot of a page
  d.advance(6);
  if (!t.label.empty()) {
    d.centred(t.label, FontStyle::kBold, size, d.left(), d.text_width(),
              Impl::baseline(d.y(), size));
    d.advance(Impl::leading(size));
  }
  if (!t.type_name.empty()) {
    d.centred(t.type_name, FontStyle::kBold, size, d.left(), d.text_width(),
              Impl::baseline(d.y(), size));
    d.advance(Impl::leading(size));
  }
  double widest = 0;
  for (const auto& line : t.subject) {
    for (const Line& l : balanced_lines(d, spans_of(line, true), size, d.text_width())) {
      d.draw_line(l, d.left(), d.text_width(), size, Align::kCenter, d.y());
      widest = std::max(widest, l.width);
      d.advance(Impl::leading(size));
    }
  }
  for (const Line& l : attached) {
    d.draw_line(l, d.left(), d.text_width(), size, Align::kCenter, d.y());
    d.advance(Impl::leading(size));
  }
  if (widest > 0) {
    const double rule = widest / 3;
    // Clear of the descenders and dots below (ạ, ệ) of the last line.
    const double rule_y = d.y() - 3.5;
    d.pdf().draw_line(d.page(), d.left() + (d.text_width() - rule) / 2, rule_y,
                      d.left() + (d.text_width() + rule) / 2, rule_y);
  }
  d.advance(18);
}

void Document::paragraph(const std::string& text, const ParagraphStyle& style) {
  paragraph(spans_of(text), style);
}

void Document::paragraph(const std::vector<Span>& spans, const ParagraphStyle& style) {
  Impl& d = *impl_;
  const double size = style.size > 0 ? style.size : d.body_size();
  const double indent = style.left_indent_mm * kPointsPerMm;
  const double first = style.first_line_indent_mm * kPointsPerMm;
  const double width = d.text_width() - indent;
  const double lead = Impl::leading(size, style.line_spacing);
  std::vector<Span> prose = spans;
  for (Span& span : prose)
    span.text = d.for_print(span.text);
  const std::vector<Line> lines = d.lines_without_widow(prose, size, width - first, width);
  const auto draw = [&d, lines, style, size, indent, first, width, lead] {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      d.need(lead);
      const double x = d.left() + indent + (i == 0 ? first : 0);
      const double w = width - (i == 0 ? first : 0);
      d.draw_line(lines[i], x, w, size, style.align, d.y());
      d.advance(lead);
    }
    d.advance(style.space_after_pt);
  };
  if (style.keep_with_next) {
    // Drawn when what follows asks for room, on the page where that goes.
    const double height =
        style.space_before_pt + lead * static_cast<double>(lines.size()) + style.space_after_pt;
    d.hold(height, [&d, draw, before = style.space_before_pt] {
      if (!d.at_page_top())
        d.advance(before);
      draw();
    });
    return;
  }
  Impl::Deferred block;
  block.height =
      style.space_before_pt + lead * static_cast<double>(lines.size()) + style.space_after_pt;
  block.fresh_height = block.height - style.space_before_pt;
  block.space_after = style.space_after_pt;
  block.one_line = lines.size() == 1;
  block.draw = [&d, draw, before = style.space_before_pt, lead, n = lines.size()] {
    // Never a lone first line at the foot of a page.
    d.need(before + lead * static_cast<double>(std::min<std::size_t>(2, n)));
    if (!d.at_page_top())
      d.advance(before);
    draw();
  };
  d.defer(std::move(block));
}

void Document::heading(const std::string& text) {
  ParagraphStyle style;  // indented as the paragraphs and labelled lines around it
  style.align = Align::kLeft;
  style.keep_with_next = true;
  style.space_before_pt = 6;
  paragraph(spans_of(text, true), style);
}

void Document::list(const std::vector<std::string>& items, const std::string& marker) {
  Impl& d = *impl_;
  const double size = d.body_size();
  const double hang = d.measure(marker, FontStyle::kRegular, size);
  const double lead = Impl::leading(size);
  for (const auto& item : items) {
    const std::vector<Line> lines = d.lines_without_widow(
        spans_of(d.for_print(item)), size, d.text_width() - hang - 10 * kPointsPerMm,
        d.text_width() - hang - 10 * kPointsPerMm);
    // Each item a block of its own: the last ones may go along with the signatures.
    Impl::Deferred block;
    block.height = lead * static_cast<double>(lines.size()) + 3;
    block.fresh_height = block.height;
    block.space_after = 3;
    block.one_line = lines.size() == 1;
    block.draw = [&d, lines, marker, size, hang, lead] {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        d.need(lead);
        const double x = d.left() + 10 * kPointsPerMm;
        if (i == 0) {
          d.pdf().draw_text(d.page(), x, Impl::baseline(d.y(), size), marker, FontStyle::kRegular,
                            size);
        }
        d.draw_line(lines[i], x + hang, d.text_width() - hang - 10 * kPointsPerMm, size,
                    Align::kJustify, d.y());
        d.advance(lead);
      }
      d.advance(3);
    };
    d.defer(std::move(block));
  }
  d.after_last(3, [&d] { d.advance(3); });
}

namespace {

struct SignatureLine {
  std::string text;
  FontStyle style;
  double size;
  double gap_before = 0;
};

std::vector<SignatureLine> signature_lines(const Signature& s, double size) {
  std::vector<SignatureLine> lines;
  // "TM. THƯỜNG TRỰC HĐND\nKT. CHỦ TỊCH": a deputy signing for the head, a line each.
  for (std::size_t at = 0; at < s.authority.size();) {
    const std::size_t end = std::min(s.authority.find('\n', at), s.authority.size());
    if (end > at)
      lines.push_back({s.authority.substr(at, end - at), FontStyle::kBold, size});
    at = end + 1;
  }
  if (!s.title.empty())
    lines.push_back({s.title, FontStyle::kBold, size});
  if (!s.note.empty())
    lines.push_back({s.note, FontStyle::kItalic, size - 1});
  // Room to sign, then the name; a form signed by hand (no name yet) keeps the room, for the
  // signature and the name written under it.
  if (!s.name.empty() || !lines.empty())
    lines.push_back({s.name, FontStyle::kBold, size, 64});
  return lines;
}

double signature_height(const Signature& s, double size) {
  double h = 0;
  for (const auto& line : signature_lines(s, size)) {
    h += line.gap_before + Document::Impl::leading(line.size);
  }
  return h;
}

// From the top of a block to the top of its name line (the last line): what the authority,
// title and notes above it take, and the room to sign.
double name_offset(const Signature& s, double size) {
  const auto lines = signature_lines(s, size);
  if (lines.empty())
    return 0;
  return signature_height(s, size) - Document::Impl::leading(lines.back().size);
}

}  // namespace

void Document::signatures(const std::vector<Signature>& list) {
  if (list.empty())
    return;
  Impl& d = *impl_;
  // Four or more (a polling team's minutes: two witnesses, the secretary, the leader) stand in
  // rows of two, the header's columns, and all rows on one page.
  const std::size_t per_row = list.size() > 3 ? 2 : list.size();
  const double size = per_row > 2 ? 13 : 14;
  std::vector<double> heights, name_tops;
  double height = 0;
  for (std::size_t first = 0; first < list.size(); first += per_row) {
    // The names of one row share a baseline below the deepest block's notes (Decree 30
    // practice: signers side by side have their names on one line).
    double name_top = 0;
    for (std::size_t i = first; i < std::min(list.size(), first + per_row); ++i)
      name_top = std::max(name_top, name_offset(list[i], size));
    double row = 0;
    for (std::size_t i = first; i < std::min(list.size(), first + per_row); ++i) {
      row = std::max(row, signature_height(list[i], size) - name_offset(list[i], size));
    }
    row += name_top;
    name_tops.push_back(name_top);
    heights.push_back(row);
    height += row + (first ? 12 : 0);
  }
  d.keep_with_last(height + 12);
  d.advance(6);
  for (std::size_t first = 0, r = 0; first < list.size(); first += per_row, ++r) {
    if (r > 0)
      d.advance(12);
    // One or two signatures stand in the header's columns, the last (the one who signs for the
    // body) always centred in the right one, as beside "Nơi nhận"; three share the width evenly.
    const std::size_t n = std::min(per_row, list.size() - first);
    for (std::size_t i = 0; i < n; ++i) {
      double x = d.left() + d.text_width() * static_cast<double>(i) / static_cast<double>(n);
      double column = d.text_width() / static_cast<double>(n);
      if (n <= 2) {
        const bool right = i + 1 == n;
        x = right ? d.right_column_x() : d.left();
        column = right ? d.right_column_width() : d.right_column_x() - d.left();
      }
      double top = d.y();
      const auto lines = signature_lines(list[first + i], size);
      for (std::size_t l = 0; l < lines.size(); ++l) {
        const SignatureLine& line = lines[l];
        top -= line.gap_before;
        if (l + 1 == lines.size())
          top = d.y() - name_tops[r];  // the name, on the row's name line
        if (!line.text.empty())
          d.centred(line.text, line.style, line.size, x, column, Impl::baseline(top, line.size));
        top -= Impl::leading(line.size);
      }
    }
    d.advance(heights[r]);
  }
  d.advance(6);
}

void Document::signature_date(const std::string& place_date) {
  Impl& d = *impl_;
  const double size = 14;
  d.hold(6 + Impl::leading(size), [&d, text = d.print_text(place_date), size] {
    if (!d.at_page_top())
      d.advance(6);
    d.centred(text, FontStyle::kItalic, size, d.right_column_x(), d.right_column_width(),
              Impl::baseline(d.y(), size));
    d.advance(Impl::leading(size));
  });
}

void Document::closing(const Recipients& recipients, const Signature& signature) {
  Impl& d = *impl_;
  const double size = 14;
  const bool signed_block = !signature_lines(signature, size).empty();
  // "Nơi nhận" keeps to the left column when a signature stands beside it; long lines wrap
  // under their own text, after the "- ".
  const double column = signed_block ? d.right_column_x() - d.left() - 8 : d.text_width();
  const double lead = Impl::leading(11, 1.1);
  std::vector<std::pair<double, Line>> lines;  // indent, line
  for (const auto& item : recipients.lines) {
    const double hang = item.rfind("- ", 0) == 0 ? d.measure("- ", FontStyle::kRegular, 11) : 0;
    const auto laid = d.lines_of({Span{item}}, 11, column, column - hang);
    for (std::size_t i = 0; i < laid.size(); ++i)
      lines.emplace_back(i == 0 ? 0 : hang, laid[i]);
  }
  const double recipients_height =
      recipients.lines.empty() ? 0 : Impl::leading(12) + lead * static_cast<double>(lines.size());
  const double height = std::max(recipients_height, signature_height(signature, size));
  if (signed_block)
    d.keep_with_last(height + 12);
  else
    d.need(height + 12);
  d.advance(6);
  const double top = d.y();
  if (!recipients.lines.empty()) {
    double line_top = top;
    d.pdf().draw_text(d.page(), d.left(), Impl::baseline(line_top, 12),
                      "Nơi nhận:", FontStyle::kBoldItalic, 12);
    line_top -= Impl::leading(12);
    for (const auto& [indent, line] : lines) {
      d.draw_line(line, d.left() + indent, column - indent, 11, Align::kLeft, line_top);
      line_top -= lead;
    }
  }
  const double column_x = d.right_column_x();
  const double column_w = d.right_column_width();
  double sig_top = top;
  for (const auto& line : signature_lines(signature, size)) {
    sig_top -= line.gap_before;
    if (!line.text.empty())
      d.centred(line.text, line.style, line.size, column_x, column_w,
                Impl::baseline(sig_top, line.size));
    sig_top -= Impl::leading(line.size);
  }
  d.advance(height + 6);
}

void Document::box(double width_mm, double height_mm, const std::string& caption) {
  Impl& d = *impl_;
  const double width = width_mm * kPointsPerMm;
  const double height = height_mm * kPointsPerMm;
  d.need(height);
  d.pdf().draw_rect(d.page(), d.left(), d.y() - height, width, height);
  constexpr double kCaptionSize = 10;
  d.centred(caption, FontStyle::kItalic, kCaptionSize, d.left(), width,
            d.y() - height / 2 - kCaptionSize * 0.3);
  d.advance(height);
}

void Document::keep_together(const std::vector<std::string>& terms) {
  for (const auto& term : terms)
    impl_->keep_together(term);
}

void Document::people(const std::vector<std::string>& names) {
  for (const auto& name : names)
    impl_->person(name);
}

void Document::bookmark(const std::string& title) {
  Impl& d = *impl_;
  d.need(Impl::leading(d.body_size()) * 3);
  d.pdf().add_outline(d.page(), d.y(), title);
}

void Document::space(double points) {
  Impl& d = *impl_;
  d.need(0);  // what is held back goes first
  if (d.room() > points) {
    d.advance(points);
  } else {
    d.new_page();
  }
}

void Document::page_break() {
  impl_->settle();
  impl_->new_page();
}

void Document::frame(std::uint32_t rgb, double width_mm) {
  impl_->set_frame(rgb, width_mm * kPointsPerMm);
}

void Document::footer(const PageFooter& footer) {
  impl_->set_footer(footer);
}

void Document::save(const std::filesystem::path& file) {
  Impl& d = *impl_;
  if (d.page_count() == 0)
    d.new_page();
  d.need(0);  // a heading held back at the very end still prints
  d.draw_footers();
  d.draw_frames();
  const DocumentInfo& info = d.info();
  d.pdf().set_info(info.title, info.author, info.subject,
                   info.created_epoch ? info.created_epoch : source_date_epoch());
  d.pdf().save(file);
}

}  // namespace thuky::doc

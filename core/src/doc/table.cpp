#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "doc/document_impl.hpp"

namespace thuky::doc {
namespace {

// A table's layout state, shared with its rows that wait to be drawn (Impl::Deferred): they
// may be drawn after the TableWriter is gone.
struct Table {
  Document::Impl& doc;
  std::vector<TableColumn> columns;
  TableStyle style;
  std::vector<double> x;      // left edge of each column
  std::vector<double> width;  // width of each column
  int header_on_page = 0;     // the page the header was last drawn on
  bool finished = false;

  struct LaidOutCell {
    std::vector<Line> lines;
    Align align;
  };

  std::vector<LaidOutCell> lay_out(const TableRow& cells, double size, bool bold) {
    std::vector<LaidOutCell> out;
    out.reserve(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
      static const std::vector<Span> kEmpty;
      const std::vector<Span>& given = c < cells.size() ? cells[c].spans : kEmpty;
      std::vector<Span> emboldened;
      if (bold) {
        emboldened = given;
        for (auto& s : emboldened)
          s.bold = true;
      }
      const double inner = width[c] - 2 * style.cell_padding_pt;
      Align align = columns[c].align;
      if (c < cells.size() && cells[c].align)
        align = *cells[c].align;
      out.push_back({lines_of(c, bold ? emboldened : given, size, inner), align});
    }
    return out;
  }

  // A column's cells repeat ("Kinh", "Nữ", one address for a whole village, "x"): a plain cell
  // is laid out once per table and text. Bounded, so a column of unique names does not grow it.
  std::unordered_map<std::string, std::vector<Line>> laid_cells;

  std::vector<Line> lines_of(std::size_t column, const std::vector<Span>& spans, double size,
                             double inner) {
    if (spans.size() != 1 || spans.front().italic || spans.front().strike)
      return doc.lines_of(spans, size, inner, inner);
    const Span& span = spans.front();
    // Column, weight and size as raw bytes: formatting a double costs more than the lookup.
    std::string key(sizeof column + 1 + sizeof size, '\0');
    std::memcpy(key.data(), &column, sizeof column);
    key[sizeof column] = span.bold ? 'b' : 'r';
    std::memcpy(key.data() + sizeof column + 1, &size, sizeof size);
    key += span.text;
    if (const auto found = laid_cells.find(key); found != laid_cells.end())
      return found->second;
    std::vector<Line> lines = doc.lines_of(spans, size, inner, inner);
    if (laid_cells.size() >= 4096)
      laid_cells.clear();
    laid_cells.emplace(std::move(key), lines);
    return lines;
  }

  double height_of(const std::vector<LaidOutCell>& cells, double size) const {
    std::size_t lines = 1;
    for (const auto& cell : cells)
      lines = std::max(lines, cell.lines.size());
    return std::max(style.row_min_height_pt,
                    Document::Impl::leading(size, 1.1) * static_cast<double>(lines) +
                        2 * style.cell_padding_pt);
  }

  void draw(const std::vector<LaidOutCell>& cells, double size, double height) {
    const double top = doc.y();
    for (std::size_t c = 0; c < cells.size(); ++c) {
      double line_top = top - style.cell_padding_pt;
      for (const Line& line : cells[c].lines) {
        // Justified text in narrow cells looks ragged; cells align left, centre or right.
        const Align align = cells[c].align == Align::kJustify ? Align::kLeft : cells[c].align;
        doc.draw_line(
            line, x[c] + style.cell_padding_pt, width[c] - 2 * style.cell_padding_pt, size, align,
            line_top + (Document::Impl::leading(size) - Document::Impl::leading(size, 1.1)) * 0.5);
        line_top -= Document::Impl::leading(size, 1.1);
      }
      if (style.grid)
        doc.pdf().draw_rect(doc.page(), x[c], top - height, width[c], height, 0.5);
    }
    doc.advance(height);
  }

  // The header's layout, made once: columns and style do not change, and a long table asks
  // for the header's height at every row.
  std::vector<LaidOutCell> laid_header;
  double laid_header_height = -1;

  const std::vector<LaidOutCell>& header_cells() {
    if (laid_header_height < 0) {
      TableRow cells;
      for (const auto& column : columns)
        cells.emplace_back(column.header);
      laid_header = lay_out(cells, style.header_size, true);
      for (auto& cell : laid_header)
        cell.align = Align::kCenter;
      laid_header_height = height_of(laid_header, style.header_size);
    }
    return laid_header;
  }

  void header() {
    draw(header_cells(), style.header_size, header_height());
    header_on_page = doc.page_count();
  }

  double header_height() {
    header_cells();
    return laid_header_height;
  }

  // Section headings wait for the row that follows them: a heading is never the last thing on
  // a page, whatever the height of its first row.
  struct Section {
    std::vector<Line> lines;
    double height = 0;
  };
  std::vector<Section> pending;

  double pending_height() const {
    double h = 0;
    for (const auto& s : pending)
      h += s.height;
    return h;
  }

  void add_section(const std::string& title) {
    const double lead = Document::Impl::leading(style.size, 1.1);
    const double inner = x.back() + width.back() - x.front() - 2 * style.cell_padding_pt;
    auto lines = doc.lines_of({Span{title, true}}, style.size, inner, inner);
    const double height = lead * static_cast<double>(lines.size()) + 2 * style.cell_padding_pt;
    pending.push_back({std::move(lines), height});
  }

  void draw_pending() {
    const double lead = Document::Impl::leading(style.size, 1.1);
    const double full = x.back() + width.back() - x.front();
    const double inner = full - 2 * style.cell_padding_pt;
    for (const Section& s : pending) {
      const double top = doc.y();
      double line_top = top - style.cell_padding_pt;
      for (const Line& line : s.lines) {
        doc.draw_line(line, x.front() + style.cell_padding_pt, inner, style.size, Align::kLeft,
                      line_top + (Document::Impl::leading(style.size) - lead) * 0.5);
        line_top -= lead;
      }
      if (style.grid)
        doc.pdf().draw_rect(doc.page(), x.front(), top - s.height, full, s.height, 0.5);
      doc.advance(s.height);
    }
    pending.clear();
  }

  int rows = 0;  // rows added, drawn or not

  // Lays the row out now; it is drawn when the next block asks for room.
  static void add(const std::shared_ptr<Table>& table, const TableRow& cells, bool bold) {
    Table& t = *table;
    auto laid = t.lay_out(cells, t.style.size, bold);
    const double height = t.height_of(laid, t.style.size);
    Document::Impl::Deferred block;
    block.height = height + t.pending_height();
    block.fresh_height = block.height + (t.style.repeat_header ? t.header_height() : 0);
    block.draw = [table, laid = std::move(laid), height, sections = std::move(t.pending)] {
      // The headings this row opens, not those added after it.
      auto later = std::move(table->pending);
      table->pending = sections;
      table->place(laid, height);
      table->pending = std::move(later);
    };
    t.pending.clear();
    ++t.rows;
    t.doc.defer(std::move(block));
  }

  void place(const std::vector<LaidOutCell>& laid, double height) {
    const double sections = pending_height();
    const bool need_header = style.repeat_header || header_on_page == 0;
    const double with_header =
        height + sections +
        (header_on_page != doc.page_count() && need_header ? header_height() : 0);
    doc.need(with_header);
    // A row that does not fit moves whole to the next page (with the headings it opens),
    // unless it would not fit on any page: then it splits here, between lines.
    const bool fits_a_page = height + sections + header_height() <= doc.top() - doc.bottom();
    if (doc.room() < height + sections && !style.split_rows && fits_a_page && !doc.at_page_top()) {
      doc.new_page();
    }
    if (header_on_page != doc.page_count() && need_header &&
        (style.repeat_header || header_on_page == 0)) {
      header();
    }
    draw_pending();
    if (height <= doc.room()) {
      draw(laid, style.size, height);
      return;
    }
    // Taller than the page: split the row between lines, repeating the header.
    std::vector<LaidOutCell> rest = laid;
    while (true) {
      const double lead = Document::Impl::leading(style.size, 1.1);
      const auto fit =
          static_cast<std::size_t>(std::max(1.0, (doc.room() - 2 * style.cell_padding_pt) / lead));
      std::vector<LaidOutCell> part = rest;
      bool more = false;
      for (std::size_t c = 0; c < rest.size(); ++c) {
        auto& lines = rest[c].lines;
        const std::size_t take = std::min(fit, lines.size());
        part[c].lines.assign(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(take));
        lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(take));
        more = more || !lines.empty();
      }
      draw(part, style.size, std::min(doc.room(), height_of(part, style.size)));
      if (!more)
        break;
      doc.new_page();
      if (style.repeat_header)
        header();
    }
  }
};

}  // namespace

struct TableWriter::State {
  std::shared_ptr<Table> table;
};

TableWriter Document::table(std::vector<TableColumn> columns, TableStyle style) {
  return TableWriter(*impl_, std::move(columns), style);
}

TableWriter::TableWriter(Document::Impl& doc, std::vector<TableColumn> columns, TableStyle style)
    : state_(std::make_unique<State>(State{std::make_shared<Table>(
          Table{doc, std::move(columns), style, {}, {}, 0, false, {}, {}, -1, {}, 0})})) {
  Table& t = *state_->table;
  double total = 0;
  for (const auto& c : t.columns)
    total += c.width;
  double x = doc.left();
  for (const auto& c : t.columns) {
    const double w = doc.text_width() * c.width / total;
    t.x.push_back(x);
    t.width.push_back(w);
    x += w;
  }
  doc.room();  // a table starts on a page
}

TableWriter::TableWriter(TableWriter&&) noexcept = default;

TableWriter::~TableWriter() {
  if (state_ && !state_->table->finished) {
    try {
      finish();
    } catch (...) {  // NOLINT: a destructor must not throw; finish() only adds space
    }
  }
}

void TableWriter::row(const TableRow& cells) {
  Table::add(state_->table, cells, false);
}

void TableWriter::totals(const TableRow& cells) {
  Table::add(state_->table, cells, true);
}

void TableWriter::section(const std::string& title) {
  state_->table->add_section(title);
}

void TableWriter::finish() {
  Table& t = *state_->table;
  if (t.finished)
    return;
  t.finished = true;
  if (t.rows > 0 && t.pending.empty()) {
    // The space after the table goes with its last row, which may yet move to the next page.
    t.doc.after_last(8, [&doc = t.doc] { doc.advance(8); });
    return;
  }
  t.doc.settle();
  if (t.header_on_page == 0 || !t.pending.empty()) {
    t.doc.need(t.header_height() + t.pending_height());
    // An empty table still shows its header; so does a page that only its last headings reach.
    if (t.header_on_page == 0 || (t.header_on_page != t.doc.page_count() && t.style.repeat_header))
      t.header();
  }
  t.draw_pending();  // headings without a row after them still print
  t.doc.advance(8);
}

}  // namespace thuky::doc

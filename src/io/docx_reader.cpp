// The tables of a Word document (docx_reader.hpp).
#include "docx_reader.hpp"
#include <jixiao/version.hpp>

#include <jixiao/io/limits.hpp>

#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

// Content controls (w:sdt) and custom XML wrap rows, cells and runs: look through them.
bool is_wrapper(std::string_view name) {
  return name == "sdt" || name == "sdtContent" || name == "customXml" || name == "smartTag" ||
         name == "ins" || name == "hyperlink" || name == "fldSimple";
}

class TableReader {
 public:
  TableReader(const Archive& archive, std::vector<Grid>& tables)
      : archive_(archive), tables_(tables) {}

  // Every w:tbl under `node`, in document order.
  void find_tables(const pugi::xml_node& node) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      if (local(c) == "tbl") {
        read_table(c);
      } else {
        find_tables(c);
      }
    }
  }

 private:
  void read_table(const pugi::xml_node& table) {
    const std::size_t index = tables_.size();
    tables_.emplace_back();
    tables_[index].source = archive_.source();
    tables_[index].sheet = "表" + std::to_string(index + 1);
    std::size_t line = 0;
    rows(table, index, line);
  }

  void rows(const pugi::xml_node& node, std::size_t table, std::size_t& line) {
    for (pugi::xml_node r = node.first_child(); r; r = r.next_sibling()) {
      if (is_wrapper(local(r))) {
        rows(r, table, line);
      } else if (local(r) == "tr") {
        ++line;
        read_row(r, table, line);
      }
    }
  }

  void read_row(const pugi::xml_node& tr, std::size_t table, std::size_t line) {
    GridRow row;
    std::size_t column = 0;
    const pugi::xml_node before = child(child(tr, "trPr"), "gridBefore");
    if (before) column = static_cast<std::size_t>(attribute(before, "val").as_uint());
    cells(tr, table, line, row, column);
    while (!row.empty() && row.back().text.empty()) row.pop_back();
    // Rows with nothing are kept out, as a sheet's empty rows are.
    bool filled = false;
    for (const GridCell& cell : row) filled = filled || !cell.text.empty();
    if (filled) tables_[table].rows.push_back(std::move(row));
  }

  void cells(const pugi::xml_node& node, std::size_t table, std::size_t line, GridRow& row,
             std::size_t& column) {
    for (pugi::xml_node tc = node.first_child(); tc; tc = tc.next_sibling()) {
      if (is_wrapper(local(tc))) {
        cells(tc, table, line, row, column);
        continue;
      }
      if (local(tc) != "tc") continue;
      const pugi::xml_node properties = child(tc, "tcPr");
      std::size_t span = 1;
      if (const pugi::xml_node grid_span = child(properties, "gridSpan"))
        span = std::max<std::size_t>(1, attribute(grid_span, "val").as_uint());
      const pugi::xml_node merge = child(properties, "vMerge");
      // <w:vMerge/> without "restart" continues the cell above: blank here.
      const bool continued =
          merge && std::string_view(attribute(merge, "val").value()) != "restart";
      if (column + span > max_columns || ++cells_ > max_table_cells) {
        too_large(archive_.source(), tables_[table].sheet + ": more cells than a table may have");
      }
      while (row.size() < column) row.push_back(GridCell{"", line, row.size() + 1, ""});
      row.push_back(GridCell{continued ? std::string() : text_of(tc), line, column + 1, ""});
      for (std::size_t extra = 1; extra < span; ++extra)
        row.push_back(GridCell{"", line, column + 1 + extra, ""});
      if (span > 1)
        tables_[table].merged.push_back(CellRange{line, column + 1, line, column + span});
      column += span;
    }
  }

  // The cell's paragraphs, joined by line breaks; a table inside it is read as its own.
  std::string text_of(const pugi::xml_node& cell) {
    std::string text;
    bool first = true;
    for (pugi::xml_node c = cell.first_child(); c; c = c.next_sibling()) {
      if (local(c) == "tbl") {
        read_table(c);
        continue;
      }
      if (local(c) != "p" && !is_wrapper(local(c))) continue;
      std::string paragraph;
      runs(c, paragraph);
      if (!first) text += '\n';
      text += paragraph;
      first = false;
    }
    return text;
  }

  static void runs(const pugi::xml_node& node, std::string& out) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      const std::string_view name = local(c);
      if (name == "t") {
        out += c.text().get();
      } else if (name == "tab") {
        out += '\t';
      } else if (name == "br" || name == "cr") {
        out += '\n';
      } else if (name == "p") {
        if (!out.empty()) out += '\n';
        runs(c, out);
      } else if (name != "del" && name != "delText" && name != "instrText" && name != "rPr" &&
                 name != "pPr" && name != "tbl") {
        runs(c, out);
      }
    }
  }

  static constexpr std::size_t max_columns = 16384;
  const Archive& archive_;
  std::vector<Grid>& tables_;
  std::size_t cells_ = 0;
};

}  // namespace

std::vector<Grid> read_docx(const Archive& archive) {
  const std::unique_ptr<Part> document = parse(archive, "word/document.xml");
  std::vector<Grid> tables;
  TableReader(archive, tables).find_tables(document->document);
  if (tables.empty()) malformed(archive.source(), "the Word document holds no table");
  return tables;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE

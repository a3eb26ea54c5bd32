// The .xlsx reader of xlsx_reader.hpp. The archive is opened with libzip, each part parsed
// with pugixml (which expands no DTD entities: an XML entity bomb stays literal text). Only
// the parts a table needs are read: the workbook and its relationships, the shared strings,
// the number formats of the styles, and the sheets.
#include <jixiao/version.hpp>
#include "xlsx_reader.hpp"

#include <jixiao/io/input_error.hpp>
#include <jixiao/io/limits.hpp>

#include "office_package.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

// A spreadsheet holds numbers to 15 significant digits; more are a binary double's
// spelling (0.35599999999999998), not digits anyone typed.
constexpr std::size_t significant_digits = 15;
constexpr std::size_t max_rows = 1048576;   // Excel's limits, which any cell reference obeys
constexpr std::size_t max_columns = 16384;  // (XFD)


// "worksheets/sheet1.xml" relative to the folder of `base` ("xl/workbook.xml"), or an
// absolute "/xl/worksheets/sheet1.xml".
std::string resolve(const std::string& base, const std::string& target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  std::string folder = base.substr(0, base.rfind('/') + 1);
  std::string rest = target;
  while (rest.rfind("../", 0) == 0) {
    rest = rest.substr(3);
    if (!folder.empty()) folder.pop_back();
    folder = folder.substr(0, folder.rfind('/') + 1);
  }
  return folder + rest;
}

// The relationships of `part`: id → (type, resolved target).
std::map<std::string, std::pair<std::string, std::string>> relationships(const Archive& archive,
                                                                         const std::string& part) {
  const std::size_t slash = part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
  const std::string name = folder + "_rels/" + file + ".rels";
  std::map<std::string, std::pair<std::string, std::string>> out;
  if (!archive.has(name)) return out;
  const std::unique_ptr<Part> rels = parse(archive, name);
  for (pugi::xml_node r = rels->document.document_element().first_child(); r; r = r.next_sibling()) {
    if (local(r) != "Relationship") continue;
    out[attribute(r, "Id").value()] = {attribute(r, "Type").value(),
                                       resolve(part, attribute(r, "Target").value())};
  }
  return out;
}

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// How a number format shows a number: as a percentage, and with how many places.
struct Display {
  bool percent = false;
  std::size_t places = 0;
  bool fixed = false;  // the format fixes the places ("0.00"); General shows what is stored
};

// Reads a format code's first section: text in quotes, [colour] and \-escaped characters
// say nothing about the number.
Display display_of(std::string_view code) {
  Display display;
  bool after_point = false;
  bool digits = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '[') {
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is literal (or a fill / a space of its width)
    } else if (c == '%') {
      display.percent = true;
    } else if (c == '.') {
      after_point = true;
    } else if (c == '0' || c == '#' || c == '?') {
      digits = true;
      if (after_point) ++display.places;
    } else if (c == 'E' || c == 'e' || c == 'y' || c == 'm' || c == 'd' || c == 'h' ||
               c == 's' || c == '@') {
      return Display{};  // scientific, a date or a time, or text: shown as stored
    }
  }
  display.fixed = digits;
  return display;
}

// The built-in formats whose places or percent sign matter (ECMA-376, 18.8.30).
std::optional<std::string_view> builtin_format(unsigned id) {
  switch (id) {
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 37: case 38: return "#,##0";
    case 39: case 40: return "#,##0.00";
    default: return std::nullopt;
  }
}

// The display of each cell style (the `s` index of a cell), from styles.xml.
std::vector<Display> styles(const Archive& archive, const std::string& name) {
  std::vector<Display> out;
  if (name.empty() || !archive.has(name)) return out;
  const std::unique_ptr<Part> part = parse(archive, name);
  const pugi::xml_node root = part->document.document_element();
  std::map<unsigned, std::string> custom;
  for (pugi::xml_node f = child(child(root, "numFmts"), "numFmt"); f; f = f.next_sibling()) {
    if (local(f) == "numFmt") custom[attribute(f, "numFmtId").as_uint()] = attribute(f, "formatCode").value();
  }
  for (pugi::xml_node xf = child(child(root, "cellXfs"), "xf"); xf; xf = xf.next_sibling()) {
    if (local(xf) != "xf") continue;
    const unsigned id = attribute(xf, "numFmtId").as_uint();
    const auto found = custom.find(id);
    if (found != custom.end()) {
      out.push_back(display_of(found->second));
    } else if (const auto builtin = builtin_format(id)) {
      out.push_back(display_of(*builtin));
    } else {
      out.push_back(Display{});
    }
  }
  return out;
}

// The text of a string item: its <t>, or the <t> of each rich-text run (phonetic runs,
// <rPh>, are readings, not text).
std::string string_item(const pugi::xml_node& item) {
  std::string text;
  for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
    if (local(c) == "t") {
      text += c.text().get();
    } else if (local(c) == "r") {
      text += child(c, "t").text().get();
    }
  }
  return text;
}

std::vector<std::string> shared_strings(const Archive& archive, const std::string& name) {
  std::vector<std::string> out;
  if (name.empty() || !archive.has(name)) return out;
  const std::unique_ptr<Part> part = parse(archive, name);
  std::size_t bytes = 0;
  for (pugi::xml_node si = part->document.document_element().first_child(); si; si = si.next_sibling()) {
    if (local(si) != "si") continue;
    out.push_back(string_item(si));
    bytes += out.back().size();
    if (bytes > max_workbook_part_bytes) too_large(archive.source(), name + ": the strings are too long");
  }
  return out;
}

// A cell reference "F12" as (row 12, column 6); nullopt if it is not one.
std::optional<std::pair<std::size_t, std::size_t>> cell_reference(std::string_view ref) {
  std::size_t column = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    column = column * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
    if (column > max_columns) return std::nullopt;
  }
  if (i == 0 || i == ref.size()) return std::nullopt;
  std::size_t row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9') return std::nullopt;
    row = row * 10 + static_cast<std::size_t>(ref[i] - '0');
    if (row > max_rows) return std::nullopt;
  }
  if (row == 0) return std::nullopt;
  return std::pair{row, column};
}

}  // namespace

// The exact decimal text of a stored number, rounded half up to 15 significant digits,
// shifted left by `shift` places (2 for a percentage) and shown with at least `places`
// decimals; nullopt if `stored` is not a number. Text only: a stored number never passes
// through a double.
std::optional<std::string> spreadsheet_number(std::string_view stored, int shift, std::size_t places) {
  std::string_view s = stored;
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  std::string digits;
  long exponent = 0;  // value = digits × 10^exponent
  bool any = false;
  bool point = false;
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      any = true;
      digits.push_back(c);
      if (point) --exponent;
      if (digits.size() > 400) return std::nullopt;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  if (i < s.size()) {
    if (s[i] != 'E' && s[i] != 'e') return std::nullopt;
    ++i;
    bool minus = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) minus = s[i++] == '-';
    if (i == s.size()) return std::nullopt;
    long e = 0;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      e = e * 10 + (s[i] - '0');
      if (e > 400) return std::nullopt;
    }
    exponent += minus ? -e : e;
  }
  exponent += shift;
  // Leading zeros say nothing; the digits are rounded to 15 significant ones.
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) {
    digits = "0";
  } else {
    digits = digits.substr(first);
    if (digits.size() > significant_digits) {
      const long dropped = static_cast<long>(digits.size() - significant_digits);
      const bool up = digits[significant_digits] >= '5';
      digits.resize(significant_digits);
      exponent += dropped;
      if (up) {
        std::size_t k = digits.size();
        while (k > 0 && digits[k - 1] == '9') digits[--k] = '0';
        if (k == 0) {
          digits.insert(digits.begin(), '1');
        } else {
          ++digits[k - 1];
        }
      }
      // Zeros the rounding left at the end are not places anyone printed.
      while (digits.size() > 1 && digits.back() == '0' && exponent < 0) {
        digits.pop_back();
        ++exponent;
      }
    }
  }
  if (exponent < -400 || exponent > 400) return std::nullopt;
  std::string integer;
  std::string fraction;
  if (exponent >= 0) {
    integer = digits + std::string(static_cast<std::size_t>(exponent), '0');
  } else {
    const std::size_t decimals = static_cast<std::size_t>(-exponent);
    if (decimals >= digits.size()) {
      integer = "0";
      fraction = std::string(decimals - digits.size(), '0') + digits;
    } else {
      integer = digits.substr(0, digits.size() - decimals);
      fraction = digits.substr(digits.size() - decimals);
    }
  }
  const std::size_t nonzero = integer.find_first_not_of('0');
  integer = nonzero == std::string::npos ? "0" : integer.substr(nonzero);
  if (fraction.size() < places) fraction.append(places - fraction.size(), '0');
  const bool zero = integer == "0" && fraction.find_first_not_of('0') == std::string::npos;
  std::string text = (negative && !zero ? "-" : "") + integer;
  if (!fraction.empty()) text += "." + fraction;
  return text;
}

namespace {

class SheetReader {
 public:
  SheetReader(const Archive& archive, const std::vector<std::string>& strings,
              const std::vector<Display>& displays)
      : archive_(archive), strings_(strings), displays_(displays) {}

  Grid read(const std::string& part_name, const std::string& sheet) {
    Grid grid;
    grid.source = archive_.source();
    grid.sheet = sheet;
    const std::unique_ptr<Part> part = parse(archive_, part_name);
    const pugi::xml_node root = part->document.document_element();
    part_ = part_name;
    std::size_t cells = 0;
    std::size_t previous_row = 0;
    for (pugi::xml_node row = child(child(root, "sheetData"), "row"); row; row = row.next_sibling()) {
      if (local(row) != "row") continue;
      std::size_t number = previous_row + 1;
      if (const pugi::xml_attribute r = attribute(row, "r")) {
        number = r.as_ullong();
        if (number == 0 || number > max_rows || number <= previous_row) {
          bad(sheet, "row \"" + std::string(r.value()) + "\" is out of order or out of range");
        }
      }
      previous_row = number;
      GridRow cells_of_row;
      bool filled = false;
      std::size_t previous_column = 0;
      for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
        if (local(c) != "c") continue;
        std::size_t column = previous_column + 1;
        if (const pugi::xml_attribute r = attribute(c, "r")) {
          const auto at = cell_reference(r.value());
          if (!at || at->first != number || at->second <= previous_column) {
            bad(sheet, "cell \"" + std::string(r.value()) + "\" is out of order in row " +
                           std::to_string(number));
          }
          column = at->second;
        }
        if (column > max_columns) bad(sheet, "a cell past column XFD in row " + std::to_string(number));
        previous_column = column;
        cells += column - cells_of_row.size();
        if (cells > max_table_cells) {
          too_large(archive_.source(), sheet + ": more than " + std::to_string(max_table_cells) +
                                           " cells");
        }
        while (cells_of_row.size() + 1 < column) {
          cells_of_row.push_back(GridCell{"", number, cells_of_row.size() + 1, ""});
        }
        GridCell cell{"", number, column, ""};
        read_cell(c, cell, sheet);
        filled = filled || !cell.text.empty() || !cell.formula.empty();
        cells_of_row.push_back(std::move(cell));
      }
      if (filled) grid.rows.push_back(std::move(cells_of_row));
    }
    for (pugi::xml_node m = child(child(root, "mergeCells"), "mergeCell"); m; m = m.next_sibling()) {
      if (local(m) != "mergeCell") continue;
      const std::string ref = attribute(m, "ref").value();
      const std::size_t colon = ref.find(':');
      const auto from = cell_reference(ref.substr(0, colon));
      const auto to = colon == std::string::npos ? from : cell_reference(ref.substr(colon + 1));
      if (!from || !to || to->first < from->first || to->second < from->second) {
        bad(sheet, "the merged range \"" + ref + "\" is not a range");
      }
      if (grid.merged.size() >= max_table_cells) {
        too_large(archive_.source(), sheet + ": too many merged ranges");
      }
      grid.merged.push_back(CellRange{from->first, from->second, to->first, to->second});
    }
    return grid;
  }

 private:
  [[noreturn]] void bad(const std::string& sheet, const std::string& what) const {
    malformed(archive_.source(), part_ + " (" + sheet + "): " + what);
  }

  void read_cell(const pugi::xml_node& c, GridCell& cell, const std::string& sheet) const {
    const std::string type = attribute(c, "t").value();
    const pugi::xml_node value = child(c, "v");
    const std::string stored = value.text().get();
    const pugi::xml_node formula = child(c, "f");
    if (type == "inlineStr") {
      cell.text = string_item(child(c, "is"));
      return;
    }
    if (!value || stored.empty()) {
      // A blank, or a formula some programs write without calculating it.
      if (formula) cell.formula = std::string("=") + formula.text().get();
      if (formula && cell.formula == "=") cell.formula = "=(a shared formula)";
      return;
    }
    if (type == "s") {
      const pugi::xml_text index = value.text();
      const unsigned long long i = index.as_ullong(~0ULL);
      if (i >= strings_.size()) {
        bad(sheet, column_letters(cell.column) + std::to_string(cell.line) +
                       ": shared string " + stored + " does not exist");
      }
      cell.text = strings_[static_cast<std::size_t>(i)];
    } else if (type == "str" || type == "e" || type == "d") {
      cell.text = stored;  // a formula's text, an error value (#DIV/0!), an ISO date
    } else if (type == "b") {
      cell.text = stored == "1" ? "TRUE" : "FALSE";
    } else {
      const std::size_t style = attribute(c, "s").as_uint();
      const Display display = style < displays_.size() ? displays_[style] : Display{};
      const std::optional<std::string> number =
          spreadsheet_number(stored, display.percent ? 2 : 0, display.fixed ? display.places : 0);
      if (!number) {
        bad(sheet, column_letters(cell.column) + std::to_string(cell.line) + ": \"" + stored +
                       "\" is not a number");
      }
      cell.text = *number + (display.percent ? "%" : "");
    }
  }

  const Archive& archive_;
  const std::vector<std::string>& strings_;
  const std::vector<Display>& displays_;
  std::string part_;
};

}  // namespace

bool is_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.compare(0, 4, std::string_view("PK\x03\x04", 4)) == 0;
}

std::vector<Grid> read_xlsx(const Archive& archive) {
  const std::string& source = archive.source();
  // The workbook is the package's office document (usually xl/workbook.xml).
  std::string workbook = "xl/workbook.xml";
  for (const auto& [id, relation] : relationships(archive, "")) {
    if (ends_with(relation.first, "/officeDocument")) workbook = relation.second;
  }
  if (!archive.has(workbook)) {
    const bool word = archive.has("word/document.xml");
    malformed(source, workbook + " is missing: this is a zip archive, but not an Excel workbook" +
                          std::string(word ? " (it is a Word document)" : ""));
  }
  const auto relations = relationships(archive, workbook);
  std::string strings_part;
  std::string styles_part;
  for (const auto& [id, relation] : relations) {
    if (ends_with(relation.first, "/sharedStrings")) strings_part = relation.second;
    if (ends_with(relation.first, "/styles")) styles_part = relation.second;
  }
  const std::vector<std::string> strings = shared_strings(archive, strings_part);
  const std::vector<Display> displays = styles(archive, styles_part);
  SheetReader reader(archive, strings, displays);

  const std::unique_ptr<Part> book = parse(archive, workbook);
  std::vector<Grid> grids;
  for (pugi::xml_node s = child(child(book->document.document_element(), "sheets"), "sheet"); s;
       s = s.next_sibling()) {
    if (local(s) != "sheet") continue;
    const std::string name = attribute(s, "name").value();
    const auto found = relations.find(attribute(s, "id").value());
    // A chart sheet or a dialog sheet holds no table.
    if (found == relations.end() || !ends_with(found->second.first, "/worksheet")) continue;
    grids.push_back(reader.read(found->second.second, name));
  }
  if (grids.empty()) malformed(source, "the workbook has no worksheet");
  return grids;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE

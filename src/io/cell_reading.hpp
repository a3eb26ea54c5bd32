// Internal: reading the cells of published tables, which are written by hand. Each repair
// returns what it did, for a ReadingNote: a table is read as printed, never silently changed.
#ifndef JIXIAO_SRC_IO_CELL_READING_HPP
#define JIXIAO_SRC_IO_CELL_READING_HPP

#include <jixiao/version.hpp>

#include <jixiao/decimal.hpp>

#include <optional>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// `text` without the spaces around it (ASCII white space and the ideographic space).
std::string trimmed(std::string_view text);

// "/", "—", "-", "无": the cell says "nothing here" (an N/A row, a column that does not apply).
bool is_blank_marker(std::string_view text);

// A number as a cell holds it, repaired where its text is a known slip; `repair` says what was
// done (empty when the text was read as it is). Repairs: a trailing full stop ("7.50." is
// 7.50), a float artefact of the spreadsheet (0.0900000762939453 is 0.09, 0.349999994 is
// 0.35: a run of five or more 0s or 9s with digits after it), a unit the column implies
// (`unit`: "分" for points, "万元" for amounts). Nothing when the text is not a number.
std::optional<Decimal> repaired_number(const std::string& text, std::string_view unit,
                                       std::string& repair);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_CELL_READING_HPP

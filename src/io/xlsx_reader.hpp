// Internal: reading the sheets of an Office Open XML workbook (.xlsx) into grids.
#ifndef JIXIAO_SRC_IO_XLSX_READER_HPP
#define JIXIAO_SRC_IO_XLSX_READER_HPP

#include "office_package.hpp"

#include <jixiao/io/grid.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// Whether `bytes` begin as a zip archive does ("PK\3\4"), as every .xlsx and .docx does.
bool is_zip(std::string_view bytes);

// The sheets of the workbook in `archive`, in the workbook's order, each a grid named by the
// archive's source and the sheet's name. Cells are as the workbook displays them: shared and inline strings,
// the cached values of formulas, numbers as exact decimal text at most 15 significant digits
// (a spreadsheet's precision: 0.35599999999999998 is 0.356), percent-formatted numbers as
// percentages and fixed-place formats with their places ("34.79%", "9.00").
// Throws InputError 714 for an archive or XML that cannot be read, 709 past the limits of
// io/limits.hpp (a part larger than max_workbook_part_bytes unpacked, a sheet of more than
// max_table_cells cells).
std::vector<Grid> read_xlsx(const Archive& archive);

// The exact decimal text of the number a cell stores ("0.3479", "3.479E-1"), rounded half up
// to 15 significant digits, shifted left by `shift` places (2 shows it as a percentage) and
// with at least `places` decimals; nullopt if `stored` is not a number. Text only: a stored
// number never passes through a double.
std::optional<std::string> spreadsheet_number(std::string_view stored, int shift,
                                              std::size_t places);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_XLSX_READER_HPP

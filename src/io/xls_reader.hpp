// Internal: reading the sheets of an Excel 97–2003 workbook (.xls, BIFF8 in an OLE compound
// file) into grids, through FreeXL.
#ifndef JIXIAO_SRC_IO_XLS_READER_HPP
#define JIXIAO_SRC_IO_XLS_READER_HPP

#include <jixiao/io/grid.hpp>
#include <jixiao/version.hpp>

#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// Whether `bytes` begin as an OLE compound file does: an .xls workbook (or an old .doc).
bool is_compound_file(std::string_view bytes);

// The sheets of the workbook `bytes`, in its order, each a grid named `source` and the
// sheet's name. Text cells as UTF-8; a number as the decimal text of the binary double the
// format stores, at most 15 significant digits, as a spreadsheet shows it (0.1 is "0.1", not
// 0.1000000000000000055…). FreeXL gives no number formats: a percentage is its fraction
// ("0.3479") and places are not padded. Merged ranges are not read (their first cell holds the
// value, which is what the interpreter reads). FreeXL is not safe on every crafted file, so it
// reads in a child process (fork): its crash, or a read over 30 s, is a 714 here. A host that
// cannot fork (or must not) should read .xls files in a process of their own.
// Throws InputError 714 for a file FreeXL cannot read (a password-protected one says so), 709
// for a sheet of more than max_table_cells cells.
std::vector<Grid> read_xls(std::string_view bytes, const std::string& source);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_XLS_READER_HPP

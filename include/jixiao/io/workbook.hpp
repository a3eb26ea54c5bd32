/// @file io/workbook.hpp
/// @brief Reading the tables of a file, whatever its format: the one table of a CSV file,
///        every sheet of an Excel workbook (.xlsx, .xls), or every table of a Word document
///        (.docx), as io::Grid. See docs/file-format.md.
#ifndef JIXIAO_IO_WORKBOOK_HPP
#define JIXIAO_IO_WORKBOOK_HPP

#include <jixiao/io/grid.hpp>
#include <jixiao/version.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief The tables `bytes` hold, told apart by their content, not their name: a zip
/// archive holding word/document.xml is a Word document (its tables "表1", "表2" … in
/// document order), another zip an .xlsx workbook (every worksheet, in the workbook's order),
/// an OLE compound file an Excel 97–2003 .xls (read by FreeXL in a child process), anything
/// else RFC 4180 CSV text (one grid, its `sheet` empty).
/// @param bytes  the file's content
/// @param source the file's name, for grids and errors
/// @throws InputError 711 for text that is not CSV or not UTF-8, 714 for a workbook or
///         document that cannot be read or holds no sheet or table, 709 past the limits of
///         io/limits.hpp.
std::vector<Grid> parse_workbook(std::string_view bytes, const std::string& source);

/// @brief As parse_workbook(), reading the file `path` ("-": standard input).
/// @throws InputError 706 if the file cannot be read, and as parse_workbook().
std::vector<Grid> read_workbook(const std::filesystem::path& path);

/// @brief Whether `file` is named `….extension` in any case: has_extension("T.XLSX", ".xlsx").
/// @param file      the file's path
/// @param extension the extension with its dot, in lower case
bool has_extension(const std::filesystem::path& file, std::string_view extension);

/// @brief Whether `file` is named as a score table is: .csv, .xlsx, .xlsm, .xls or .docx, in
/// any case. (What it holds is told by its content when it is read.)
bool is_table_file(const std::filesystem::path& file);

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_WORKBOOK_HPP

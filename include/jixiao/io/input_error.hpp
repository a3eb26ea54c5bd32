/// @file io/input_error.hpp
/// @brief jixiao::io::InputError: a file that cannot be read as the format says, located by
///        file, line, column and JSON path (ids 7xx).
#ifndef JIXIAO_IO_INPUT_ERROR_HPP
#define JIXIAO_IO_INPUT_ERROR_HPP

#include <jixiao/error.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief The spreadsheet name of a column: 1 is "A", 26 "Z", 27 "AA".
[[nodiscard]] inline std::string column_letters(std::size_t column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  }
  return letters;
}

/// @brief Where something is in an input file.
///
/// In a text file (JSON, CSV) a place is a line and a column in characters; in a spreadsheet
/// it is a sheet, a row and a column, named as a spreadsheet user looks for it ("自评表!F12").
struct SourceLocation {
  /// Nowhere (an empty file name, no position).
  SourceLocation() = default;
  /// @param file_   the file's name
  /// @param line_   1-based line (a sheet's row), 0 when unknown
  /// @param column_ 1-based column (a sheet's column), 0 when unknown
  /// @param path_   the JSON path or column name
  /// @param sheet_  the sheet of a workbook, empty in a text file
  SourceLocation(std::string file_, std::size_t line_ = 0, std::size_t column_ = 0,
                 std::string path_ = {}, std::string sheet_ = {})
      : file(std::move(file_)),
        line(line_),
        column(column_),
        path(std::move(path_)),
        sheet(std::move(sheet_)) {}

  std::string file;        ///< The file's name as given ("-" for standard input).
  std::size_t line = 0;    ///< 1-based line (a sheet's row); 0 when unknown.
  std::size_t column = 0;  ///< 1-based column in characters (a sheet's column); 0 when unknown.
  std::string path;        ///< JSON path of the value, e.g. "/facts/2.1.2/实际支出资金".
  std::string sheet;       ///< The sheet of a workbook; empty in a text file.

  /// "file:line:column"; in a workbook "file:sheet!F12" (a whole row "file:sheet!12:12");
  /// "file" alone when the position is unknown.
  [[nodiscard]] std::string to_string() const {
    if (!sheet.empty()) {
      if (line == 0) return file + ":" + sheet;
      const std::string row = std::to_string(line);
      // A whole row is "12:12", as a spreadsheet names it.
      return file + ":" + sheet + "!" + (column == 0 ? row + ":" + row : column_letters(column) + row);
    }
    if (line == 0) return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
};

/// @brief An input file that does not follow its format (ids 7xx).
///
/// The message reads like a compiler's:
/// `[jixiao.input_error.702] seed.json:41:28: /facts/2.1.2/实际支出资金: expected a number or
/// text, found an array`.
class InputError : public Error {
 public:
  /// @param code  one of the 7xx ids
  /// @param where the file, line, column and JSON path
  /// @param what  what is wrong
  InputError(ErrorCode code, SourceLocation where, std::string_view what)
      : Error(code, "input_error", compose(where, what)), where_(std::move(where)) {}
  /// Where the problem is.
  [[nodiscard]] const SourceLocation& where() const noexcept { return where_; }

 private:
  static std::string compose(const SourceLocation& where, std::string_view what) {
    std::string text = where.to_string() + ": ";
    if (!where.path.empty()) text += where.path + ": ";
    text.append(what);
    return text;
  }

  SourceLocation where_;
};

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_INPUT_ERROR_HPP

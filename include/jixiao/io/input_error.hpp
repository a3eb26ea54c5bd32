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

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief Where something is in an input file.
struct SourceLocation {
  std::string file;        ///< The file's name as given ("-" for standard input).
  std::size_t line = 0;    ///< 1-based line; 0 when unknown.
  std::size_t column = 0;  ///< 1-based column in characters; 0 when unknown.
  std::string path;        ///< JSON path of the value, e.g. "/facts/2.1.2/实际支出资金".

  /// "file:line:column" (or "file" alone when the position is unknown).
  [[nodiscard]] std::string to_string() const {
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

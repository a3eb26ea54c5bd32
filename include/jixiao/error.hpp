/// @file error.hpp
/// @brief The exceptions jixiao throws for bad data, each with a stable numeric id.
///
/// Every message starts with `[jixiao.<category>.<id>]`, e.g.
/// `[jixiao.parse_error.102] invalid decimal "12x4": unexpected character 'x' at column 3`.
/// The ids never change meaning between releases, so an auditor can cite one and a budget
/// system can map one to its own message catalogue. `docs/errors.md` lists them all.
///
/// Broken preconditions (programmer errors) are not exceptions: they terminate through
/// GSL `Expects`. Exceptions are reserved for data that arrives at run time.
#ifndef JIXIAO_ERROR_HPP
#define JIXIAO_ERROR_HPP

#include <jixiao/version.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE

/// @brief Stable error ids. The hundreds digit names the category (and the exception class).
enum class ErrorCode : int {
  empty_text = 101,            ///< parse_error: the text is empty.
  unexpected_character = 102,  ///< parse_error: a character that cannot appear there.
  misplaced_separator = 103,   ///< parse_error: a thousands separator that breaks 3-digit groups.
  missing_digits = 104,        ///< parse_error: a sign, point or exponent without digits.
  too_many_digits = 201,       ///< overflow: a result needs more than 38 significant digits.
  scale_out_of_range = 202,    ///< overflow: a result needs more than 38 decimal places.
  division_by_zero = 301,      ///< division_by_zero: the divisor is zero.
  places_out_of_range = 401,   ///< invalid_argument: a number of places outside [0, 38].
};

/// @brief Base of every exception jixiao throws; catch this to handle all data errors.
class Error : public std::runtime_error {
 public:
  /// The stable id, e.g. ErrorCode::unexpected_character (102).
  [[nodiscard]] ErrorCode code() const noexcept { return code_; }
  /// The stable id as a number, as printed in the message.
  [[nodiscard]] int id() const noexcept { return static_cast<int>(code_); }

 protected:
  /// Builds the message `[jixiao.<category>.<id>] <message>`.
  Error(ErrorCode code, std::string_view category, std::string_view message)
      : std::runtime_error(compose(code, category, message)), code_(code) {}

 private:
  static std::string compose(ErrorCode code, std::string_view category, std::string_view message) {
    std::string text = "[jixiao.";
    text.append(category);
    text += '.';
    text += std::to_string(static_cast<int>(code));
    text += "] ";
    text.append(message);
    return text;
  }

  ErrorCode code_;
};

/// @brief Text that is not what it claims to be (ids 1xx); knows where it went wrong.
class ParseError : public Error {
 public:
  /// @param code    one of the 1xx ids
  /// @param message what is wrong, naming the position
  /// @param column  1-based byte offset of the offending character in the parsed text
  ParseError(ErrorCode code, std::string_view message, std::size_t column)
      : Error(code, "parse_error", message), column_(column) {}
  /// 1-based byte offset of the offending character (one past the end for truncated text).
  [[nodiscard]] std::size_t column() const noexcept { return column_; }

 private:
  std::size_t column_;
};

/// @brief A result that does not fit the exact representation (ids 2xx). Never a wrap.
class OverflowError : public Error {
 public:
  /// @param code    one of the 2xx ids
  /// @param message what overflowed
  OverflowError(ErrorCode code, std::string_view message) : Error(code, "overflow", message) {}
};

/// @brief Division by zero (id 301), e.g. a 预算执行率 whose 到位资金 is 0.
class DivisionByZeroError : public Error {
 public:
  /// @param message what was divided
  explicit DivisionByZeroError(std::string_view message)
      : Error(ErrorCode::division_by_zero, "division_by_zero", message) {}
};

/// @brief An argument outside its documented domain that came from data (ids 4xx).
class InvalidArgumentError : public Error {
 public:
  /// @param code    one of the 4xx ids
  /// @param message which argument and its allowed range
  InvalidArgumentError(ErrorCode code, std::string_view message)
      : Error(code, "invalid_argument", message) {}
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_ERROR_HPP

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

#include <jixiao/detail/contract.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief Stable error ids. The hundreds digit names the category (and the exception class).
enum class ErrorCode : int {
  empty_text = 101,            ///< parse_error: the text is empty.
  unexpected_character = 102,  ///< parse_error: a character that cannot appear there.
  misplaced_separator = 103,   ///< parse_error: a thousands separator that breaks 3-digit groups.
  missing_digits = 104,        ///< parse_error: a sign, point or exponent without digits.
  invalid_formula = 105,  ///< parse_error: a formula that cannot be read (syntax, names, types).
  too_many_digits = 201,       ///< overflow: a result needs more than 38 significant digits.
  scale_out_of_range = 202,    ///< overflow: a result needs more than 38 decimal places.
  division_by_zero = 301,      ///< division_by_zero: the divisor is zero.
  places_out_of_range = 401,   ///< invalid_argument: a number of places outside [0, 38].
  points_mismatch = 501,       ///< invalid_framework: children's 分值 do not sum to the parent's.
  total_mismatch = 502,        ///< invalid_framework: the root's 分值 is not the declared total.
  duplicate_code = 503,        ///< invalid_framework: two indicators share a code.
  negative_points = 504,       ///< invalid_framework: a 分值 below zero.
  invalid_rule = 505,          ///< invalid_framework: incoherent rule parameters.
  missing_rule = 506,  ///< invalid_framework: a leaf without a scoring rule, or an empty code.
  invalid_grade_scale = 507,  ///< invalid_framework: grade bands with gaps or overlaps.
  invalid_rounding = 508,     ///< invalid_framework: rounding places that cannot hold the scores.
  tree_too_deep = 509,        ///< invalid_framework: a tree deeper than jixiao::max_depth.
  missing_input = 601,        ///< invalid_facts: a rule needs an input the facts do not give.
  invalid_input = 602,        ///< invalid_facts: an input of the wrong type or outside its domain.
  zero_denominator = 603,     ///< invalid_facts: a rate whose denominator is zero.
  score_outside_band = 604,   ///< invalid_facts: a qualitative score outside its level's band.
  value_outside_bands = 605,  ///< invalid_facts: a value that falls in no band of a step rule.
  missing_reason = 606,       ///< invalid_facts: a manual score without a written reason.
  unknown_indicator = 607,    ///< invalid_facts: facts for a code the framework does not have.
  score_out_of_range = 608,  ///< invalid_facts: a score given by the evaluator outside [0, 分值].
  malformed_json = 701,      ///< input_error: text that is not JSON (or not UTF-8).
  wrong_type = 702,          ///< input_error: a field of the wrong JSON type.
  unknown_field = 703,       ///< input_error: a field the format does not have (a typo?).
  missing_field = 704,       ///< input_error: a required field is absent.
  invalid_value = 705,       ///< input_error: a value the format cannot accept.
  unreadable_file = 706,     ///< input_error: a file that cannot be read.
  unsupported_format = 707,  ///< input_error: a missing or unknown "format" version.
  duplicate_key = 708,       ///< input_error: the same key twice in one JSON object.
  limit_exceeded = 709,      ///< input_error: nesting, size or count beyond the documented limits.
  unwritable = 710,     ///< write_error: a framework part with no file form (a custom C++ rule).
  malformed_csv = 711,  ///< input_error: text that is not RFC 4180 CSV (or not UTF-8).
  blank_fact = 712,     ///< input_error: a fact still blank (null) in a fill-in file.
  bare_percentage = 713,  ///< input_error: a bare number where a percentage is expected, and
                          ///< no convention declared ("percent_numbers") to read it by.
  malformed_workbook = 714,  ///< input_error: a workbook (.xlsx) whose archive or XML cannot
                             ///< be read: not a zip, a part missing, XML that is not well formed.
  invalid_rule_kind = 715,   ///< rule_kind_error: a rule kind that cannot be registered (its
                             ///< name empty or taken, no reader), or a rule not of its kind's class.
};

/// @brief The id's name, e.g. "zero_denominator" for ErrorCode::zero_denominator (603).
inline std::string_view name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::empty_text:
      return "empty_text";
    case ErrorCode::unexpected_character:
      return "unexpected_character";
    case ErrorCode::misplaced_separator:
      return "misplaced_separator";
    case ErrorCode::missing_digits:
      return "missing_digits";
    case ErrorCode::invalid_formula:
      return "invalid_formula";
    case ErrorCode::too_many_digits:
      return "too_many_digits";
    case ErrorCode::scale_out_of_range:
      return "scale_out_of_range";
    case ErrorCode::division_by_zero:
      return "division_by_zero";
    case ErrorCode::places_out_of_range:
      return "places_out_of_range";
    case ErrorCode::points_mismatch:
      return "points_mismatch";
    case ErrorCode::total_mismatch:
      return "total_mismatch";
    case ErrorCode::duplicate_code:
      return "duplicate_code";
    case ErrorCode::negative_points:
      return "negative_points";
    case ErrorCode::invalid_rule:
      return "invalid_rule";
    case ErrorCode::missing_rule:
      return "missing_rule";
    case ErrorCode::invalid_grade_scale:
      return "invalid_grade_scale";
    case ErrorCode::invalid_rounding:
      return "invalid_rounding";
    case ErrorCode::tree_too_deep:
      return "tree_too_deep";
    case ErrorCode::missing_input:
      return "missing_input";
    case ErrorCode::invalid_input:
      return "invalid_input";
    case ErrorCode::zero_denominator:
      return "zero_denominator";
    case ErrorCode::score_outside_band:
      return "score_outside_band";
    case ErrorCode::value_outside_bands:
      return "value_outside_bands";
    case ErrorCode::missing_reason:
      return "missing_reason";
    case ErrorCode::unknown_indicator:
      return "unknown_indicator";
    case ErrorCode::score_out_of_range:
      return "score_out_of_range";
    case ErrorCode::malformed_json:
      return "malformed_json";
    case ErrorCode::wrong_type:
      return "wrong_type";
    case ErrorCode::unknown_field:
      return "unknown_field";
    case ErrorCode::missing_field:
      return "missing_field";
    case ErrorCode::invalid_value:
      return "invalid_value";
    case ErrorCode::unreadable_file:
      return "unreadable_file";
    case ErrorCode::unsupported_format:
      return "unsupported_format";
    case ErrorCode::duplicate_key:
      return "duplicate_key";
    case ErrorCode::limit_exceeded:
      return "limit_exceeded";
    case ErrorCode::unwritable:
      return "unwritable";
    case ErrorCode::malformed_csv:
      return "malformed_csv";
    case ErrorCode::blank_fact:
      return "blank_fact";
    case ErrorCode::bare_percentage:
      return "bare_percentage";
    case ErrorCode::malformed_workbook:
      return "malformed_workbook";
    case ErrorCode::invalid_rule_kind:
      return "invalid_rule_kind";
  }
  return "unknown";
}

/// Writes an id as "603 zero_denominator" (include `<ostream>` to use it).
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& out,
                                              ErrorCode code) {
  return out << static_cast<int>(code) << ' ' << name(code).data();
}

/// @brief Base of every exception jixiao throws; catch this to handle all data errors.
class Error : public std::runtime_error {
 public:
  /// The stable id, e.g. ErrorCode::unexpected_character (102).
  [[nodiscard]] ErrorCode code() const noexcept { return code_; }
  /// The stable id as a number, as printed in the message.
  [[nodiscard]] int id() const noexcept { return static_cast<int>(code_); }
  /// The message without the `[jixiao.<category>.<id>] ` prefix.
  [[nodiscard]] const char* message() const noexcept { return what() + prefix_length_; }

 protected:
  /// Builds the message `[jixiao.<category>.<id>] <message>`; a NUL byte in `message` is
  /// written `\x00`, since what() is a C string.
  Error(ErrorCode code, std::string_view category, std::string_view message)
      : std::runtime_error(compose(code, category, message)),
        code_(code),
        prefix_length_(prefix(code, category).size()) {}

 private:
  static std::string prefix(ErrorCode code, std::string_view category) {
    std::string text = "[jixiao.";
    text.append(category);
    text += '.';
    text += std::to_string(static_cast<int>(code));
    text += "] ";
    return text;
  }

  static std::string compose(ErrorCode code, std::string_view category, std::string_view message) {
    std::string text = prefix(code, category);
    for (const char c : message) {
      if (c == '\0') {
        text += "\\x00";
      } else {
        text += c;
      }
    }
    return text;
  }

  ErrorCode code_;
  std::size_t prefix_length_;
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

/// @brief A formula that cannot be read (id 105): bad syntax, an unknown name of a function or
/// rounding mode, a type mismatch, or a formula beyond jixiao::Formula's limits.
class FormulaError : public Error {
 public:
  /// @param message what is wrong, ending with "at column N"
  /// @param column  1-based column, in characters (not bytes), of the offending token
  FormulaError(std::string_view message, std::size_t column)
      : Error(ErrorCode::invalid_formula, "parse_error", message), column_(column) {}
  /// 1-based column, in characters (not bytes), of the offending token in the formula.
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

/// @brief One thing wrong with a framework or with the facts of an evaluation, located at an
/// indicator.
struct Problem {
  ErrorCode code;         ///< Stable id (5xx framework, 6xx facts).
  std::string indicator;  ///< Code of the indicator concerned ("" for the framework itself).
  std::string message;  ///< What is wrong, naming the indicator, e.g. "2.1.2 预算执行率: …".
};

/// @brief Base of the errors that report every problem found, not only the first.
class ProblemsError : public Error {
 public:
  /// Every problem, in tree order.
  [[nodiscard]] const std::vector<Problem>& problems() const noexcept { return problems_; }

 protected:
  /// `problems` must not be empty; the first gives the id.
  ProblemsError(std::string_view category, std::vector<Problem> problems)
      : Error(first(problems).code, category, summary(problems)), problems_(std::move(problems)) {}

 private:
  static const Problem& first(const std::vector<Problem>& problems) {
    JIXIAO_EXPECTS(!problems.empty());
    return problems.front();
  }

  static std::string summary(const std::vector<Problem>& problems) {
    std::string text = problems.front().message;
    if (problems.size() > 1) {
      text += " (and " + std::to_string(problems.size() - 1) + " more problem";
      text += problems.size() > 2 ? "s)" : ")";
    }
    return text;
  }

  std::vector<Problem> problems_;
};

/// @brief A framework that cannot be scored with (ids 5xx): sums, codes, rules, grade bands.
class ValidationError : public ProblemsError {
 public:
  /// @param problems every problem found; not empty
  explicit ValidationError(std::vector<Problem> problems)
      : ProblemsError("invalid_framework", std::move(problems)) {}
};

/// @brief Facts that cannot be scored (ids 6xx): missing inputs, zero denominators, scores
/// outside their band. Each problem names the indicator.
class ScoringError : public ProblemsError {
 public:
  /// @param problems every problem found; not empty
  explicit ScoringError(std::vector<Problem> problems)
      : ProblemsError("invalid_facts", std::move(problems)) {}
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_ERROR_HPP

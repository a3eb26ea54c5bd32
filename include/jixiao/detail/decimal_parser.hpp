// Internal: text → (coefficient, scale), the grammar behind jixiao::Decimal::parse.
//
//   decimal   = [sign] mantissa [exponent] ["%"]
//   mantissa  = integer ["." digits] | "." digits
//   integer   = digits | group ("," three-digits)+      (1,994.00 — groups are checked)
//   exponent  = ("e" | "E") [sign] digits                (JSON numbers: 1.5E+3)
//
// "%" divides by 100 exactly ("34.79%" is 0.3479). No whitespace, no "NaN", no "Infinity":
// a value that is not a finite decimal is an error, never a guess.
#ifndef JIXIAO_DETAIL_DECIMAL_PARSER_HPP
#define JIXIAO_DETAIL_DECIMAL_PARSER_HPP

#include <jixiao/detail/int128.hpp>
#include <jixiao/detail/quote.hpp>
#include <jixiao/error.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace detail {

struct ParsedDecimal {
  int128 coefficient;
  int scale;
};

[[noreturn]] inline void throw_parse_error(ErrorCode code, std::string_view text, std::size_t index,
                                           std::string_view what) {
  std::string message = "invalid decimal " + quote(text) + ": ";
  message.append(what);
  message += " at column " + std::to_string(index + 1);
  throw ParseError(code, message, index + 1);
}

[[noreturn]] inline void throw_unexpected_character(std::string_view text, std::size_t index) {
  throw_parse_error(ErrorCode::unexpected_character, text, index,
                    "unexpected character " + describe_character(text, index));
}

[[noreturn]] inline void throw_too_many_digits(std::string_view text) {
  throw OverflowError(ErrorCode::too_many_digits,
                      "the decimal " + quote(text) + " has more than 38 significant digits");
}

/// Exponents are read up to this magnitude; beyond it only "too large" matters.
inline constexpr long long saturated_exponent = 1'000'000'000;

[[noreturn]] inline void throw_too_many_places(std::string_view text, long long scale) {
  const std::string places =
      scale < saturated_exponent ? std::to_string(scale) : "more than " + std::to_string(scale);
  throw OverflowError(ErrorCode::scale_out_of_range,
                      "the decimal " + quote(text) + " needs " + places +
                          " decimal places; at most 38 are supported");
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// Whether C++14 digit separators (') are skipped: only for the text of a `_dec` literal,
/// where the compiler has already checked that they stand between digits.
enum class DigitSeparators : unsigned char { rejected, cpp_literal };

constexpr ParsedDecimal parse_decimal(std::string_view text,
                                      DigitSeparators separators = DigitSeparators::rejected) {
  const std::size_t n = text.size();
  if (n == 0) throw_parse_error(ErrorCode::empty_text, text, 0, "empty text");

  std::size_t i = 0;
  bool negative = false;
  if (text[0] == '+' || text[0] == '-') {
    negative = text[0] == '-';
    i = 1;
  }

  uint128 coefficient = 0;
  int significant = 0;
  bool has_digits = false;
  // Too many digits is reported only once the whole text is known to be a decimal, so that
  // malformed text always gets its ParseError, with the column.
  bool too_many_digits = false;
  const auto take_digit = [&](char c) {
    has_digits = true;
    const auto digit = static_cast<unsigned>(c - '0');
    if (coefficient == 0 && digit == 0) return;  // leading zeros are not significant
    if (too_many_digits || ++significant > max_digits) {
      too_many_digits = true;
      return;
    }
    coefficient = coefficient * 10 + digit;
  };
  const auto skip_separator = [&](std::size_t at) {
    return separators == DigitSeparators::cpp_literal && at < n && text[at] == '\'';
  };

  // Integer part, optionally in thousands groups.
  int group = 0;
  bool grouped = false;
  for (; i < n; ++i) {
    const char c = text[i];
    if (skip_separator(i)) continue;
    if (is_digit(c)) {
      if (grouped && group == 3) {
        throw_parse_error(ErrorCode::misplaced_separator, text, i,
                          "a thousands group has more than 3 digits");
      }
      take_digit(c);
      ++group;
    } else if (c == ',') {
      if (group == 0 || group > 3 || (grouped && group != 3)) {
        throw_parse_error(ErrorCode::misplaced_separator, text, i, "misplaced thousands separator");
      }
      grouped = true;
      group = 0;
    } else {
      break;
    }
  }
  if (grouped && group != 3) {
    throw_parse_error(ErrorCode::misplaced_separator, text, i,
                      "a thousands group has fewer than 3 digits");
  }

  long long fraction_digits = 0;
  if (i < n && text[i] == '.') {
    for (++i; i < n && (is_digit(text[i]) || skip_separator(i)); ++i) {
      if (skip_separator(i)) continue;
      take_digit(text[i]);
      ++fraction_digits;
    }
  }
  if (!has_digits) {
    if (i < n) throw_unexpected_character(text, i);
    throw_parse_error(ErrorCode::missing_digits, text, i, "expected a digit");
  }

  long long exponent = 0;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exponent_negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) {
      exponent_negative = text[i] == '-';
      ++i;
    }
    if (i >= n || !is_digit(text[i])) {
      throw_parse_error(ErrorCode::missing_digits, text, i, "expected exponent digits");
    }
    for (; i < n && (is_digit(text[i]) || skip_separator(i)); ++i) {
      if (skip_separator(i)) continue;
      if (exponent < saturated_exponent) exponent = exponent * 10 + (text[i] - '0');
    }
    if (exponent_negative) exponent = -exponent;
  }

  long long scale = fraction_digits - exponent;
  if (i < n && text[i] == '%') {
    scale += 2;
    ++i;
  }
  if (i < n) throw_unexpected_character(text, i);
  if (too_many_digits) throw_too_many_digits(text);

  if (scale < 0) {
    if (coefficient != 0) {
      if (-scale > max_digits || coefficient > max_scalable(static_cast<int>(-scale))) {
        throw_too_many_digits(text);
      }
      coefficient *= pow10(static_cast<int>(-scale));
    }
    scale = 0;
  } else if (scale > max_digits) {
    throw_too_many_places(text, scale);
  }
  return {with_sign(coefficient, negative), static_cast<int>(scale)};
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_DECIMAL_PARSER_HPP

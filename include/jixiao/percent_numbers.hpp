/// @file percent_numbers.hpp
/// @brief jixiao::PercentNumbers: how a file's bare numbers read where a percentage is
///        expected — by a declared convention, or not at all.
#ifndef JIXIAO_PERCENT_NUMBERS_HPP
#define JIXIAO_PERCENT_NUMBERS_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE

/// @brief How a bare number (one written without a percent sign) reads where a percentage
/// is expected: a percent quantity's input, the 实际完成值 of a percent target, the bounds
/// and thresholds of a rule on a rate.
///
/// Files are written by people, and people write 85 for 85% as often as 0.85: guessing from
/// the magnitude would misread one of them silently. So a file that writes bare numbers
/// declares which it means; without a declaration (`refuse`, the default) a bare number
/// other than 0 is an input error (713) that says how to write it. "85%" (also "85％",
/// "85百分比", "85个百分点") always reads as 85%. Numbers given in C++ (a Decimal fact) are
/// fractions, as the API documents; the convention is a file's.
enum class PercentNumbers : unsigned char {
  refuse,    ///< A bare number other than 0 is an error (713): write "85%".
  fraction,  ///< A bare number is a fraction: 0.85 is 85%.
  percent,   ///< A bare number is in percent: 85 is 85%.
};

/// @brief The file spelling of a convention: "refuse", "fraction", "percent".
inline std::string_view spelling(PercentNumbers convention) noexcept {
  switch (convention) {
    case PercentNumbers::fraction:
      return "fraction";
    case PercentNumbers::percent:
      return "percent";
    case PercentNumbers::refuse:
      break;
  }
  return "refuse";
}

/// @brief The convention a spelling names, or nothing.
inline std::optional<PercentNumbers> percent_numbers(std::string_view spelling) noexcept {
  if (spelling == "refuse") return PercentNumbers::refuse;
  if (spelling == "fraction") return PercentNumbers::fraction;
  if (spelling == "percent") return PercentNumbers::percent;
  return std::nullopt;
}

namespace detail {

/// The percent words a number may end with, "%" first.
inline constexpr std::string_view percent_words[] = {"%", "％", "百分比", "个百分点"};

/// `text` with a trailing percent word replaced by "%"; whether it had one in `found`.
inline std::string normalize_percent(std::string_view text, bool& found) {
  std::size_t end = text.find_last_not_of(" \t");
  std::string_view trimmed = end == std::string_view::npos ? text : text.substr(0, end + 1);
  for (const std::string_view word : percent_words) {
    if (trimmed.size() >= word.size() &&
        trimmed.substr(trimmed.size() - word.size()) == word) {
      found = true;
      std::string_view number = trimmed.substr(0, trimmed.size() - word.size());
      const std::size_t last = number.find_last_not_of(" \t");
      number = last == std::string_view::npos ? std::string_view() : number.substr(0, last + 1);
      return std::string(number) + "%";
    }
  }
  found = false;
  return std::string(text);
}

}  // namespace detail

/// @brief A bare number `value` read by `convention` as a fraction (85 → 0.85 in percent),
/// or nothing when the convention is `refuse` and the value is not 0.
inline std::optional<Decimal> read_bare_percentage(const Decimal& value,
                                                   PercentNumbers convention) {
  switch (convention) {
    case PercentNumbers::fraction:
      return value;
    case PercentNumbers::percent:
      return value * Decimal::from_scaled(1, 2);  // exactly: 85 → 0.85
    case PercentNumbers::refuse:
      break;
  }
  if (value.is_zero()) return value;  // 0 is 0% whatever the convention
  return std::nullopt;
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_PERCENT_NUMBERS_HPP

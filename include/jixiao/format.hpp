/// @file format.hpp
/// @brief Fixed-place text for reports: `34.79`, `34.79%`, `1,994.00`.
#ifndef JIXIAO_FORMAT_HPP
#define JIXIAO_FORMAT_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/int128.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <type_traits>

JIXIAO_BEGIN_NAMESPACE

/// @brief Whether a number is shown as itself or as a percentage.
enum class Notation : unsigned char {
  plain,    ///< `0.3479` → `0.35` (2 places)
  percent,  ///< `0.3479` → `34.79%` (the value × 100, then the places, then `%`)
};

/// @brief How format() writes a number: places, rounding, notation, grouping.
///
/// The defaults print what Chinese reports print: 2 places, 四舍五入 (half_up), no grouping.
/// @code
/// jixiao::FixedFormat percent;                 // C++17
/// percent.notation = jixiao::Notation::percent;
/// jixiao::format(jixiao::Ratio(693.68_dec, 1994_dec), percent);   // "34.79%"
/// jixiao::format(1994_dec, {2, jixiao::Rounding::half_up, jixiao::Notation::plain, true});
///                                                                 // "1,994.00"
/// @endcode
struct FixedFormat {
  /// Digits after the point, in [0, 38] (in [0, 36] for percent, which uses 2 more).
  int places = 2;
  /// How digits beyond `places` are dropped; padding with zeros is always exact.
  Rounding rounding = Rounding::half_up;
  /// Plain number or percentage.
  Notation notation = Notation::plain;
  /// Separate thousands in the integer part with commas (`1,994.00`).
  bool group_thousands = false;
};

namespace detail {

/// Writes magnitude × 10^−scale (scale may be negative, and at most `places`) with exactly
/// `places` decimals.
inline std::string render_fixed(bool negative, uint128 magnitude, int scale, int places,
                                bool group_thousands) {
  std::string digits = digits_of(magnitude);
  if (scale < 0) {
    if (magnitude != 0) digits.append(static_cast<std::size_t>(-scale), '0');
    scale = 0;
  }
  digits.append(static_cast<std::size_t>(places - scale), '0');
  const auto fraction_length = static_cast<std::size_t>(places);
  if (digits.size() <= fraction_length) {
    digits.insert(0, fraction_length + 1 - digits.size(), '0');
  }
  std::string integer = digits.substr(0, digits.size() - fraction_length);
  if (group_thousands) {
    for (std::size_t at = integer.size(); at > 3; at -= 3) integer.insert(at - 3, 1, ',');
  }
  std::string text = negative && magnitude != 0 ? "-" + integer : integer;
  if (places > 0) text += "." + digits.substr(digits.size() - fraction_length);
  return text;
}

/// Decimal places the value must be rounded to before it is shown with `spec`.
inline int rounding_places(const FixedFormat& spec) {
  const bool percent = spec.notation == Notation::percent;
  const int limit = percent ? Decimal::max_scale - 2 : Decimal::max_scale;
  if (spec.places < 0 || spec.places > limit) {
    throw InvalidArgumentError(ErrorCode::places_out_of_range,
                               "format places " + std::to_string(spec.places) + " is outside [0, " +
                                   std::to_string(limit) + "]");
  }
  return percent ? spec.places + 2 : spec.places;
}

inline std::string render(const Decimal& rounded, const FixedFormat& spec) {
  const int shift = spec.notation == Notation::percent ? 2 : 0;
  const int128 coefficient = DecimalAccess::coefficient(rounded);
  std::string text = render_fixed(coefficient < 0, magnitude(coefficient), rounded.scale() - shift,
                                  spec.places, spec.group_thousands);
  if (shift != 0) text += '%';
  return text;
}

}  // namespace detail

/// @brief The value with exactly `spec.places` decimals, e.g. `"1,994.00"` or `"34.79%"`.
///
/// Extra digits are dropped by `spec.rounding`; missing ones are zeros. A percentage rounds
/// the value × 100, so `0.34785` shows as `34.79%` (half_up).
/// @throws InvalidArgumentError spec.places outside its range.
[[nodiscard]] inline std::string format(const Decimal& value, const FixedFormat& spec) {
  const int places = detail::rounding_places(spec);
  return detail::render(value.scale() > places ? value.round(places, spec.rounding) : value, spec);
}

namespace detail {

/// A fraction as a percentage with all its digits and at least 2 places: "34.79%", "34.785%",
/// "100.00%". Written textually, so it never overflows (1e35 is "1e37%" in full digits).
inline std::string exact_percent_text(const Decimal& fraction) {
  const Decimal stripped = fraction.strip_trailing_zeros();
  FixedFormat spec;
  spec.notation = Notation::percent;
  spec.places = stripped.scale() > 4 ? stripped.scale() - 2 : 2;
  return format(stripped, spec);  // no digit is dropped: places + 2 >= the scale
}

}  // namespace detail

/// @brief An integer with exactly `spec.places` decimals: `format(1994, spec)`.
template <class Integer, std::enable_if_t<detail::is_plain_integer_v<Integer>, int> = 0>
[[nodiscard]] std::string format(Integer value, const FixedFormat& spec) {
  return format(Decimal(value), spec);
}

/// @brief The exact quotient with exactly `spec.places` decimals, rounded once:
/// `format(Ratio(693.68_dec, 1994_dec), percent)` is `"34.79%"`. Unlike a Decimal, a quotient
/// is rounded to the places before it is written, so its integer digits plus the places
/// (plus 2 for a percentage) must fit in 38 digits.
/// @throws InvalidArgumentError spec.places outside its range.
/// @throws OverflowError        the rounded quotient needs more than 38 digits.
[[nodiscard]] inline std::string format(const Ratio& value, const FixedFormat& spec) {
  return detail::render(value.round(detail::rounding_places(spec), spec.rounding), spec);
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_FORMAT_HPP

/// @file decimal.hpp
/// @brief jixiao::Decimal, the exact decimal number every score and amount is held in.
#ifndef JIXIAO_DECIMAL_HPP
#define JIXIAO_DECIMAL_HPP

#include <jixiao/detail/decimal_parser.hpp>
#include <jixiao/detail/int128.hpp>
#include <jixiao/detail/rounding_step.hpp>
#include <jixiao/error.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>

JIXIAO_BEGIN_NAMESPACE

class Decimal;

namespace detail {

/// Lossless integer types: the standard integers up to 64 bits, but not bool or the character
/// types. (__int128 counts as integral in GNU mode, and does not always fit 38 digits.)
template <class T>
inline constexpr bool is_plain_integer_v = std::is_integral_v<T> &&
                                           sizeof(T) <= sizeof(std::int64_t) &&
                                           !std::is_same_v<T, bool> && !std::is_same_v<T, char> &&
                                           !std::is_same_v<T, wchar_t> &&
                                           !std::is_same_v<T, char16_t> &&
                                           !std::is_same_v<T, char32_t>
#if defined(__cpp_char8_t)
                                           && !std::is_same_v<T, char8_t>
#endif
    ;

/// Lets the other core headers (Ratio) read and build decimals without widening the API.
struct DecimalAccess {
  static constexpr int128 coefficient(const Decimal& value) noexcept;
  static constexpr Decimal make(int128 coefficient, int scale) noexcept;
};

[[noreturn]] inline void throw_places_out_of_range(const char* what, int places) {
  throw InvalidArgumentError(
      ErrorCode::places_out_of_range,
      std::string(what) + " " + std::to_string(places) + " is outside [0, 38]");
}

[[noreturn]] inline void throw_too_many_digits(const char* operation) {
  throw OverflowError(ErrorCode::too_many_digits, std::string("the exact ") + operation +
                                                      " needs more than 38 significant digits");
}

[[noreturn]] inline void throw_too_many_places(const char* operation, int places) {
  throw OverflowError(ErrorCode::scale_out_of_range,
                      std::string("the exact ") + operation + " needs " + std::to_string(places) +
                          " decimal places; at most 38 are supported");
}

/// c × 10^by, or an overflow error when that needs more than 38 digits.
constexpr int128 scale_coefficient_up(int128 c, int by, const char* operation) {
  if (by == 0) return c;
  if (magnitude(c) > max_scalable(by)) throw_too_many_digits(operation);
  return c * static_cast<int128>(pow10(by));
}

}  // namespace detail

/// @brief An exact decimal number: an integer coefficient × 10^−scale.
///
/// `Decimal` is what Java calls BigDecimal and Python `decimal.Decimal`, restricted to a
/// fixed range so that it never allocates: up to **38 significant digits** and a **scale of
/// 0 to 38** decimal places (so ±10^20 with 10 decimal places, or any amount in 元 up to
/// 10^36 with 2 places). The value remembers its scale: `1.50` prints as `1.50`, yet
/// `1.50 == 1.5`, and both hash alike.
///
/// - `+`, `-`, `*` are exact. The result of `+`/`-` has the larger scale of the operands,
///   the result of `*` the sum of their scales (`1.5 * 2.00` is `3.000`).
/// - Anything that can lose digits names the places and the Rounding mode:
///   round() here, and jixiao::divide() / jixiao::Ratio for division. There is no `/`.
/// - A result that does not fit throws OverflowError; it never wraps and never falls back to
///   binary floating point. Decimals cannot be built from `double` at all: parse the text.
///
/// @code
/// using namespace jixiao::literals;
/// jixiao::Decimal spent = jixiao::Decimal::parse("693.68");
/// jixiao::Decimal weight = 5;
/// auto rate = jixiao::divide(spent, 1994.00_dec, 4, jixiao::Rounding::half_up);  // 0.3479
/// auto score = (rate * weight).round(2, jixiao::Rounding::half_up);               // 1.74
/// @endcode
class Decimal {
 public:
  /// Most significant digits a Decimal holds.
  static constexpr int max_digits = detail::max_digits;
  /// Most decimal places a Decimal holds.
  static constexpr int max_scale = detail::max_digits;

  /// Zero, with scale 0.
  constexpr Decimal() noexcept = default;

  /// An integer, exactly, with scale 0. `bool` and character types are rejected.
  template <class Integer, std::enable_if_t<detail::is_plain_integer_v<Integer>, int> = 0>
  constexpr Decimal(Integer value) noexcept  // NOLINT(google-explicit-constructor): lossless
      : coefficient_(static_cast<detail::int128>(value)) {}

  /// Deleted: a `double` such as 0.1 is not the decimal it was written as. Parse text instead,
  /// or use the `_dec` literal (`0.1_dec`), which reads the digits as written.
  template <class Float, std::enable_if_t<std::is_floating_point_v<Float>, int> = 0>
  Decimal(Float) = delete;

  /// @brief Reads a decimal from text, exactly.
  ///
  /// Accepts `1994`, `1994.00`, `-0.125`, `+3`, `.5`, thousands groups `1,994.00`, a percent
  /// sign `34.79%` (= 0.3479) and exponents as JSON writes them, `1.5E+3`. The scale is the
  /// number of digits written after the point (adjusted by exponent and `%`, never below 0).
  /// @throws ParseError    text that is not a decimal (empty, stray character, bad grouping,
  ///                       missing digits); the message and ParseError::column() say where.
  /// @throws OverflowError more than 38 significant digits or more than 38 places.
  static constexpr Decimal parse(std::string_view text) {
    const detail::ParsedDecimal parsed = detail::parse_decimal(text);
    return Decimal(parsed.coefficient, parsed.scale);
  }

  /// @brief `coefficient × 10^−scale`, e.g. `from_scaled(69368, 2)` is 693.68.
  /// @throws InvalidArgumentError if scale is outside [0, 38].
  static constexpr Decimal from_scaled(std::int64_t coefficient, int scale) {
    if (scale < 0 || scale > max_scale) detail::throw_places_out_of_range("scale", scale);
    return Decimal(coefficient, scale);
  }

  /// Number of decimal places kept (2 for `1.50`).
  [[nodiscard]] constexpr int scale() const noexcept { return scale_; }
  /// −1, 0 or +1.
  [[nodiscard]] constexpr int signum() const noexcept {
    return coefficient_ < 0 ? -1 : (coefficient_ > 0 ? 1 : 0);
  }
  /// Whether the value is zero (at any scale).
  [[nodiscard]] constexpr bool is_zero() const noexcept { return coefficient_ == 0; }
  /// The absolute value, same scale. Never overflows: the range is symmetric.
  [[nodiscard]] constexpr Decimal abs() const noexcept {
    return Decimal(coefficient_ < 0 ? -coefficient_ : coefficient_, scale_);
  }

  /// @brief The value with exactly `places` decimal places.
  ///
  /// Fewer places than scale() drop digits by `mode` (`2.345` → `2.35` with half_up);
  /// more places append zeros exactly (`1.5` → `1.500`).
  /// @throws InvalidArgumentError places outside [0, 38].
  /// @throws OverflowError        appending zeros would exceed 38 digits.
  [[nodiscard]] constexpr Decimal round(int places, Rounding mode) const {
    if (places < 0 || places > max_scale) detail::throw_places_out_of_range("places", places);
    if (places >= scale_) {
      return Decimal(detail::scale_coefficient_up(coefficient_, places - scale_, "rescaling"),
                     places);
    }
    const detail::uint128 unit = detail::pow10(scale_ - places);
    detail::uint128 kept = 0;
    detail::uint128 dropped = 0;
    detail::divide_with_remainder(detail::magnitude(coefficient_), unit, kept, dropped);
    const bool negative = coefficient_ < 0;
    if (detail::round_away_from_zero(mode, detail::classify_remainder(dropped, unit), negative,
                                     (kept & 1) != 0)) {
      ++kept;
    }
    return Decimal(detail::with_sign(kept, negative), places);
  }

  /// The same value at the smallest scale that holds it exactly (`1.500` → `1.5`, `0.0` → `0`).
  [[nodiscard]] constexpr Decimal strip_trailing_zeros() const noexcept {
    detail::int128 c = coefficient_;
    int s = scale_;
    while (s > 0 && c % 10 == 0) {
      c /= 10;
      --s;
    }
    return Decimal(c, s);
  }

  /// @brief The exact value with its scale: `"1.50"`, `"-0.125"`, `"1994"`. Never exponents.
  [[nodiscard]] std::string to_string() const {
    std::string digits = detail::digits_of(detail::magnitude(coefficient_));
    if (scale_ > 0) {
      const auto places = static_cast<std::size_t>(scale_);
      if (digits.size() <= places) digits.insert(0, places + 1 - digits.size(), '0');
      digits.insert(digits.size() - places, 1, '.');
    }
    if (coefficient_ < 0) digits.insert(0, 1, '-');
    return digits;
  }

  /// A hash consistent with `==`: equal values hash alike whatever their scale.
  [[nodiscard]] std::size_t hash() const noexcept {
    const Decimal canonical = strip_trailing_zeros();
    const auto bits = static_cast<detail::uint128>(canonical.coefficient_);
    const std::hash<std::uint64_t> h{};
    std::size_t seed = h(static_cast<std::uint64_t>(bits));
    const auto mix = [&seed](std::size_t v) {
      seed ^= v + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
    };
    mix(h(static_cast<std::uint64_t>(bits >> 64)));
    mix(static_cast<std::size_t>(canonical.scale_));
    return seed;
  }

  /// The value itself.
  friend constexpr Decimal operator+(const Decimal& a) noexcept { return a; }
  /// The negated value, same scale. Never overflows.
  friend constexpr Decimal operator-(const Decimal& a) noexcept {
    return Decimal(-a.coefficient_, a.scale_);
  }
  /// Exact sum, scale max(a.scale(), b.scale()). @throws OverflowError beyond 38 digits.
  friend constexpr Decimal operator+(const Decimal& a, const Decimal& b) {
    return add(a.coefficient_, a.scale_, b.coefficient_, b.scale_);
  }
  /// Exact difference, scale max(a.scale(), b.scale()). @throws OverflowError beyond 38 digits.
  friend constexpr Decimal operator-(const Decimal& a, const Decimal& b) {
    return add(a.coefficient_, a.scale_, -b.coefficient_, b.scale_);
  }
  /// @brief Exact product, scale a.scale() + b.scale().
  /// @throws OverflowError beyond 38 digits or 38 places.
  friend constexpr Decimal operator*(const Decimal& a, const Decimal& b) {
    const int scale = a.scale_ + b.scale_;
    if (scale > max_scale) detail::throw_too_many_places("product", scale);
    if (fits_int64(a.coefficient_) && fits_int64(b.coefficient_)) {
      // |a|, |b| <= 2^63, so |a × b| <= 2^126 < 10^38: exact and in range, no check needed.
      return Decimal(a.coefficient_ * b.coefficient_, scale);
    }
    return Decimal(multiply_wide(a.coefficient_, b.coefficient_), scale);
  }
  /// Deleted: division can lose digits, so it must name places and a rounding mode.
  /// Use jixiao::divide(a, b, places, mode), or jixiao::Ratio to round only at the end.
  friend Decimal operator/(const Decimal& a, const Decimal& b) = delete;

  /// `*this = *this + b`.
  constexpr Decimal& operator+=(const Decimal& b) { return *this = *this + b; }
  /// `*this = *this - b`.
  constexpr Decimal& operator-=(const Decimal& b) { return *this = *this - b; }
  /// `*this = *this * b`.
  constexpr Decimal& operator*=(const Decimal& b) { return *this = *this * b; }

  /// Three-way comparison of the values (scale ignored): −1, 0 or +1. Never throws.
  friend constexpr int compare(const Decimal& a, const Decimal& b) noexcept {
    if (a.scale_ == b.scale_) {
      return a.coefficient_ < b.coefficient_ ? -1 : (a.coefficient_ > b.coefficient_ ? 1 : 0);
    }
    const int sign_a = a.signum();
    const int sign_b = b.signum();
    if (sign_a != sign_b) return sign_a < sign_b ? -1 : 1;
    if (sign_a == 0) return 0;
    // Same sign: compare magnitudes at the common scale. When aligning would pass 38 digits,
    // the aligned magnitude is necessarily the larger one, so no wide arithmetic is needed.
    detail::uint128 ma = detail::magnitude(a.coefficient_);
    detail::uint128 mb = detail::magnitude(b.coefficient_);
    int by_magnitude = 0;
    if (a.scale_ < b.scale_) {
      const int by = b.scale_ - a.scale_;
      if (ma > detail::max_scalable(by))
        by_magnitude = 1;
      else
        ma *= detail::pow10(by);
    } else {
      const int by = a.scale_ - b.scale_;
      if (mb > detail::max_scalable(by))
        by_magnitude = -1;
      else
        mb *= detail::pow10(by);
    }
    if (by_magnitude == 0) by_magnitude = ma < mb ? -1 : (ma > mb ? 1 : 0);
    return sign_a > 0 ? by_magnitude : -by_magnitude;
  }
  /// Equal values: `1.50 == 1.5`.
  friend constexpr bool operator==(const Decimal& a, const Decimal& b) noexcept {
    return compare(a, b) == 0;
  }
  /// Different values.
  friend constexpr bool operator!=(const Decimal& a, const Decimal& b) noexcept {
    return compare(a, b) != 0;
  }
  /// Smaller value.
  friend constexpr bool operator<(const Decimal& a, const Decimal& b) noexcept {
    return compare(a, b) < 0;
  }
  /// Smaller or equal value.
  friend constexpr bool operator<=(const Decimal& a, const Decimal& b) noexcept {
    return compare(a, b) <= 0;
  }
  /// Larger value.
  friend constexpr bool operator>(const Decimal& a, const Decimal& b) noexcept {
    return compare(a, b) > 0;
  }
  /// Larger or equal value.
  friend constexpr bool operator>=(const Decimal& a, const Decimal& b) noexcept {
    return compare(a, b) >= 0;
  }

  /// Writes to_string() to a stream (include `<ostream>` to use it).
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& out,
                                                       const Decimal& value) {
    return out << value.to_string().c_str();
  }

 private:
  friend struct detail::DecimalAccess;

  constexpr Decimal(detail::int128 coefficient, int scale) noexcept
      : coefficient_(coefficient), scale_(scale) {}

  static constexpr bool fits_int64(detail::int128 c) noexcept {
    return c == static_cast<std::int64_t>(c);
  }

  static constexpr Decimal add(detail::int128 a, int a_scale, detail::int128 b, int b_scale) {
    if (a_scale == b_scale) {  // the common case: amounts with amounts, scores with scores
      const detail::uint128 sum = static_cast<detail::uint128>(a) + static_cast<detail::uint128>(b);
      if (!detail::in_range(sum)) detail::throw_too_many_digits("sum");
      return Decimal(static_cast<detail::int128>(sum), a_scale);
    }
    return Decimal(add_aligned(a, a_scale, b, b_scale), a_scale < b_scale ? b_scale : a_scale);
  }

  // A factor beyond 64 bits: multiply magnitudes with an overflow check.
  JIXIAO_DETAIL_COLD static constexpr detail::int128 multiply_wide(detail::int128 a,
                                                                   detail::int128 b) {
    detail::uint128 product = 0;
    if (__builtin_mul_overflow(detail::magnitude(a), detail::magnitude(b), &product) ||
        product > detail::max_magnitude) {
      detail::throw_too_many_digits("product");
    }
    return detail::with_sign(product, (a < 0) != (b < 0));
  }

  // Different scales: align in unsigned magnitudes. An aligned operand may pass 38 digits and
  // still give a sum that fits (10^37 + (0.5 − 10^37) is 0.5), so only the sum is
  // range-checked. An operand that passes 2^128 when aligned cannot be cancelled by the other
  // one (< 10^38), so that case is an overflow of the sum, too.
  // Returns the coefficient only: a result in registers keeps the caller's fast path free of
  // a stack round trip (which cost clang a store-forwarding stall per addition).
  JIXIAO_DETAIL_COLD static constexpr detail::int128 add_aligned(detail::int128 a, int a_scale,
                                                                 detail::int128 b, int b_scale) {
    detail::uint128 ma = detail::magnitude(a);
    detail::uint128 mb = detail::magnitude(b);
    if (a_scale < b_scale) {
      ma = align_magnitude(ma, b_scale - a_scale);
    } else {
      mb = align_magnitude(mb, a_scale - b_scale);
    }
    detail::uint128 sum = 0;
    bool negative = a < 0;
    if ((a < 0) == (b < 0)) {
      if (__builtin_add_overflow(ma, mb, &sum)) detail::throw_too_many_digits("sum");
    } else if (ma >= mb) {
      sum = ma - mb;
    } else {
      sum = mb - ma;
      negative = b < 0;
    }
    if (sum > detail::max_magnitude) detail::throw_too_many_digits("sum");
    return detail::with_sign(sum, negative);
  }

  // m × 10^by, which may pass 38 digits but not 2^128 (then the sum overflows for sure).
  static constexpr detail::uint128 align_magnitude(detail::uint128 m, int by) {
    if ((m >> 64) == 0 && by <= 19) {  // one 64 × 64 → 128-bit multiply, cannot overflow
      return static_cast<detail::uint128>(static_cast<std::uint64_t>(m)) *
             static_cast<std::uint64_t>(detail::pow10(by));
    }
    detail::uint128 aligned = 0;
    if (__builtin_mul_overflow(m, detail::pow10(by), &aligned)) {
      detail::throw_too_many_digits("sum");
    }
    return aligned;
  }

  detail::int128 coefficient_ = 0;
  int scale_ = 0;
};

namespace detail {
constexpr int128 DecimalAccess::coefficient(const Decimal& value) noexcept {
  return value.coefficient_;
}
constexpr Decimal DecimalAccess::make(int128 coefficient, int scale) noexcept {
  return Decimal(coefficient, scale);
}
}  // namespace detail

/// @brief The `_dec` literal: `34.79_dec` is the Decimal 34.79, read from the digits as
/// written (never through `double`).
namespace literals {
/// `1994.00_dec`, `0.125_dec`, `5_dec`, `1'994.00_dec`: exact, with the scale as written.
constexpr Decimal operator""_dec(const char* text) {
  const detail::ParsedDecimal parsed =
      detail::parse_decimal(text, detail::DigitSeparators::cpp_literal);  // 1'994.00_dec
  return detail::DecimalAccess::make(parsed.coefficient, parsed.scale);
}
}  // namespace literals

JIXIAO_END_NAMESPACE

namespace std {
/// Hashes jixiao::Decimal consistently with `==`, so it can key unordered containers.
template <>
struct hash<jixiao::Decimal> {
  /// Same as jixiao::Decimal::hash().
  std::size_t operator()(const jixiao::Decimal& value) const noexcept { return value.hash(); }
};
}  // namespace std

#endif  // JIXIAO_DECIMAL_HPP

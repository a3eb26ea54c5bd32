/// @file ratio.hpp
/// @brief Exact quotients of decimals (jixiao::Ratio) and division rounded once
///        (jixiao::divide).
#ifndef JIXIAO_RATIO_HPP
#define JIXIAO_RATIO_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/int128.hpp>
#include <jixiao/detail/rounding_step.hpp>
#include <jixiao/detail/wide.hpp>
#include <jixiao/error.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <type_traits>

JIXIAO_BEGIN_NAMESPACE

namespace detail {

[[noreturn]] inline void throw_division_by_zero(const Decimal& dividend) {
  throw DivisionByZeroError("cannot divide " + dividend.to_string() + " by zero");
}

/// The wide path of divide_coefficients: the scaled operands pass 128 bits.
JIXIAO_DETAIL_COLD inline uint128 divide_wide(uint128 numerator, uint128 denominator, int shift,
                                              Remainder& rest) {
  wide_uint wide_numerator = widen(numerator);
  wide_uint wide_denominator = widen(denominator);
  if (shift >= 0)
    wide_numerator *= wide_pow10(shift);
  else
    wide_denominator *= wide_pow10(-shift);
  wide_uint quotient;
  wide_uint remainder;
  boost::multiprecision::divide_qr(wide_numerator, wide_denominator, quotient, remainder);
  if (quotient > widen(max_magnitude)) throw_too_many_digits("quotient");
  rest = classify_remainder(remainder, wide_denominator);
  return narrow(quotient);
}

/// The coefficient of (a × 10^−a_scale) / (b × 10^−b_scale) at `places`, rounded once by
/// `mode` from the exact remainder. b is not zero.
inline int128 divide_coefficients(int128 a, int a_scale, int128 b, int b_scale, int places,
                                  Rounding mode) {
  const bool negative = (a < 0) != (b < 0);
  // quotient coefficient = |a| × 10^shift / |b|, with shift in [−38, 76]
  const int shift = places + b_scale - a_scale;
  uint128 numerator = magnitude(a);
  uint128 denominator = magnitude(b);
  uint128 quotient = 0;
  Remainder rest = Remainder::zero;
  // Scale within 128 bits when possible (always, for amounts and rates of real evaluations);
  // first the usual case, a 64-bit numerator times at most 10^19, which cannot overflow.
  if (shift >= 0 && shift <= 19 && (numerator >> 64) == 0 && (denominator >> 64) == 0) {
    numerator = static_cast<uint128>(static_cast<std::uint64_t>(numerator)) *
                static_cast<std::uint64_t>(pow10(shift));
    uint128 remainder = 0;
    divide_with_remainder(numerator, denominator, quotient, remainder);
    rest = classify_remainder(remainder, denominator);
    if (round_away_from_zero(mode, rest, negative, (quotient & 1) != 0)) ++quotient;
    if (quotient > max_magnitude) throw_too_many_digits("quotient");
    return with_sign(quotient, negative);
  }
  const bool fits = shift >= 0 ? shift <= max_digits &&
                                     !__builtin_mul_overflow(numerator, pow10(shift), &numerator)
                               : !__builtin_mul_overflow(denominator, pow10(-shift), &denominator);
  if (fits) {
    uint128 remainder = 0;
    divide_with_remainder(numerator, denominator, quotient, remainder);
    rest = classify_remainder(remainder, denominator);
  } else {
    quotient = divide_wide(magnitude(a), magnitude(b), shift, rest);  // from the unscaled
  }
  if (round_away_from_zero(mode, rest, negative, (quotient & 1) != 0)) ++quotient;
  if (quotient > max_magnitude) throw_too_many_digits("quotient");
  return with_sign(quotient, negative);
}

/// Compares p × 10^−p_scale with q × 10^−q_scale (magnitudes below 10^76, scales up to 76,
/// so the aligned values stay below 10^152).
inline int compare_scaled(wide_uint p, int p_scale, wide_uint q, int q_scale) {
  if (p_scale < q_scale)
    p *= wide_pow10(q_scale - p_scale);
  else if (q_scale < p_scale)
    q *= wide_pow10(p_scale - q_scale);
  return p < q ? -1 : (p > q ? 1 : 0);
}

}  // namespace detail

/// @brief An exact quotient numerator / denominator of two decimals, rounded only when asked.
///
/// Reports compute a rate and then use it again: 预算执行率 = 693.68 / 1994, then
/// 得分 = 预算执行率 × 5. Rounding the rate first and the score again would round twice;
/// a Ratio keeps the quotient exact so that the score is rounded once, at the end:
/// @code
/// jixiao::Ratio rate(693.68_dec, 1994_dec);                        // exact 0.347883…
/// rate.round(4, jixiao::Rounding::half_up);                       // 0.3479 (34.79%)
/// (rate * 5).round(2, jixiao::Rounding::half_up);                 // 1.74 (from 1.739418…)
/// @endcode
/// Reports that multiply the *printed* rate instead (34.79% × 5) round the rate first on
/// purpose; write that as `(rate.round(4, mode) * 5).round(2, mode)`.
///
/// The denominator is kept positive (the sign moves to the numerator). Comparisons are
/// exact: `Ratio(1, 3) < 0.3334_dec` holds, and `Ratio(9, 10) == 0.9_dec`.
class Ratio {
 public:
  /// The decimal `value` as value / 1. Implicit, so a Decimal can be used wherever a Ratio is.
  constexpr Ratio(const Decimal& value) noexcept  // NOLINT(google-explicit-constructor)
      : numerator_(value), denominator_(1) {}

  /// The integer `value` as value / 1, so that `rate * 5` works as `rate * 5_dec` does.
  template <class Integer, std::enable_if_t<detail::is_plain_integer_v<Integer>, int> = 0>
  constexpr Ratio(Integer value) noexcept  // NOLINT(google-explicit-constructor)
      : Ratio(Decimal(value)) {}

  /// `numerator / denominator`, exactly.
  /// @throws DivisionByZeroError if the denominator is zero.
  constexpr Ratio(const Decimal& numerator, const Decimal& denominator)
      : numerator_(denominator.signum() < 0 ? -numerator : numerator),
        denominator_(denominator.signum() < 0 ? -denominator : denominator) {
    if (denominator.is_zero()) detail::throw_division_by_zero(numerator);
  }

  /// The numerator, carrying the sign of the quotient.
  [[nodiscard]] constexpr const Decimal& numerator() const noexcept { return numerator_; }
  /// The denominator, always positive.
  [[nodiscard]] constexpr const Decimal& denominator() const noexcept { return denominator_; }
  /// −1, 0 or +1.
  [[nodiscard]] constexpr int signum() const noexcept { return numerator_.signum(); }

  /// @brief The quotient with exactly `places` decimal places, rounded once by `mode` from
  /// the exact remainder.
  /// @throws InvalidArgumentError places outside [0, 38].
  /// @throws OverflowError        the rounded quotient needs more than 38 digits.
  [[nodiscard]] Decimal round(int places, Rounding mode) const {
    if (places < 0 || places > Decimal::max_scale) {
      detail::throw_places_out_of_range("places", places);
    }
    if (denominator_is_one()) return numerator_.round(places, mode);  // a decimal: no division
    using Access = detail::DecimalAccess;
    return Access::make(detail::divide_coefficients(
                            Access::coefficient(numerator_), numerator_.scale(),
                            Access::coefficient(denominator_), denominator_.scale(), places, mode),
                        places);
  }

  /// The negated quotient.
  friend constexpr Ratio operator-(const Ratio& a) noexcept {
    return Ratio(-a.numerator_, a.denominator_, Normalized{});
  }
  /// @brief The exact product (numerators and denominators multiplied).
  /// @throws OverflowError if either product exceeds 38 digits or places.
  friend constexpr Ratio operator*(const Ratio& a, const Ratio& b) {
    return Ratio(a.numerator_ * b.numerator_, a.denominator_ * b.denominator_, Normalized{});
  }

  /// @brief The exact sum (over the common denominator).
  /// @throws OverflowError if a product exceeds 38 digits or places.
  friend Ratio operator+(const Ratio& a, const Ratio& b) {
    if (a.denominator_ == b.denominator_) {
      return Ratio(a.numerator_ + b.numerator_, a.denominator_, Normalized{});
    }
    return Ratio(a.numerator_ * b.denominator_ + b.numerator_ * a.denominator_,
                 a.denominator_ * b.denominator_, Normalized{});
  }
  /// @brief The exact quotient of two quotients.
  /// @throws DivisionByZeroError if `b` is zero; OverflowError as for `*`.
  friend Ratio operator/(const Ratio& a, const Ratio& b) {
    return Ratio(a.numerator_ * b.denominator_, a.denominator_ * b.numerator_);
  }
  /// @brief The exact difference. @throws OverflowError as for `+`.
  friend Ratio operator-(const Ratio& a, const Ratio& b) { return a + (-b); }

  /// Exact three-way comparison of the quotients: −1, 0 or +1. Never throws.
  friend int compare(const Ratio& a, const Ratio& b) noexcept {
    const int sign_a = a.signum();
    const int sign_b = b.signum();
    if (sign_a != sign_b) return sign_a < sign_b ? -1 : 1;
    if (sign_a == 0) return 0;
    if (a.denominator_is_one() && b.denominator_is_one()) {
      return compare(a.numerator_, b.numerator_);  // two decimals: no products
    }
    // |a.n| / a.d against |b.n| / b.d, as |a.n| × b.d against |b.n| × a.d (denominators > 0).
    using Access = detail::DecimalAccess;
    const detail::uint128 an = detail::magnitude(Access::coefficient(a.numerator_));
    const detail::uint128 ad = detail::magnitude(Access::coefficient(a.denominator_));
    const detail::uint128 bn = detail::magnitude(Access::coefficient(b.numerator_));
    const detail::uint128 bd = detail::magnitude(Access::coefficient(b.denominator_));
    const int left_scale = a.numerator_.scale() + b.denominator_.scale();
    const int right_scale = b.numerator_.scale() + a.denominator_.scale();
    const int shift =
        left_scale > right_scale ? left_scale - right_scale : right_scale - left_scale;
    constexpr detail::uint128 two_to_63 = detail::uint128{1} << 63;
    if (an < two_to_63 && ad < two_to_63 && bn < two_to_63 && bd < two_to_63 &&
        shift <= detail::max_digits) {
      // Both products are below 2^126; align the one with fewer places if that stays in
      // 128 bits, which it does for every amount and rate of a real evaluation.
      detail::uint128 left = an * bd;
      detail::uint128 right = bn * ad;
      detail::uint128& to_align = left_scale < right_scale ? left : right;
      if (!__builtin_mul_overflow(to_align, detail::pow10(shift), &to_align)) {
        const int by_magnitude = left < right ? -1 : (left > right ? 1 : 0);
        return sign_a > 0 ? by_magnitude : -by_magnitude;
      }
    }
    const int by_magnitude =
        detail::compare_scaled(detail::widen(an) * detail::widen(bd), left_scale,
                               detail::widen(bn) * detail::widen(ad), right_scale);
    return sign_a > 0 ? by_magnitude : -by_magnitude;
  }
  /// Writes "numerator/denominator", e.g. "693.68/1994" (include `<ostream>` to use it).
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& out,
                                                       const Ratio& value) {
    return out << value.numerator_ << '/' << value.denominator_;
  }

  /// Equal quotients: `Ratio(1, 2) == 0.5_dec`.
  friend bool operator==(const Ratio& a, const Ratio& b) noexcept { return compare(a, b) == 0; }
  /// Different quotients.
  friend bool operator!=(const Ratio& a, const Ratio& b) noexcept { return compare(a, b) != 0; }
  /// Smaller quotient.
  friend bool operator<(const Ratio& a, const Ratio& b) noexcept { return compare(a, b) < 0; }
  /// Smaller or equal quotient.
  friend bool operator<=(const Ratio& a, const Ratio& b) noexcept { return compare(a, b) <= 0; }
  /// Larger quotient.
  friend bool operator>(const Ratio& a, const Ratio& b) noexcept { return compare(a, b) > 0; }
  /// Larger or equal quotient.
  friend bool operator>=(const Ratio& a, const Ratio& b) noexcept { return compare(a, b) >= 0; }

 private:
  struct Normalized {};
  constexpr Ratio(const Decimal& numerator, const Decimal& positive_denominator,
                  Normalized) noexcept
      : numerator_(numerator), denominator_(positive_denominator) {}

  // Whether the denominator is the integer 1 as Ratio(Decimal) makes it (most ratios are).
  [[nodiscard]] bool denominator_is_one() const noexcept {
    return denominator_.scale() == 0 && detail::DecimalAccess::coefficient(denominator_) == 1;
  }

  Decimal numerator_;
  Decimal denominator_;
};

/// @brief `dividend / divisor` with exactly `places` decimal places, rounded once by `mode`.
///
/// `divide(693.68_dec, 1994_dec, 4, Rounding::half_up)` is 0.3479. The same as
/// `Ratio(dividend, divisor).round(places, mode)`.
/// @throws DivisionByZeroError  divisor is zero.
/// @throws InvalidArgumentError places outside [0, 38].
/// @throws OverflowError        the rounded quotient needs more than 38 digits.
[[nodiscard]] inline Decimal divide(const Decimal& dividend, const Decimal& divisor, int places,
                                    Rounding mode) {
  return Ratio(dividend, divisor).round(places, mode);
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RATIO_HPP

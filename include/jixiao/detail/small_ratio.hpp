/// @file detail/small_ratio.hpp
/// @brief Internal: an exact quotient of two 64-bit integers, for the compiled rules of batch
///        scoring. Not API.
#ifndef JIXIAO_DETAIL_SMALL_RATIO_HPP
#define JIXIAO_DETAIL_SMALL_RATIO_HPP

#include <jixiao/compiled_rule.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/detail/int128.hpp>
#include <jixiao/detail/rounding_step.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

#include <cstdint>
#include <limits>

JIXIAO_BEGIN_NAMESPACE
namespace detail {

// n / d with d > 0, both 64-bit: the values of real evaluations (amounts to 10^16 cents,
// rates to 4 places, 分值) fit with room to multiply. Every operation that would leave 64
// bits throws CompiledRuleFailure instead, and the row is scored again by the exact 128-bit
// path (Ratio, through evaluate()), so a SmallRatio result is always exact. Kept in registers:
// 16 bytes, no scale to align, one machine multiplication per product.
class SmallRatio {
 public:
  // The decimal `value` (coefficient within 64 bits, at most 18 places).
  explicit SmallRatio(const Decimal& value)
      : n_(narrow(DecimalAccess::coefficient(value))), d_(power_of_ten(value.scale())) {}
  // numerator / denominator, decimals.
  SmallRatio(const Decimal& numerator, const Decimal& denominator) {
    const SmallRatio a(numerator);
    const SmallRatio b(denominator);
    *this = a / b;
  }
  // An integer.
  static SmallRatio integer(std::int64_t value) { return SmallRatio(value, 1); }

  [[nodiscard]] int signum() const noexcept { return (n_ > 0) - (n_ < 0); }

  friend SmallRatio operator*(const SmallRatio& a, const SmallRatio& b) {
    return SmallRatio(multiply(a.n_, b.n_), multiply(a.d_, b.d_));
  }
  friend SmallRatio operator/(const SmallRatio& a, const SmallRatio& b) {
    if (b.n_ == 0) throw CompiledRuleFailure{};
    const std::int64_t n = multiply(a.n_, b.d_);
    const std::int64_t d = multiply(a.d_, b.n_);
    return d < 0 ? SmallRatio(negate(n), negate(d)) : SmallRatio(n, d);
  }
  friend SmallRatio operator+(const SmallRatio& a, const SmallRatio& b) {
    if (a.d_ == b.d_) return SmallRatio(add(a.n_, b.n_), a.d_);
    return SmallRatio(add(multiply(a.n_, b.d_), multiply(b.n_, a.d_)), multiply(a.d_, b.d_));
  }
  friend SmallRatio operator-(const SmallRatio& a, const SmallRatio& b) {
    return a + SmallRatio(negate(b.n_), b.d_);
  }

  // Exact comparison: the cross products of 64-bit values fit in 128 bits.
  friend int compare(const SmallRatio& a, const SmallRatio& b) noexcept {
    const int128 left = static_cast<int128>(a.n_) * b.d_;
    const int128 right = static_cast<int128>(b.n_) * a.d_;
    return (left > right) - (left < right);
  }
  friend bool operator==(const SmallRatio& a, const SmallRatio& b) { return compare(a, b) == 0; }
  friend bool operator<(const SmallRatio& a, const SmallRatio& b) { return compare(a, b) < 0; }
  friend bool operator>(const SmallRatio& a, const SmallRatio& b) { return compare(a, b) > 0; }
  friend bool operator<=(const SmallRatio& a, const SmallRatio& b) { return compare(a, b) <= 0; }
  friend bool operator>=(const SmallRatio& a, const SmallRatio& b) { return compare(a, b) >= 0; }

  // The quotient to `places` (at most 18), rounded once by `mode`, as Ratio::round does.
  [[nodiscard]] Decimal round(int places, Rounding mode) const {
    if (places < 0 || places > 18) throw CompiledRuleFailure{};
    const bool negative = n_ < 0;
    const uint128 magnitude_n = magnitude(static_cast<int128>(n_));
    // |n| < 2^63 and 10^18 < 2^60: the scaled numerator is below 2^123.
    const uint128 scaled = magnitude_n * static_cast<std::uint64_t>(pow10(places));
    uint128 quotient = 0;
    uint128 remainder = 0;
    divide_with_remainder(scaled, static_cast<uint128>(d_), quotient, remainder);
    const Remainder rest = classify_remainder(remainder, static_cast<uint128>(d_));
    if (round_away_from_zero(mode, rest, negative, (quotient & 1) != 0)) ++quotient;
    return DecimalAccess::make(with_sign(quotient, negative), places);
  }

 private:
  SmallRatio(std::int64_t n, std::int64_t d) noexcept : n_(n), d_(d) {}

  static std::int64_t narrow(int128 value) {
    if (value != static_cast<std::int64_t>(value)) throw CompiledRuleFailure{};
    return static_cast<std::int64_t>(value);
  }
  static std::int64_t power_of_ten(int scale) {
    if (scale < 0 || scale > 18) throw CompiledRuleFailure{};
    return static_cast<std::int64_t>(pow10(scale));
  }
  static std::int64_t multiply(std::int64_t a, std::int64_t b) {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product)) throw CompiledRuleFailure{};
    return product;
  }
  static std::int64_t add(std::int64_t a, std::int64_t b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) throw CompiledRuleFailure{};
    return sum;
  }
  static std::int64_t negate(std::int64_t a) {
    if (a == std::numeric_limits<std::int64_t>::min()) throw CompiledRuleFailure{};
    return -a;
  }

  std::int64_t n_ = 0;
  std::int64_t d_ = 1;
};

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_SMALL_RATIO_HPP

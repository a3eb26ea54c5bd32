// Internal: the one decision every rounding in jixiao makes.
//
// Rounding a quotient n / d (or a coefficient to fewer places) first truncates toward zero,
// then decides from the remainder whether to step one unit away from zero. Keeping that
// decision here, fed with the exact remainder, is what makes every result rounded exactly
// once: no caller ever rounds an already rounded value.
#ifndef JIXIAO_DETAIL_ROUNDING_STEP_HPP
#define JIXIAO_DETAIL_ROUNDING_STEP_HPP

#include <jixiao/detail/contract.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

JIXIAO_BEGIN_NAMESPACE
namespace detail {

/// Where the discarded remainder lies relative to half a unit of the last kept digit. The
/// values are ordered, so each mode's decision below is a comparison.
enum class Remainder : unsigned char { zero = 0, below_half = 1, half = 2, above_half = 3 };

/// Whether the truncated magnitude must grow by one.
/// @param negative       sign of the exact result
/// @param last_digit_odd whether the truncated magnitude is odd (for half_even)
constexpr bool round_away_from_zero(Rounding mode, Remainder rest, bool negative,
                                    bool last_digit_odd) noexcept {
  switch (mode) {
    case Rounding::half_up:
      return rest >= Remainder::half;
    case Rounding::half_even:
      return rest == Remainder::above_half || (rest == Remainder::half && last_digit_odd);
    case Rounding::half_down:
      return rest == Remainder::above_half;
    case Rounding::up:
      return rest != Remainder::zero;
    case Rounding::down:
      return false;
    case Rounding::ceiling:
      return rest != Remainder::zero && !negative;
    case Rounding::floor:
      return rest != Remainder::zero && negative;
  }
  JIXIAO_EXPECTS(false && "not a jixiao::Rounding value");
  return false;
}

/// Classifies remainder r of a division by d (0 <= r < d) without overflow: r is compared
/// with d / 2 as r against d − r.
template <class Unsigned>
constexpr Remainder classify_remainder(const Unsigned& r, const Unsigned& d) noexcept {
  const Unsigned rest = d - r;
  const int nonzero = r != 0;         // 0 only when r == 0 (then r < rest)
  const int not_below = !(r < rest);  // r >= d / 2
  const int above = rest < r;         // r > d / 2
  return static_cast<Remainder>(nonzero + not_below + above);
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_ROUNDING_STEP_HPP

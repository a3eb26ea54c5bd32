// Internal: numbers as the traces and criteria of the built-in rules print them.
#ifndef JIXIAO_DETAIL_WORDING_HPP
#define JIXIAO_DETAIL_WORDING_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/format.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace detail {

/// Points as reports write them in formulas: "5", "4.5", "0.25".
inline std::string points_text(const Decimal& points) {
  return points.strip_trailing_zeros().to_string();
}

// Printing never refuses a value that scoring accepted: a value too long for a rounded or
// percent form (near the 38-digit limit) is printed exactly in another form instead.

/// A value as its exact fraction: "（0.0001514997/0.03）".
inline std::string fraction_text(const Ratio& value) {
  return "（" + value.numerator().strip_trailing_zeros().to_string() + "/" +
         value.denominator().strip_trailing_zeros().to_string() + "）";
}

/// `value` rounded half up to `places`, or nothing when the rounding needs more than 38
/// digits (no such rounding can equal it, so callers print it another way).
inline std::optional<Decimal> rounded_if_it_fits(const Ratio& value, int places) {
  try {
    return value.round(places, Rounding::half_up);
  } catch (const OverflowError&) {
    return std::nullopt;
  }
}

/// An exact fraction as a percentage with all its digits, at least 2 places: "34.79%",
/// "34.785%", "100.00%"; "x×100%" when the percentage would pass 38 digits.
inline std::string exact_percent(const Decimal& fraction) {
  try {
    return exact_percent_text(fraction);
  } catch (const OverflowError&) {
    return points_text(fraction) + "×100%";
  }
}

/// A rate as reports print it: 2 places of a percentage, half up ("34.79%").
inline std::string percent_text(const Ratio& fraction) {
  FixedFormat spec;
  spec.notation = Notation::percent;
  return format(fraction, spec);
}

/// A value in points as it enters a formula: "0.005" when exact at 4 places, else the exact
/// fraction "（0.0001514997/0.03）" — so that the printed formula reproduces the score.
inline std::string points_in_formula(const Ratio& points) {
  const std::optional<Decimal> shown = rounded_if_it_fits(points, 4);
  if (shown && points == *shown) return points_text(*shown);
  return fraction_text(points);
}

/// A rate for a trace: exact ("10.0001%") when it has at most 8 places, else marked as
/// approximate with 4 places of a percentage ("≈93.3673%"), so that a value near a band edge
/// is never printed as if it were on the other side of it.
inline std::string exact_rate_text(const Ratio& fraction) {
  const std::optional<Decimal> shown = rounded_if_it_fits(fraction, 8);
  if (shown && fraction == *shown) return exact_percent(*shown);
  FixedFormat spec;
  spec.places = 4;
  spec.notation = Notation::percent;
  try {
    return "≈" + format(fraction, spec);
  } catch (const OverflowError&) {
    return fraction_text(fraction);
  }
}

/// A rate as it enters a formula: "34.79%" when that is exact, else the exact fraction
/// "（1.2345/10）" — so that anyone recomputing the printed formula gets the printed score.
inline std::string rate_in_formula(const Ratio& fraction) {
  const std::optional<Decimal> shown = rounded_if_it_fits(fraction, 4);
  if (shown && fraction == *shown) {
    try {
      return percent_text(fraction);
    } catch (const OverflowError&) {
    }
  }
  return fraction_text(fraction);
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_WORDING_HPP

// Internal: numbers as the traces and criteria of the built-in rules print them.
#ifndef JIXIAO_DETAIL_WORDING_HPP
#define JIXIAO_DETAIL_WORDING_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/format.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/version.hpp>

#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace detail {

/// Points as reports write them in formulas: "5", "4.5", "0.25".
inline std::string points_text(const Decimal& points) {
  return points.strip_trailing_zeros().to_string();
}

/// An exact fraction as a percentage with all its digits, at least 2 places: "34.79%",
/// "34.785%", "100.00%".
inline std::string exact_percent(const Decimal& fraction) { return exact_percent_text(fraction); }

/// A rate as reports print it: 2 places of a percentage, half up ("34.79%").
inline std::string percent_text(const Ratio& fraction) {
  FixedFormat spec;
  spec.notation = Notation::percent;
  return format(fraction, spec);
}

/// A value in points as it enters a formula: "0.005" when exact at 4 places, else the exact
/// fraction "（0.0001514997/0.03）" — so that the printed formula reproduces the score.
inline std::string points_in_formula(const Ratio& points) {
  const Decimal shown = points.round(4, Rounding::half_up);
  if (points == shown) return points_text(shown);
  return "（" + points.numerator().strip_trailing_zeros().to_string() + "/" +
         points.denominator().strip_trailing_zeros().to_string() + "）";
}

/// A rate for a trace: exact ("10.0001%") when it has at most 8 places, else marked as
/// approximate with 4 places of a percentage ("≈93.3673%"), so that a value near a band edge
/// is never printed as if it were on the other side of it.
inline std::string exact_rate_text(const Ratio& fraction) {
  const Decimal shown = fraction.round(8, Rounding::half_up);
  if (fraction == shown) return exact_percent_text(shown);
  FixedFormat spec;
  spec.places = 4;
  spec.notation = Notation::percent;
  return "≈" + format(fraction, spec);
}

/// A rate as it enters a formula: "34.79%" when that is exact, else the exact fraction
/// "（1.2345/10）" — so that anyone recomputing the printed formula gets the printed score.
inline std::string rate_in_formula(const Ratio& fraction) {
  if (fraction == fraction.round(4, Rounding::half_up)) return percent_text(fraction);
  return "（" + fraction.numerator().strip_trailing_zeros().to_string() + "/" +
         fraction.denominator().strip_trailing_zeros().to_string() + "）";
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_WORDING_HPP

/// @file rounding_policy.hpp
/// @brief jixiao::RoundingPolicy: where an evaluation rounds, to how many places, and how.
#ifndef JIXIAO_ROUNDING_POLICY_HPP
#define JIXIAO_ROUNDING_POLICY_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

#include <optional>

JIXIAO_BEGIN_NAMESPACE

/// @brief One rounding: to `places` decimal places by `mode`.
struct RoundingStep {
  int places = 2;                     ///< Decimal places kept, in [0, 38].
  Rounding mode = Rounding::half_up;  ///< How the rest is dropped.

  /// `value` rounded once, from the exact value.
  [[nodiscard]] Decimal apply(const Ratio& value) const { return value.round(places, mode); }
};

/// @brief Where rounding happens in an evaluation, and how.
///
/// Observed practice, and the default: each leaf score is rounded to 2 places half up
/// (四舍五入), parents are the exact sums of their rounded children, the total likewise.
/// Reports that round a rate before multiplying (34.79% × 5) set `rate` (or the rule's own
/// displayed-rate option) to 4 places, i.e. 2 places of a percentage. One platform helper
/// truncates leaf scores: `leaf = {2, Rounding::down}`.
struct RoundingPolicy {
  /// Rates, before they are multiplied, for rules that do not set their own (default: exact).
  std::optional<RoundingStep> rate;
  /// Every leaf score, rounded once from its exact value. Always applied.
  RoundingStep leaf{2, Rounding::half_up};
  /// Each parent's sum, re-rounded (default: none; a sum of 2-place scores is exact).
  std::optional<RoundingStep> parent;
  /// The total, re-rounded (default: none; the total is the exact sum of the categories).
  /// A total rescaled for 不适用 indicators is rounded by this step if set, else by `leaf`.
  std::optional<RoundingStep> total;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_ROUNDING_POLICY_HPP

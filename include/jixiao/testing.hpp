/// @file testing.hpp
/// @brief Helpers for unit-testing one indicator's formula (评分标准), in any test framework.
///
/// An auditor re-checks a published score in a few lines:
/// @code
/// #include <jixiao/testing.hpp>
/// using namespace jixiao;
/// using namespace jixiao::literals;
///
/// TEST_CASE("预算执行率 34.79% × 5 = 1.74") {
///   const Indicator leaf = leaf("2.1.2", "预算执行率", 5, IndicatorKind::quantitative, Target{},
///       rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))
///           .displayed_rate({4, Rounding::half_up}));
///   const auto result = testing::score(leaf, {{"实际支出资金", 693.68_dec},
///                                             {"实际到位资金", 1994_dec}});
///   CHECK(result.score == 1.74_dec);
///   CHECK(result.trace == "预算执行率=（693.68/1994）×100.00%=34.79%；得分=34.79%×5=1.74分");
/// }
/// @endcode
#ifndef JIXIAO_TESTING_HPP
#define JIXIAO_TESTING_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/facts.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace testing {

/// @brief The score of one formula and what a report would print for it.
struct FormulaResult {
  Decimal score;          ///< 得分, rounded by the policy's leaf step.
  std::string trace;      ///< Trace::to_report_text(), e.g. "…；得分=34.79%×5=1.74分".
  std::string criterion;  ///< The 评分标准 in words.
  Trace details;          ///< The whole trace: rule kind, inputs read, steps, notes.
};

/// @brief Scores `leaf` from `facts` as an evaluation would, after checking its rule.
/// @throws ValidationError if the rule's parameters are incoherent; ScoringError if the
///         facts cannot be scored.
[[nodiscard]] inline FormulaResult score(const Indicator& leaf, const LeafFacts& facts,
                                         const RoundingPolicy& policy = {}) {
  const NodeScore row = score_leaf(leaf, facts, policy);
  return {row.score, row.trace.to_report_text(), row.criterion, row.trace};
}

/// @brief The first problem scoring `leaf` from `facts` raises (its id, the indicator's code
/// and the message without the id), or nothing if it scores.
[[nodiscard]] inline std::optional<Problem> problem_of(const Indicator& leaf,
                                                       const LeafFacts& facts,
                                                       const RoundingPolicy& policy = {}) {
  try {
    (void)score(leaf, facts, policy);
  } catch (const ProblemsError& e) {
    return e.problems().front();
  } catch (const Error& e) {
    return Problem{e.code(), leaf.code, e.message()};
  }
  return std::nullopt;
}

/// @brief The id of the error scoring `leaf` from `facts` raises, or nothing if it scores.
[[nodiscard]] inline std::optional<ErrorCode> error_of(const Indicator& leaf,
                                                       const LeafFacts& facts,
                                                       const RoundingPolicy& policy = {}) {
  const std::optional<Problem> problem = problem_of(leaf, facts, policy);
  if (!problem) return std::nullopt;
  return problem->code;
}

}  // namespace testing
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_TESTING_HPP

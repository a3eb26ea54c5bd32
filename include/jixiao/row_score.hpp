/// @file row_score.hpp
/// @brief jixiao::RowScore: what batch scoring of one evaluation yields — every node's score,
///        the total and the grade, in storage reused from row to row.
#ifndef JIXIAO_ROW_SCORE_HPP
#define JIXIAO_ROW_SCORE_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/grade.hpp>
#include <jixiao/version.hpp>

#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief The result of PreparedFramework::score() for one evaluation: the numbers of the
/// Scorecard evaluate() would give, without names and traces.
struct RowScore {
  /// Each indicator's score (得分), by node position (PreparedFramework::nodes(), the
  /// Scorecard's order); 0 for indicators not applicable.
  std::vector<Decimal> scores;
  /// The total (总分), after any rescaling for 不适用 indicators.
  Decimal total;
  /// What the total is out of.
  Decimal out_of;
  /// The grade's band in the framework's scale, or nullptr when the evaluation is not
  /// ratable (every indicator 不适用).
  const GradeBand* grade = nullptr;
  /// Whether each indicator was applicable, by node position (all true unless facts
  /// declared some 不适用).
  std::vector<bool> applicable;
  /// Whether the compiled path scored it; false when it went through evaluate() (extra
  /// facts, 不适用, rules without a compiled form).
  bool compiled = false;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_ROW_SCORE_HPP

/// @file scorecard.hpp
/// @brief jixiao::Scorecard, the result of an evaluation: the 评分表 with every score,
///        rate, count and trace.
#ifndef JIXIAO_SCORECARD_HPP
#define JIXIAO_SCORECARD_HPP

#include <jixiao/budget.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/grade.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/trace.hpp>
#include <jixiao/version.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief One row of the 评分表: an indicator with its 分值 and 得分.
struct NodeScore {
  std::string code;   ///< The indicator's code.
  std::string name;   ///< Its name.
  int depth = 0;      ///< 0 for the root, 1 for 一级指标, 2 for 二级, 3 for 三级….
  bool leaf = false;  ///< Whether it is a leaf (scored by a rule).
  IndicatorKind kind = IndicatorKind::quantitative;  ///< Leaves: 定量 or 定性.
  std::string target;         ///< Leaves: the target as printed ("≤5个"), or "".
  Decimal points;             ///< 分值, as declared.
  Decimal applicable_points;  ///< 分值 without the parts declared 不适用.
  bool applicable = true;     ///< False when 不适用 (a leaf, or a node whose leaves all are).
  std::string not_applicable_reason;  ///< Why, for a 不适用 leaf.
  Decimal score;                      ///< 得分 (0 when not applicable).
  std::string criterion;              ///< Leaves: the 评分标准 in words.
  Trace trace;                        ///< Leaves: how the score was computed.

  /// 得分率 = 得分 / applicable 分值; nothing when no applicable points.
  [[nodiscard]] std::optional<Ratio> rate() const {
    if (applicable_points.is_zero()) return std::nullopt;
    return Ratio(score, applicable_points);
  }
  /// Whether an applicable leaf earned its full 分值 (满分指标); a leaf scored above it by an
  /// uncapped rate counts too.
  [[nodiscard]] bool full_marks() const { return leaf && applicable && score >= points; }
  /// Points lost: applicable 分值 − 得分.
  [[nodiscard]] Decimal lost() const { return applicable_points - score; }
};

/// @brief The complete result of scoring one evaluation.
///
/// `nodes` is the 评分表 in tree order (the root first, then each 一级指标 followed by its
/// descendants). Everything a report prints is here or derived here: the total and grade,
/// each category's 得分 and 得分率, the counts of 满分 and 扣分 indicators, 指标完成率, the
/// budget rates and the 偏差 between 预算执行率 and the score rate.
class Scorecard {
 public:
  /// The framework's name.
  std::string framework;
  /// Every indicator, in tree order; nodes[0] is the root.
  std::vector<NodeScore> nodes;
  /// The total (总分), after any rescaling for 不适用 indicators.
  Decimal total;
  /// What the total is out of: the declared total (rescale) or the applicable 分值 (drop).
  Decimal out_of;
  /// The grade, or not ratable.
  Rating rating;
  /// The budget block, when the evaluation has one.
  std::optional<Budget> budget;

  /// The row of indicator `code`, or nullptr.
  [[nodiscard]] const NodeScore* find(std::string_view code) const {
    for (const NodeScore& node : nodes) {
      if (node.code == code) return &node;
    }
    return nullptr;
  }
  /// The 一级指标 (depth 1), in order.
  [[nodiscard]] std::vector<const NodeScore*> categories() const { return at_depth(1); }
  /// The leaves (usually 三级指标), in order, including those not applicable.
  [[nodiscard]] std::vector<const NodeScore*> leaves() const {
    std::vector<const NodeScore*> out;
    for (const NodeScore& node : nodes) {
      if (node.leaf) out.push_back(&node);
    }
    return out;
  }
  /// The nodes at `depth`, in order.
  [[nodiscard]] std::vector<const NodeScore*> at_depth(int depth) const {
    std::vector<const NodeScore*> out;
    for (const NodeScore& node : nodes) {
      if (node.depth == depth) out.push_back(&node);
    }
    return out;
  }
  /// The leaves below `code` (or all leaves for the root), in order.
  [[nodiscard]] std::vector<const NodeScore*> leaves_under(std::string_view code) const {
    std::vector<const NodeScore*> out;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (nodes[i].code != code) continue;
      for (std::size_t j = i + 1; j < nodes.size() && nodes[j].depth > nodes[i].depth; ++j) {
        if (nodes[j].leaf) out.push_back(&nodes[j]);
      }
      if (nodes[i].leaf) out.push_back(&nodes[i]);
      break;
    }
    return out;
  }

  /// Number of applicable leaves (三级指标数量), in the whole tree or under `code`.
  [[nodiscard]] int indicator_count(std::optional<std::string_view> code = std::nullopt) const {
    return count_leaves(code, [](const NodeScore& n) { return n.applicable; });
  }
  /// Number of applicable leaves with full marks (满分指标数量), overall or under `code`.
  [[nodiscard]] int full_marks_count(std::optional<std::string_view> code = std::nullopt) const {
    return count_leaves(code, [](const NodeScore& n) { return n.full_marks(); });
  }
  /// Number of applicable leaves that lost points (扣分指标数量), overall or under `code`.
  [[nodiscard]] int deducted_count(std::optional<std::string_view> code = std::nullopt) const {
    return count_leaves(code,
                        [](const NodeScore& n) { return n.applicable && n.score < n.points; });
  }
  /// 指标完成率 = 满分指标 / 三级指标 (e.g. 15 / 18 = 83.33% as the seed prints it).
  [[nodiscard]] std::optional<Ratio> indicator_completion_rate() const {
    const int all = indicator_count();
    if (all == 0) return std::nullopt;
    return Ratio(full_marks_count(), all);
  }
  /// The score rate: total / out_of (the seed's "总体完成率 87.26%").
  [[nodiscard]] std::optional<Ratio> score_rate() const {
    if (out_of.is_zero()) return std::nullopt;
    return Ratio(total, out_of);
  }
  /// 偏差 = score rate − 预算执行率, as reports print it (seed: 87.26% − 34.79% = 52.47%);
  /// nothing without a budget or either rate.
  [[nodiscard]] std::optional<Ratio> deviation() const {
    const std::optional<Ratio> score = score_rate();
    if (!budget || !score) return std::nullopt;
    const std::optional<Ratio> execution = budget->execution_rate();
    if (!execution) return std::nullopt;
    return *score - *execution;
  }

  /// The applicable leaves that lost points, most lost first (ties in tree order): the
  /// material of a report's 存在问题 section.
  [[nodiscard]] std::vector<const NodeScore*> points_lost() const {
    std::vector<const NodeScore*> out;
    for (const NodeScore& node : nodes) {
      if (node.leaf && node.applicable && node.lost().signum() > 0) out.push_back(&node);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const NodeScore* a, const NodeScore* b) { return a->lost() > b->lost(); });
    return out;
  }

 private:
  template <class Predicate>
  int count_leaves(std::optional<std::string_view> code, Predicate predicate) const {
    int n = 0;
    for (const NodeScore* node : code ? leaves_under(*code) : leaves()) n += predicate(*node);
    return n;
  }
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SCORECARD_HPP

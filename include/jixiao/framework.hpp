/// @file framework.hpp
/// @brief jixiao::Framework: an indicator tree with its grade scale and policies, and its
///        validation.
#ifndef JIXIAO_FRAMEWORK_HPP
#define JIXIAO_FRAMEWORK_HPP

#include <jixiao/percent_numbers.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/grade.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/version.hpp>

#include <set>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief What happens to indicators declared not applicable (不适用).
enum class NotApplicablePolicy : unsigned char {
  /// The applicable scores are rescaled to the declared total:
  /// total = Σ applicable scores × 100 / Σ applicable 分值 (seen in published tables). The
  /// grade is given on the rescaled total.
  rescale,
  /// The indicators leave the evaluation: the total is the plain sum, out of the applicable
  /// 分值, and the grade is given on that sum as it is.
  drop,
};

/// @brief Who evaluates, under which of the 办法's two schemes (财预〔2020〕10号): the
/// target-setting review (review_target_setting()) holds each scheme to its own weights.
enum class EvaluationScheme : unsigned char {
  unspecified,  ///< Not stated: only the scheme-independent reviews apply.
  department,  ///< 部门评价: 决策 / 过程 / 产出 / 效益, weights chosen by the evaluator.
  finance,     ///< 财政评价: the same framework, evaluated by the finance bureau.
  self_evaluation,  ///< 单位自评: 预算执行率 10, 产出 50, 效益 30, 满意度 10 “原则上”.
};

/// @brief A scoring framework (评价指标体系): the indicator tree, the declared total, the
/// grade scale, the rounding policy and the 不适用 policy. One framework scores many
/// evaluations.
///
/// The tree's root stands for the whole evaluation; its children are the 一级指标.
/// @code
/// jixiao::Framework framework;
/// framework.name = "机关运行补助项目绩效评价指标体系";
/// framework.root = jixiao::group("", "总分", 100, {decision, process, output, outcome});
/// jixiao::require_valid(framework);   // throws ValidationError listing every problem
/// @endcode
struct Framework {
  /// A name for reports, e.g. "项目支出绩效评价指标体系".
  std::string name;
  /// The tree; root.points should equal `declared_total`.
  Indicator root;
  /// The total the 分值 add up to (normally 100).
  Decimal declared_total = 100;
  /// How totals are graded (default: 财预〔2020〕10号).
  GradeScale grades = GradeScale::finance_ministry_2020();
  /// Where and how scores are rounded (default: leaves to 2 places, half up).
  RoundingPolicy rounding;
  /// How this framework's files read a bare number where a percentage is expected (default:
  /// refuse it, asking for "85%"); see PercentNumbers and docs/checks.md, "Units".
  PercentNumbers percent_numbers = PercentNumbers::refuse;
  /// What 不适用 indicators do to the total (default: rescale).
  NotApplicablePolicy not_applicable = NotApplicablePolicy::rescale;
  /// The scheme the framework is written for (default: not stated).
  EvaluationScheme scheme = EvaluationScheme::unspecified;
  /// Where the framework comes from, for its readers: a regulation, a template, a report.
  std::string source;
  /// Remarks on its provenance, e.g. which rules are recalled from practice rather than read
  /// from an official text.
  std::vector<std::string> notes;
};

/// @brief The deepest indicator tree jixiao accepts: depth 0 is the root, 1 the 一级指标, 3 the
/// usual 三级指标. Deeper trees are refused (509) rather than risking the stack.
inline constexpr int max_depth = 32;

namespace detail {

// Integer digits of a (non-negative) value: 100 has 3, 0.5 has 1.
inline int integer_digits(const Decimal& value) {
  const std::string text = value.abs().round(0, Rounding::down).to_string();
  return static_cast<int>(text.size());
}

// Every rounding step must leave room for the largest score (`largest` 分值) at its places.
inline void check_rounding(const RoundingPolicy& policy, const Decimal& largest,
                           std::vector<Problem>& problems) {
  const int room = Decimal::max_digits - integer_digits(largest);
  const auto check = [&](const char* where, const RoundingStep& step, int limit) {
    if (step.places < 0 || step.places > limit) {
      problems.push_back({ErrorCode::invalid_rounding, "",
                          std::string("rounding policy: ") + where + " places " +
                              std::to_string(step.places) + " outside [0, " +
                              std::to_string(limit) + "] (scores up to " + largest.to_string() +
                              " need the other digits)"});
    }
  };
  check("leaf", policy.leaf, room);
  if (policy.parent) check("parent", *policy.parent, room);
  if (policy.total) check("total", *policy.total, room);
  if (policy.rate) check("rate", *policy.rate, Decimal::max_digits - 3);  // rates below 1000%
}

// Problems of one node, then of its descendants: tree order, parents first.
inline void validate_node(const Indicator& node, int depth, std::set<std::string>& codes,
                          std::vector<Problem>& problems) {
  const auto add = [&](ErrorCode code, const std::string& what) {
    problems.push_back(problem_at(node, code, what));
  };
  const bool is_root = depth == 0;
  if (depth > max_depth) {
    add(ErrorCode::tree_too_deep,
        "the tree is deeper than " + std::to_string(max_depth) + " levels");
    return;
  }
  if (node.code.empty()) {
    if (!is_root)
      add(ErrorCode::missing_rule, "an indicator needs a code");  // the root may go without
  } else if (!codes.insert(node.code).second) {
    add(ErrorCode::duplicate_code, "the code is used twice");
  }
  if (node.points.signum() < 0) {
    add(ErrorCode::negative_points, "分值 " + node.points.to_string() + " is negative");
  }
  if (node.is_leaf()) {
    if (is_root)
      add(ErrorCode::missing_rule, "no indicators");
    else if (!node.rule)
      add(ErrorCode::missing_rule, "a leaf indicator needs a scoring rule");
    else
      node.rule->check(node, problems);
    return;
  }
  try {
    Decimal sum;
    for (const Indicator& child : node.children) sum += child.points;
    if (sum != node.points) {
      add(ErrorCode::points_mismatch,
          "the children's 分值 add up to " + sum.to_string() + ", not " + node.points.to_string());
    }
  } catch (const OverflowError&) {
    add(ErrorCode::points_mismatch, "the children's 分值 are too large to add up exactly");
  }
  for (const Indicator& child : node.children) validate_node(child, depth + 1, codes, problems);
}

}  // namespace detail

/// @brief Every problem of `framework`, in tree order (a parent before its descendants);
/// empty when it can score.
///
/// Checks: the root's 分值 is the declared total (502); each node's children's 分值 sum
/// exactly to its own (501); codes are unique, and present below the root (503, 506); no
/// 分值 is negative (504); every leaf has a rule whose parameters are coherent (505, 506); the
/// grade scale has no gaps or overlaps and grades every total from 0 to the total it is
/// written on (a framework of another total is graded by its score rate)
/// (507); every rounding step leaves room for the scores (508); the tree is at most
/// max_depth deep (509). Messages name the indicator by code and name.
[[nodiscard]] inline std::vector<Problem> validate(const Framework& framework) {
  std::vector<Problem> problems;
  const Indicator& root = framework.root;
  if (root.points != framework.declared_total) {
    problems.push_back(problem_at(root, ErrorCode::total_mismatch,
                                  "the indicators add up to " + root.points.to_string() +
                                      ", not the declared total " +
                                      framework.declared_total.to_string()));
  }
  std::set<std::string> codes;
  detail::validate_node(root, 0, codes, problems);
  detail::check_rounding(framework.rounding, framework.declared_total, problems);
  std::vector<Problem> grade_problems = framework.grades.check();
  if (grade_problems.empty() && !framework.grades.covers()) {
    grade_problems.push_back({ErrorCode::invalid_grade_scale, "",
                              "grade scale " + framework.grades.name() + ": some totals in [0, " +
                                  framework.grades.out_of().to_string() + "] get no grade"});
  }
  problems.insert(problems.end(), grade_problems.begin(), grade_problems.end());
  return problems;
}

/// @brief Throws ValidationError listing every problem of `framework`, if it has any.
inline void require_valid(const Framework& framework) {
  std::vector<Problem> problems = validate(framework);
  if (!problems.empty()) throw ValidationError(std::move(problems));
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_FRAMEWORK_HPP

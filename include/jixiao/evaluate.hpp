/// @file evaluate.hpp
/// @brief jixiao::evaluate(): a framework and the facts of one evaluation → a Scorecard.
#ifndef JIXIAO_EVALUATE_HPP
#define JIXIAO_EVALUATE_HPP

#include <jixiao/budget.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/detail/contract.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/error.hpp>
#include <jixiao/facts.hpp>
#include <jixiao/format.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/printed.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief What was found in one evaluation: the facts per leaf, and the budget block.
struct Evaluation {
  std::string title;             ///< e.g. "机关运行补助项目2023年度绩效评价".
  Facts facts;                   ///< Inputs of each leaf, by code.
  std::optional<Budget> budget;  ///< 预算执行情况, if the evaluation has one.
  /// The numbers its published report printed, for check(); evaluate() does not read them.
  std::vector<PrintedNumber> printed;
};

namespace detail {

inline std::string points_with_places(const Decimal& score, int places) {
  FixedFormat spec;
  spec.places = places;
  return format(score, spec) + "分";
}

// Runs `work`; a jixiao::Error it raises becomes problems located at `node`, so that every
// leaf of an evaluation is reported at once and nothing but ScoringError leaves evaluate().
template <class Work>
void collecting_problems(const Indicator& node, std::vector<Problem>& problems, Work&& work) {
  try {
    work();
  } catch (const ScoringError& e) {
    problems.insert(problems.end(), e.problems().begin(), e.problems().end());
  } catch (const DivisionByZeroError& e) {
    problems.push_back(problem_at(node, ErrorCode::zero_denominator, e.message()));
  } catch (const Error& e) {
    // Any other data error (an overflow from absurdly large inputs, say) is a problem of the
    // facts at this node; the original id stays in the message.
    problems.push_back(
        problem_at(node, ErrorCode::invalid_input,
                   std::string(e.message()) + " (" + std::string(name(e.code())) + ")"));
  }
}

// Scores one leaf into `row`. `declared_na` is the facts that declare this leaf (or one of
// its ancestors) not applicable, if any. The leaf's rule was validated.
inline void score_leaf_into(const Indicator& leaf, const LeafFacts* facts,
                            const LeafFacts* declared_na, const RoundingPolicy& policy,
                            NodeScore& row, std::vector<Problem>& problems) {
  JIXIAO_EXPECTS(leaf.rule != nullptr);
  row.leaf = true;
  row.kind = leaf.kind;
  row.applicable_points = leaf.points;
  row.trace.rule = std::string(leaf.rule->kind());
  collecting_problems(leaf, problems, [&] {
    row.target = leaf.target.to_string();
    row.criterion = leaf.rule->criterion(leaf);
    if (declared_na) {
      row.applicable = false;
      row.applicable_points = Decimal(0);
      row.not_applicable_reason = declared_na->not_applicable_reason();
      return;
    }
    static const LeafFacts no_facts;
    const RuleContext context(leaf, facts ? *facts : no_facts, policy, row.trace);
    const Score computed = leaf.rule->score(context);
    row.score = policy.leaf.apply(computed.value);
    row.trace.step("得分", computed.expression, points_with_places(row.score, policy.leaf.places));
  });
}

inline void score_node(const Indicator& node, int depth, const Facts& facts,
                       const LeafFacts* declared_na, const RoundingPolicy& policy,
                       std::vector<NodeScore>& rows, std::vector<Problem>& problems) {
  const std::size_t at = rows.size();
  rows.emplace_back();
  rows[at].code = node.code;
  rows[at].name = node.name;
  rows[at].depth = depth;
  rows[at].points = node.points;
  const LeafFacts* own = facts.find(node.code);
  if (!declared_na && own && own->is_not_applicable()) declared_na = own;
  if (node.is_leaf()) {
    score_leaf_into(node, own, declared_na, policy, rows[at], problems);
    return;
  }
  std::vector<std::size_t> children;
  for (const Indicator& child : node.children) {
    children.push_back(rows.size());
    score_node(child, depth + 1, facts, declared_na, policy, rows, problems);
  }
  collecting_problems(node, problems, [&] {
    Decimal score;
    Decimal applicable;
    bool any_applicable = false;
    for (const std::size_t child : children) {
      score += rows[child].score;
      applicable += rows[child].applicable_points;
      any_applicable = any_applicable || rows[child].applicable;
    }
    rows[at].score = policy.parent ? policy.parent->apply(score) : score;
    rows[at].applicable_points = applicable;
    rows[at].applicable = any_applicable;
    if (!any_applicable && declared_na) {
      rows[at].not_applicable_reason = declared_na->not_applicable_reason();
    }
  });
}

// The total and what it is out of, from the scored root (which has applicable 分值).
inline void total_into(const Framework& framework, const NodeScore& root, Scorecard& card) {
  const bool partial = root.applicable_points != root.points;
  if (partial && framework.not_applicable == NotApplicablePolicy::rescale) {
    const RoundingStep& step =
        framework.rounding.total ? *framework.rounding.total : framework.rounding.leaf;
    card.total = step.apply(Ratio(root.score * framework.declared_total, root.applicable_points));
    card.out_of = framework.declared_total;
    return;
  }
  card.total = framework.rounding.total ? framework.rounding.total->apply(root.score) : root.score;
  card.out_of = root.applicable_points;
}

inline void index_codes(const Indicator& node, std::map<std::string_view, const Indicator*>& out) {
  out.emplace(node.code, &node);
  for (const Indicator& child : node.children) index_codes(child, out);
}

inline void require_known_codes(const Indicator& root, const Facts& facts,
                                std::vector<Problem>& problems) {
  if (facts.leaves().empty()) return;
  std::map<std::string_view, const Indicator*> by_code;  // one pass, not one search per code
  index_codes(root, by_code);
  for (const auto& entry : facts.leaves()) {
    const std::string& code = entry.first;
    const auto found = by_code.find(code);
    if (found == by_code.end()) {
      problems.push_back(
          {ErrorCode::unknown_indicator, code,
           "facts are given for indicator \"" + code + "\", which the framework does not have"});
    } else if (!found->second->is_leaf() && !entry.second.values().empty()) {
      problems.push_back(problem_at(*found->second, ErrorCode::unknown_indicator,
                                    "facts are given for an indicator that is not a leaf; its "
                                    "score is the sum of its children (a non-leaf can only be "
                                    "declared 不适用)"));
    }
  }
}

// Throws ValidationError unless `leaf` is a leaf with a coherent rule and `policy` can hold
// its scores.
inline void require_scorable_leaf(const Indicator& leaf, const RoundingPolicy& policy) {
  std::vector<Problem> problems;
  check_rounding(policy, leaf.points, problems);
  if (!leaf.is_leaf()) {
    problems.push_back(problem_at(leaf, ErrorCode::missing_rule, "is not a leaf"));
  } else if (!leaf.rule) {
    problems.push_back(
        problem_at(leaf, ErrorCode::missing_rule, "a leaf indicator needs a scoring rule"));
  } else {
    leaf.rule->check(leaf, problems);
  }
  if (!problems.empty()) throw ValidationError(std::move(problems));
}

}  // namespace detail

/// @brief Scores one leaf exactly as evaluate() would: the rule's exact score, rounded by
/// `policy.leaf`, with its criterion and trace.
/// @throws ValidationError if `leaf` has no rule or its rule's parameters are incoherent;
///         ScoringError for facts that cannot be scored (naming the indicator).
[[nodiscard]] inline NodeScore score_leaf(const Indicator& leaf, const LeafFacts& facts,
                                          const RoundingPolicy& policy = {}) {
  detail::require_scorable_leaf(leaf, policy);
  NodeScore row;
  row.code = leaf.code;
  row.name = leaf.name;
  row.points = leaf.points;
  std::vector<Problem> problems;
  detail::score_leaf_into(leaf, &facts, facts.is_not_applicable() ? &facts : nullptr, policy, row,
                          problems);
  if (!problems.empty()) throw ScoringError(std::move(problems));
  return row;
}

/// @brief Scores `evaluation` with `framework`.
///
/// 1. The framework is validated (ValidationError lists every problem).
/// 2. Each leaf is scored by its rule from its facts and rounded by the policy's leaf step;
///    a leaf declared 不适用 scores nothing and its 分值 leaves the applicable total. A
///    category or 二级指标 declared 不适用 (facts with no values) makes all its leaves so.
/// 3. Each parent is the sum of its children (re-rounded if the policy says so).
/// 4. The total is the root's sum (re-rounded only if the policy sets a total step),
///    rescaled to the declared total when indicators are 不适用 and the policy is
///    NotApplicablePolicy::rescale, and graded.
///
/// Every leaf is scored before any error is raised, so a ScoringError lists all the facts
/// that need fixing, each naming its indicator: a zero denominator, a missing input, a
/// qualitative score outside its band, facts for an unknown code.
/// @throws ValidationError for an invalid framework, ScoringError for unscorable facts.
[[nodiscard]] inline Scorecard evaluate(const Framework& framework, const Evaluation& evaluation) {
  require_valid(framework);
  std::vector<Problem> problems;
  detail::require_known_codes(framework.root, evaluation.facts, problems);
  Scorecard card;
  card.framework = framework.name;
  card.budget = evaluation.budget;
  detail::score_node(framework.root, 0, evaluation.facts, nullptr, framework.rounding, card.nodes,
                     problems);
  const NodeScore& root = card.nodes.front();
  const bool ratable = problems.empty() && root.applicable && root.applicable_points.signum() > 0;
  if (ratable) {
    detail::collecting_problems(framework.root, problems,
                                [&] { detail::total_into(framework, root, card); });
  }
  if (!problems.empty()) throw ScoringError(std::move(problems));
  if (!ratable) {
    card.total = Decimal(0);
    card.out_of = Decimal(0);
    card.rating = Rating::not_ratable(root.applicable ? "the applicable indicators carry no 分值"
                                                      : "every indicator is 不适用");
    return card;
  }
  // Graded by its score rate when the scale is written on another total (a framework of 10).
  card.rating = framework.grades.grade(card.total, framework.declared_total);
  return card;
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_EVALUATE_HPP

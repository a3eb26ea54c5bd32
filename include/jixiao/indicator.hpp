/// @file indicator.hpp
/// @brief jixiao::Indicator, a node of an indicator tree (指标体系): 一级/二级/三级指标.
#ifndef JIXIAO_INDICATOR_HPP
#define JIXIAO_INDICATOR_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/target.hpp>
#include <jixiao/version.hpp>

#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief Whether a leaf is measured by a number (定量) or judged (定性).
enum class IndicatorKind : unsigned char {
  quantitative,  ///< 定量指标
  qualitative,   ///< 定性指标
};

/// @brief A node of an indicator tree, of any depth.
///
/// Every node has a stable code, a name and its 分值 (maximum points, also called 权重).
/// Inner nodes (一级、二级指标) have children whose 分值 sum to theirs. Leaves (三级指标)
/// carry their kind, their target (指标值) and the Rule that scores them. A tree is plain
/// data: it can be copied, and one tree (a Framework) scores many evaluations; the rules are
/// shared, immutable objects.
///
/// Build trees with group() and leaf():
/// @code
/// using namespace jixiao;
/// Indicator process = group("2", "过程", 19, {
///     group("2.1", "资金管理", 13, {
///         leaf("2.1.2", "预算执行率", 5, IndicatorKind::quantitative, Target{},
///              rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))
///                  .label("预算执行率").displayed_rate({4, Rounding::half_up})),
///         ...
/// @endcode
class Indicator {
 public:
  /// Stable code, unique in its tree, e.g. "2.1.2". Facts refer to leaves by code.
  std::string code;
  /// Name in the report's words (UTF-8), e.g. "预算执行率".
  std::string name;
  /// 分值: the points this node is worth.
  Decimal points;
  /// Sub-indicators; empty for a leaf.
  std::vector<Indicator> children;
  /// Leaves: 定量 or 定性.
  IndicatorKind kind = IndicatorKind::quantitative;
  /// Leaves: the target (指标值), if one is stated.
  Target target;
  /// Leaves: the scoring rule.
  std::shared_ptr<const Rule> rule;

  /// Whether this node has no children.
  [[nodiscard]] bool is_leaf() const noexcept { return children.empty(); }

  /// "code name", as messages and traces name an indicator: "2.1.2 预算执行率".
  [[nodiscard]] std::string label() const {
    if (code.empty()) return name;
    return name.empty() ? code : code + " " + name;
  }

  /// The node with `code` in this subtree (itself included), or nullptr.
  [[nodiscard]] const Indicator* find(std::string_view wanted) const {
    if (code == wanted) return this;
    for (const Indicator& child : children) {
      if (const Indicator* found = child.find(wanted)) return found;
    }
    return nullptr;
  }
};

/// @brief A Problem located at `node`, its message prefixed with the node's label:
/// `problem_at(leaf, ErrorCode::invalid_rule, "no bands")` reads "3.1 重点支出安排率: no bands".
/// For Rule::check() implementations, built-in or custom.
inline Problem problem_at(const Indicator& node, ErrorCode code, const std::string& what) {
  return {code, node.code, node.label() + ": " + what};
}

/// @brief An inner node (一级 or 二级指标): code, name, 分值 and children.
inline Indicator group(std::string code, std::string name, const Decimal& points,
                       std::vector<Indicator> children) {
  Indicator node;
  node.code = std::move(code);
  node.name = std::move(name);
  node.points = points;
  node.children = std::move(children);
  return node;
}

/// @brief A leaf (三级指标) scored by `rule`: any class derived from Rule, built-in or yours.
template <class RuleType>
Indicator leaf(std::string code, std::string name, const Decimal& points, IndicatorKind kind,
               Target target, RuleType&& rule) {
  using Stored = std::decay_t<RuleType>;
  static_assert(std::is_base_of_v<Rule, Stored>, "a leaf's rule must derive from jixiao::Rule");
  Indicator node;
  node.code = std::move(code);
  node.name = std::move(name);
  node.points = points;
  node.kind = kind;
  node.target = std::move(target);
  node.rule = std::make_shared<const Stored>(std::forward<RuleType>(rule));
  return node;
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_INDICATOR_HPP

/// @file prepared_framework.hpp
/// @brief jixiao::PreparedFramework: a framework validated and compiled once, then used to
///        score many evaluations — a province's projects, a ministry's re-check — fast and
///        exactly as evaluate() scores each of them.
#ifndef JIXIAO_PREPARED_FRAMEWORK_HPP
#define JIXIAO_PREPARED_FRAMEWORK_HPP

#include <jixiao/compiled_rule.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/facts.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/input_row.hpp>
#include <jixiao/row_score.hpp>
#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief One indicator of a prepared framework, in tree order (the Scorecard's order).
struct PreparedNode {
  /// The indicator, in the framework the PreparedFramework owns.
  const Indicator* indicator = nullptr;
  /// Its parent's position; the root's is its own (0).
  std::size_t parent = 0;
  /// Its depth: 0 for the root, 1 for 一级指标.
  int depth = 0;
  /// Leaves: the position of its first input in InputRow::values.
  std::size_t first_input = 0;
  /// Leaves: how many inputs its rule declared.
  std::size_t input_count = 0;
  /// Leaves: the rule's compiled form, or nullptr (Rule::compile()).
  std::unique_ptr<CompiledRule> compiled;
};

/// @brief One input of a prepared framework: a fact a leaf's rule reads.
struct InputSlot {
  std::size_t node = 0;  ///< The leaf's position in PreparedFramework::nodes().
  std::string name;      ///< The fact's name, e.g. "实际支出资金".
};

/// @brief A framework validated once and compiled for batch scoring.
///
/// Each leaf's rule declares the inputs it reads (Rule::compile()); an InputRow holds one
/// value per input, and score() computes every node, the total and the grade with no
/// allocation and no text. The results are those of evaluate() — the same rules, the same
/// exact arithmetic, the same rounding: a test scores random evaluations both ways. Rows that
/// need more than the compiled path gives (不适用 declarations, rules without a compiled
/// form, facts that cannot be scored) go through evaluate() itself, so a bad row raises the
/// same ScoringError, naming the indicator and the input.
///
/// A PreparedFramework is immutable after construction: one instance can score rows from
/// several threads at once, each thread with its own InputRow and RowScore.
/// @code
/// const jixiao::PreparedFramework prepared(framework);   // validates: ValidationError
/// jixiao::InputRow row = prepared.make_row();
/// jixiao::RowScore result = prepared.make_result();
/// row.values[*prepared.find_input("2.1.2", "实际支出资金")] = jixiao::InputValue::of(693.68_dec);
/// …
/// prepared.score(row, result);           // result.total, result.grade->label
/// @endcode
class PreparedFramework {
 public:
  /// Validates `framework` and compiles its rules.
  /// @throws ValidationError listing every problem of the framework.
  explicit PreparedFramework(Framework framework)
      : framework_(std::make_unique<const Framework>(std::move(framework))) {
    require_valid(*framework_);
    flatten(framework_->root, 0, 0);
    Decimal leaf_points;
    for (const PreparedNode& node : nodes_) {
      if (!node.indicator->is_leaf()) continue;
      leaf_points += node.indicator->points;
      compiled_everywhere_ = compiled_everywhere_ && node.compiled != nullptr;
    }
    // The compiled path covers the plain case: every leaf applicable, 分值 adding up.
    compiled_everywhere_ =
        compiled_everywhere_ && leaf_points == framework_->root.points && leaf_points.signum() > 0;
  }

  /// The framework, as given.
  [[nodiscard]] const Framework& framework() const noexcept { return *framework_; }
  /// Every indicator, in tree order.
  [[nodiscard]] const std::vector<PreparedNode>& nodes() const noexcept { return nodes_; }
  /// The position of indicator `code`, or nothing.
  [[nodiscard]] std::optional<std::size_t> find_node(std::string_view code) const {
    const auto found = by_code_.find(code);
    if (found == by_code_.end()) return std::nullopt;
    return found->second;
  }
  /// Every input, by position in InputRow::values; each leaf's inputs are contiguous.
  [[nodiscard]] const std::vector<InputSlot>& inputs() const noexcept { return inputs_; }
  /// The position of input `name` of leaf `node`, or nothing.
  [[nodiscard]] std::optional<std::size_t> find_input(std::size_t node,
                                                      std::string_view name) const {
    const PreparedNode& leaf = nodes_.at(node);
    for (std::size_t i = leaf.first_input; i < leaf.first_input + leaf.input_count; ++i) {
      if (inputs_[i].name == name) return i;
    }
    return std::nullopt;
  }
  /// The position of input `name` of indicator `code`, or nothing.
  [[nodiscard]] std::optional<std::size_t> find_input(std::string_view code,
                                                      std::string_view name) const {
    const std::optional<std::size_t> node = find_node(code);
    return node ? find_input(*node, name) : std::nullopt;
  }
  /// Whether every leaf has a compiled form, so that plain rows never go through evaluate().
  [[nodiscard]] bool fully_compiled() const noexcept { return compiled_everywhere_; }

  /// An empty row of the right size.
  [[nodiscard]] InputRow make_row() const {
    InputRow row;
    row.values.resize(inputs_.size());
    return row;
  }
  /// A result of the right size.
  [[nodiscard]] RowScore make_result() const {
    RowScore result;
    result.scores.resize(nodes_.size());
    result.applicable.assign(nodes_.size(), true);
    return result;
  }

  /// Scores `row` into `result` (sized by make_result(), or resized here).
  /// @throws ScoringError for facts that cannot be scored, exactly as evaluate() does.
  void score(const InputRow& row, RowScore& result) const {
    if (result.scores.size() != nodes_.size()) result = make_result();
    if (compiled_everywhere_ && row.extra.leaves().empty()) {
      try {
        score_compiled(row, result);
        if (!result.compiled) result.applicable.assign(nodes_.size(), true);
        result.compiled = true;
        return;
      } catch (const CompiledRuleFailure&) {  // evaluate() says what and where
      } catch (const Error&) {
      }
    }
    score_generally(evaluate(*framework_, evaluation_of(row)), result);
  }

  /// Clears `row` and fills it from `facts`: each fact an input holds goes to its position,
  /// the rest (不适用, facts of rules without a compiled form) to InputRow::extra. Texts are
  /// viewed, not copied: `facts` must outlive the row's use.
  void fill(const Facts& facts, InputRow& row) const {
    if (row.values.size() != inputs_.size()) row = make_row();
    row.clear();
    for (const auto& [code, leaf] : facts.leaves()) {
      const std::optional<std::size_t> node = find_node(code);
      const bool compiled = node && nodes_[*node].compiled && !leaf.is_not_applicable();
      for (const auto& [name, value] : leaf.values()) {
        const std::optional<std::size_t> slot =
            compiled ? find_input(*node, name) : std::optional<std::size_t>();
        if (!slot) {
          row.extra[code].set(name, value);
        } else if (const Decimal* number = value.number()) {
          row.values[*slot] = InputValue::of(*number);
        } else if (const std::string* text = value.text()) {
          row.values[*slot] = InputValue::of_text(*text);
        } else if (const bool* flag = value.flag()) {
          row.values[*slot] = InputValue::of_flag(*flag);
        }
      }
      if (leaf.is_not_applicable()) row.extra[code].not_applicable(leaf.not_applicable_reason());
      if (!node) row.extra[code];  // an unknown code: evaluate() names it
    }
  }

  /// The row as an Evaluation, for evaluate(), explain and files.
  [[nodiscard]] Evaluation evaluation_of(const InputRow& row, std::string title = {}) const {
    Evaluation evaluation;
    evaluation.title = std::move(title);
    for (std::size_t i = 0; i < inputs_.size() && i < row.values.size(); ++i) {
      const InputValue& value = row.values[i];
      if (value.type() == InputValue::Type::absent) continue;
      evaluation.facts[nodes_[inputs_[i].node].indicator->code].set(inputs_[i].name,
                                                                    value.to_fact());
    }
    for (const auto& [code, extra] : row.extra.leaves()) {
      LeafFacts& facts = evaluation.facts[code];
      for (const auto& [name, value] : extra.values()) facts.set(name, value);
      if (extra.is_not_applicable()) facts.not_applicable(extra.not_applicable_reason());
    }
    return evaluation;
  }

 private:
  void flatten(const Indicator& node, std::size_t parent, int depth) {
    const std::size_t at = nodes_.size();
    nodes_.emplace_back();
    nodes_[at].indicator = &node;
    nodes_[at].parent = parent;
    nodes_[at].depth = depth;
    by_code_.emplace(node.code, at);
    if (node.is_leaf()) {
      InputSlots slots;
      nodes_[at].compiled = node.rule->compile(node, framework_->rounding, slots);
      nodes_[at].first_input = inputs_.size();
      nodes_[at].input_count = slots.names().size();
      leaves_.push_back(at);
      for (const std::string& name : slots.names()) inputs_.push_back({at, name});
      return;
    }
    const std::size_t own = parents_.size();
    parents_.push_back({at, 0, 0});
    std::vector<std::size_t> children;
    for (const Indicator& child : node.children) {
      children.push_back(nodes_.size());
      flatten(child, at, depth + 1);
    }
    parents_[own].first_child = children_.size();
    children_.insert(children_.end(), children.begin(), children.end());
    parents_[own].end_child = children_.size();
  }

  // Leaves first, then each parent from its children's scores, deepest parents first
  // (children follow their parent in tree order); a sum is kept in registers, not in the
  // result, so that no addition waits on the store of the one before.
  void score_compiled(const InputRow& row, RowScore& result) const {
    const RoundingPolicy& policy = framework_->rounding;
    for (const std::size_t i : leaves_) {
      const PreparedNode& node = nodes_[i];
      result.scores[i] = node.compiled->score(row.values.data() + node.first_input, policy.leaf);
    }
    for (std::size_t p = parents_.size(); p-- > 0;) {
      const Parent& parent = parents_[p];
      Decimal sum = Decimal::from_scaled(0, policy.leaf.places);  // same scale: the fast add
      for (std::size_t c = parent.first_child; c < parent.end_child; ++c) {
        sum += result.scores[children_[c]];
      }
      result.scores[parent.node] = policy.parent ? policy.parent->apply(sum) : sum;
    }
    const Decimal& root = result.scores.front();
    result.total = policy.total ? policy.total->apply(root) : root;
    result.out_of = framework_->root.points;
    result.grade = framework_->grades.band_of(result.total, framework_->declared_total);
    if (!result.grade) throw CompiledRuleFailure{};  // not ratable: evaluate() says why
  }

  void score_generally(const Scorecard& card, RowScore& result) const {
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      result.scores[i] = card.nodes[i].score;
      result.applicable[i] = card.nodes[i].applicable;
    }
    result.total = card.total;
    result.out_of = card.out_of;
    result.grade = card.rating.is_rated() ? framework_->grades.band_of(card.total, framework_->declared_total)
                                          : nullptr;
    result.compiled = false;
  }

  std::unique_ptr<const Framework> framework_;  // on the heap: nodes point into it
  std::vector<PreparedNode> nodes_;
  std::vector<InputSlot> inputs_;
  // For score_compiled(): the leaves, and the parents in tree order with their children.
  struct Parent {
    std::size_t node;
    std::size_t first_child;  // in children_
    std::size_t end_child;
  };
  std::vector<std::size_t> leaves_;
  std::vector<Parent> parents_;
  std::vector<std::size_t> children_;
  std::map<std::string, std::size_t, std::less<>> by_code_;
  bool compiled_everywhere_ = true;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_PREPARED_FRAMEWORK_HPP

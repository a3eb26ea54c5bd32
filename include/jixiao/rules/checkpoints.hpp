/// @file rules/checkpoints.hpp
/// @brief Rule kind 5: checkpoints (评价要点), each worth part of the points.
#ifndef JIXIAO_RULES_CHECKPOINTS_HPP
#define JIXIAO_RULES_CHECKPOINTS_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace rules {

/// @brief One 评价要点: its name (the yes/no input that says whether it is met) and points.
struct Checkpoint {
  std::string name;  ///< e.g. "制度已建立"; the facts hold a yes/no under this name.
  Decimal points;    ///< What meeting it earns.
};

/// @brief The score is the sum of the points of the checkpoints met.
///
/// **When evaluators use it:** for the qualitative indicators of 决策 and 过程 (立项依据充分性,
/// 管理制度健全性, 资金使用合规性…), whose 评分标准 list 评价要点: "管理制度健全性 3 分: 制度已
/// 建立 1 分, 制度合法合规 1 分, 制度完整 1 分", or "具备要素① 得40%, ②③④ 各20%" (write the
/// shares as points: 1.2, 0.6…). Validation requires the points to add up to the 分值.
/// @code
/// rules::Checkpoints({{"制度已建立", 1}, {"制度合法合规", 1}, {"制度完整", 1}})
/// // facts: {"制度已建立", true}, {"制度合法合规", true}, {"制度完整", false} → 2 分
/// @endcode
class Checkpoints final : public Rule {
 public:
  /// The checkpoints, in the order of the 评分标准.
  explicit Checkpoints(std::vector<Checkpoint> items) : items_(std::move(items)) {}

  /// The checkpoints and their points, in order.
  [[nodiscard]] const std::vector<Checkpoint>& checkpoints() const noexcept { return items_; }

  /// "checkpoints"
  [[nodiscard]] std::string_view kind() const noexcept override { return "checkpoints"; }

  /// e.g. "制度已建立得1分；制度合法合规得1分；制度完整得1分".
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    (void)leaf;
    std::string text;
    for (const Checkpoint& c : items_) {
      if (!text.empty()) text += "；";
      text += c.name + "得" + detail::points_text(c.points) + "分";
    }
    return text;
  }

  /// Points non-negative, names distinct, total equal to the 分值.
  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    const auto bad = [&](const std::string& what) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule, what));
    };
    if (items_.empty()) bad("no checkpoints");
    Decimal total;
    std::set<std::string> names;
    for (const Checkpoint& c : items_) {
      if (c.points.signum() < 0) bad("checkpoint \"" + c.name + "\" has negative points");
      if (!names.insert(c.name).second) bad("checkpoint \"" + c.name + "\" appears twice");
      total += c.points;
    }
    if (!items_.empty() && total != leaf.points) {
      bad("the checkpoints add up to " + total.to_string() + ", not the 分值 " +
          leaf.points.to_string());
    }
  }

  /// The sum of the points of the checkpoints met. @throws ScoringError 601 for a missing one.
  [[nodiscard]] Score score(const RuleContext& context) const override {
    Decimal total;
    std::string expression;
    for (const Checkpoint& c : items_) {
      const bool met = context.flag(c.name);
      const Decimal earned = met ? c.points : Decimal(0);
      context.trace().step(
          c.name, "", met ? "符合，得" + detail::points_text(c.points) + "分" : "不符合，得0分");
      if (!expression.empty()) expression += "+";
      expression += detail::points_text(earned);
      total += earned;
    }
    return {Ratio(total), items_.size() > 1 ? expression : ""};
  }

  /// Batch scoring: the yes/no of each checkpoint from the row.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    (void)leaf;
    (void)policy;
    std::vector<std::size_t> slots;
    for (const Checkpoint& c : items_) slots.push_back(inputs(c.name));
    return std::make_unique<Compiled>(*this, std::move(slots));
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(const Checkpoints& rule, std::vector<std::size_t> slots)
        : rule_(rule), slots_(std::move(slots)) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      Decimal total;
      for (std::size_t i = 0; i < slots_.size(); ++i) {
        const InputValue& value = inputs[slots_[i]];
        if (value.type() != InputValue::Type::flag) throw CompiledRuleFailure{};
        if (value.flag()) total += rule_.items_[i].points;
      }
      return total.round(leaf.places, leaf.mode);
    }

   private:
    const Checkpoints& rule_;
    std::vector<std::size_t> slots_;
  };

  std::vector<Checkpoint> items_;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_CHECKPOINTS_HPP

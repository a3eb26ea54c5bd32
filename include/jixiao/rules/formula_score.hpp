/// @file rules/formula_score.hpp
/// @brief Rule kind "formula": the score is what a jixiao::Formula computes from the facts.
#ifndef JIXIAO_RULES_FORMULA_SCORE_HPP
#define JIXIAO_RULES_FORMULA_SCORE_HPP

#include <jixiao/compiled_rule.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/detail/formula_evaluator.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/formula.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/version.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace rules {

/// What a formula rule does with a score outside [0, 分值].
enum class OutsidePoints : unsigned char {
  error,  ///< The facts cannot be scored (608 score_out_of_range): the formula or the facts are wrong.
  clamp,  ///< Counted as 0 or as the 分值: the 评分标准 says 扣完为止 / 满分为止.
};

/// @brief 得分 = a formula of the leaf's facts, for the 评分标准 no built-in kind states.
///
/// **When evaluators use it:** for rules that compare one fact with another, or that a
/// province words its own way. 资金结余 (none → 3, at most 上年结转 → 2, more → 0) is
/// @code
/// rules::FormulaScore(Formula::parse("if(资金结余 = 0, 3, if(资金结余 <= 上年结转, 2, 0))"))
/// @endcode
/// and the platform's 正向 rule (met → 分值, else 实际完成值 / 目标值 × 分值) is
/// @code
/// rules::FormulaScore(Formula::parse(
///     "if(实际完成值 >= 目标值, 分值, 实际完成值 / 目标值 × 分值)"))
/// @endcode
/// The trace prints each named step with its values (`执行率=（693.68/1994）×100%=34.79%`)
/// and a note for each if() decided. A score outside [0, 分值] is an error (608) unless
/// `outside_points(OutsidePoints::clamp)` declares 满分为止 / 扣完为止.
class FormulaScore final : public Rule {
 public:
  /// Scores by `formula`.
  explicit FormulaScore(Formula formula) : formula_(std::move(formula)) {}

  /// What a score outside [0, 分值] means (default OutsidePoints::error).
  FormulaScore& outside_points(OutsidePoints policy) {
    outside_ = policy;
    return *this;
  }

  /// The formula.
  [[nodiscard]] const Formula& formula() const noexcept { return formula_; }
  /// What a score outside [0, 分值] means.
  [[nodiscard]] OutsidePoints outside_points() const noexcept { return outside_; }

  /// "formula"
  [[nodiscard]] std::string_view kind() const noexcept override { return "formula"; }

  /// The formula with names, e.g. "得分=if（资金结余=0，3，if（资金结余≤上年结转，2，0））".
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    (void)leaf;
    const detail::FormulaProgram& program = formula_.program();
    std::string text = detail::describe_formula(program);
    if (program.statements.back().name.empty()) text = "得分=" + text;
    if (outside_ == OutsidePoints::clamp) text += "（低于0按0计，高于分值按分值计）";
    return text;
  }

  /// 目标值 needs a quantitative target.
  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    if (formula_.uses_target() && !leaf.target.is_quantitative()) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule,
                                    "the formula reads 目标值, but the indicator's target \"" +
                                        leaf.target.to_string() + "\" has no value"));
    }
  }

  /// The facts compared with a percentage, or with a percentage target.
  [[nodiscard]] std::vector<std::string> percent_inputs(const Indicator& leaf) const override {
    const bool percent_target = leaf.target.is_quantitative() && leaf.target.unit() == "%";
    std::vector<std::string> names;
    for (const Formula::Input& input : formula_.inputs()) {
      if (input.percent || (input.against_target && percent_target)) names.push_back(input.name);
    }
    return names;
  }

  /// Runs the formula: each named step goes into the trace, the last statement is the score.
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const detail::FormulaProgram& program = formula_.program();
    ContextSource source{context};
    detail::FormulaEvaluator<ContextSource, true> run(program, source);
    for (std::size_t i = 0; i + 1 < program.statements.size(); ++i) {
      const auto step = run.statement(i);
      context.trace().step(program.statements[i].name, step.shown,
                           run.step_value_text(i, step.value));
    }
    auto result = run.statement(program.statements.size() - 1);
    const Decimal& points = context.points();
    Ratio value = result.value.number;
    if (value.signum() < 0 || value > points) {
      const std::string printed = detail::points_in_formula(value);
      if (outside_ == OutsidePoints::error) {
        context.fail(ErrorCode::score_out_of_range,
                     "the formula gives " + printed + " (" + result.shown + "), outside [0, " +
                         detail::points_text(points) +
                         "]; declare \"outside_points\": \"clamp\" if the rule says "
                         "满分为止 or 扣完为止");
      }
      const bool below = value.signum() < 0;
      value = below ? Ratio(Decimal()) : Ratio(points);
      context.trace().note("公式得分" + printed + (below ? "低于0，按0计" : "高于分值，按分值计"));
      result.shown += below ? "，按0计" : "，按分值计";
    }
    return {value, result.shown};
  }

  /// Batch scoring: the same program, reading the facts by position, without text.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    (void)policy;
    std::vector<std::size_t> slots;
    for (const detail::FormulaFact& fact : formula_.program().facts) slots.push_back(inputs(fact.name));
    return std::make_unique<Compiled>(*this, leaf, std::move(slots));
  }

 private:
  // The facts through a RuleContext: errors name the indicator, reads go into the trace.
  struct ContextSource {
    const RuleContext& context;

    detail::FormulaValue fact(const detail::FormulaFact& fact, std::uint32_t index) const {
      (void)index;
      if (!context.facts().find(fact.name)) {
        std::string known;
        for (const auto& [name, value] : context.facts().values()) {
          (void)value;
          known += (known.empty() ? "" : ", ") + name;
        }
        context.fail(ErrorCode::missing_input,
                     "the formula reads \"" + fact.name + "\" (column " +
                         std::to_string(fact.column) + "), which is not a fact of this indicator (" +
                         (known.empty() ? std::string("it has none") : "its facts: " + known) +
                         "), nor 分值, 目标值 or a step computed before");
      }
      detail::FormulaValue value;
      switch (fact.type.value_or(FormulaType::number)) {
        case FormulaType::number:
          value.number = context.number(fact.name);
          break;
        case FormulaType::flag:
          value.flag = context.flag(fact.name);
          break;
        case FormulaType::text:
          value.text = context.text(fact.name);
          break;
      }
      return value;
    }
    const Decimal& points() const { return context.points(); }
    Ratio target() const { return *context.indicator().target.value(); }
    bool target_is_percent() const { return context.indicator().target.unit() == "%"; }
    std::string target_text() const {
      const Decimal& value = *context.indicator().target.value();
      return target_is_percent() ? detail::exact_percent(value) : detail::points_text(value);
    }
    [[noreturn]] void fail(ErrorCode code, const std::string& message) const {
      context.fail(code, message);
    }
    void note(std::string text) const { context.trace().note(std::move(text)); }
  };

  // The facts of one input row, by position; any problem sends the row to score().
  struct SlotSource {
    const InputValue* inputs;
    const std::vector<std::size_t>& slots;
    const Indicator& leaf;

    detail::FormulaValue fact(const detail::FormulaFact& fact, std::uint32_t index) const {
      const InputValue& input = inputs[slots[index]];
      detail::FormulaValue value;
      switch (fact.type.value_or(FormulaType::number)) {
        case FormulaType::number:
          value.number = detail::number_input(input);
          break;
        case FormulaType::flag:
          if (input.type() != InputValue::Type::flag) throw CompiledRuleFailure{};
          value.flag = input.flag();
          break;
        case FormulaType::text:
          value.text = detail::text_input(input);
          break;
      }
      return value;
    }
    const Decimal& points() const { return leaf.points; }
    Ratio target() const { return *leaf.target.value(); }
    bool target_is_percent() const { return leaf.target.unit() == "%"; }
    std::string target_text() const { return {}; }
    [[noreturn]] void fail(ErrorCode, const std::string&) const { throw CompiledRuleFailure{}; }
    void note(std::string) const {}
  };

  class Compiled final : public CompiledRule {
   public:
    Compiled(const FormulaScore& rule, const Indicator& leaf, std::vector<std::size_t> slots)
        : rule_(rule), leaf_(leaf), slots_(std::move(slots)) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      const detail::FormulaProgram& program = rule_.formula_.program();
      SlotSource source{inputs, slots_, leaf_};
      detail::FormulaEvaluator<SlotSource, false> run(program, source);
      for (std::size_t i = 0; i + 1 < program.statements.size(); ++i) (void)run.statement(i);
      Ratio value = run.statement(program.statements.size() - 1).value.number;
      if (value.signum() < 0 || value > leaf_.points) {
        if (rule_.outside_ == OutsidePoints::error) throw CompiledRuleFailure{};
        value = value.signum() < 0 ? Ratio(Decimal()) : Ratio(leaf_.points);
      }
      return value.round(leaf.places, leaf.mode);
    }

   private:
    const FormulaScore& rule_;
    const Indicator& leaf_;
    std::vector<std::size_t> slots_;
  };

  Formula formula_;
  OutsidePoints outside_ = OutsidePoints::error;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_FORMULA_SCORE_HPP

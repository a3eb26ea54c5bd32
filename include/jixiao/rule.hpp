/// @file rule.hpp
/// @brief jixiao::Rule, the scoring-rule interface every built-in rule implements, and the
///        extension point for rules written in C++ by evaluators.
#ifndef JIXIAO_RULE_HPP
#define JIXIAO_RULE_HPP

#include <jixiao/compiled_rule.hpp>
#include <jixiao/error.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/version.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

class Indicator;
class RuleContext;
struct RoundingPolicy;

/// @brief What a rule computed: the exact score, and how, in report wording.
struct Score {
  /// The exact score in points, before the leaf rounding of the RoundingPolicy.
  Ratio value;
  /// How it was computed, e.g. "34.79%×5" (the evaluator writes `得分=<expression>=1.74分`);
  /// empty when the score was chosen rather than computed.
  std::string expression;
};

/// @brief A scoring rule (评分标准) of a leaf indicator.
///
/// The built-in rules in `<jixiao/rules.hpp>` implement this interface, and so can yours: a
/// custom rule derives from Rule, reads its inputs through the RuleContext (which names the
/// indicator in every error), records its steps in the trace, and returns the exact score.
/// It is then attached to a leaf exactly like a built-in rule:
/// @code
/// class PerTrainee final : public jixiao::Rule {   // 0.5 分 per trainee, at most the 分值
///  public:
///   std::string_view kind() const noexcept override { return "per_trainee"; }
///   std::string criterion(const jixiao::Indicator&) const override {
///     return "每培训1人得0.5分，满分为止";
///   }
///   jixiao::Score score(const jixiao::RuleContext& context) const override {
///     const jixiao::Decimal trainees = context.number("培训人数");
///     jixiao::Decimal points = trainees * 0.5_dec;
///     if (points > context.points()) points = context.points();
///     return {points, trainees.to_string() + "×0.5"};
///   }
/// };
/// auto training = jixiao::leaf("3.1.1", "培训人数", 5, jixiao::IndicatorKind::quantitative,
///                              jixiao::Target{}, PerTrainee{});
/// @endcode
/// Rules are immutable and shared: one framework scores many evaluations, possibly from
/// several threads, so score() must not modify the rule.
class Rule {
 public:
  virtual ~Rule() = default;

  /// A stable identifier of the rule kind, e.g. "ratio_times_weight".
  [[nodiscard]] virtual std::string_view kind() const noexcept = 0;

  /// The scoring criterion (评分标准) in report wording, for this leaf.
  [[nodiscard]] virtual std::string criterion(const Indicator& leaf) const = 0;

  /// Checks the rule's parameters against the leaf (bands ordered, points within the 分值…),
  /// appending a Problem (id 505, ErrorCode::invalid_rule) for each incoherence. The default
  /// finds none.
  virtual void check(const Indicator& leaf, std::vector<Problem>& problems) const {
    (void)leaf;
    (void)problems;
  }

  /// The inputs this rule reads as percentages for `leaf` (a percent quantity's input, the
  /// 实际完成值 of a percent target, also one that check() only holds a score against), so
  /// that a file reader applies its PercentNumbers
  /// convention to bare numbers there. The inputs of a ratio are amounts, not percentages.
  /// The default reads none.
  [[nodiscard]] virtual std::vector<std::string> percent_inputs(const Indicator& leaf) const {
    (void)leaf;
    return {};
  }

  /// Computes the exact score from the facts in `context`.
  /// @throws ScoringError (through RuleContext::fail and the input accessors) for facts
  ///         that cannot be scored; any other jixiao::Error is reported at the indicator too.
  [[nodiscard]] virtual Score score(const RuleContext& context) const = 0;

  /// This rule prepared for batch scoring of `leaf` (see PreparedFramework): it declares the
  /// inputs it reads in `inputs` and returns an object computing exactly what score() does,
  /// without text. The result may refer to this rule and to `leaf`, which outlive it.
  /// The default returns nullptr: a rule without a compiled form is scored through score()
  /// in batches too, correctly, with the allocations of its trace.
  [[nodiscard]] virtual std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                              const RoundingPolicy& policy,
                                                              InputSlots& inputs) const {
    (void)leaf;
    (void)policy;
    (void)inputs;
    return nullptr;
  }

 protected:
  /// Rules are created as derived classes only.
  Rule() = default;
  /// Derived rules are copyable (leaf() copies them into shared storage).
  Rule(const Rule&) = default;
  /// Derived rules are copy-assignable.
  Rule& operator=(const Rule&) = default;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULE_HPP

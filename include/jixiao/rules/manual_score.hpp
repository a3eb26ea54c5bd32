/// @file rules/manual_score.hpp
/// @brief Rule kind 9: a score set by the evaluator, within [0, 分值], with a written reason.
#ifndef JIXIAO_RULES_MANUAL_SCORE_HPP
#define JIXIAO_RULES_MANUAL_SCORE_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace rules {

/// @brief The reason a score table's reader records for a 得分 the table gives without one,
/// so that check() can tell a written reason from none (JX-C603).
inline constexpr std::string_view no_reason_given = "评分表未写评分理由";

/// @brief The evaluator's own score, with a mandatory reason; optionally minus a manual
/// deduction (the platform's 扣分: score = max(0, 得分 − 扣分)).
///
/// **When evaluators use it:** where no formula fits — an over-achievement the evaluator cuts,
/// a judgement the 评分标准 leaves open. The reason is required because an auditor must be
/// able to see why; a score without one is an error (606), as is a score outside [0, 分值] (608).
/// @code
/// rules::ManualScore()   // facts: {"得分", 4.5_dec}, {"评分理由", "超额完成较多，酌情扣减"}
/// @endcode
class ManualScore final : public Rule {
 public:
  /// Reads the score from `score_input` and the reason from `reason_input`.
  explicit ManualScore(std::string score_input = "得分", std::string reason_input = "评分理由")
      : score_input_(std::move(score_input)), reason_input_(std::move(reason_input)) {}

  /// Also subtracts the number in `input` (a manual 扣分), never going below 0.
  ManualScore& deduction(std::string input) {
    deduction_input_ = std::move(input);
    return *this;
  }

  /// The input holding the evaluator's score.
  [[nodiscard]] const std::string& score_input() const noexcept { return score_input_; }
  /// The input holding the reason (评分理由).
  [[nodiscard]] const std::string& reason_input() const noexcept { return reason_input_; }
  /// The input holding the deducted points, if the score is given as a deduction.
  [[nodiscard]] const std::optional<std::string>& deduction_input() const noexcept {
    return deduction_input_;
  }

  /// "manual_score"
  [[nodiscard]] std::string_view kind() const noexcept override { return "manual_score"; }

  /// "由评价人员在0至5分之间评分并说明理由".
  /// The 实际完成值 of a percent target: not scored, but check() holds the score against it
  /// (JX-C603, JX-C604), so a file's bare number there is read by its convention too.
  [[nodiscard]] std::vector<std::string> percent_inputs(const Indicator& leaf) const override {
    if (leaf.target.unit() == "%") return {"实际完成值"};
    return {};
  }

  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    std::string text =
        "由评价人员在0至" + detail::points_text(leaf.points) + "分之间评分并说明理由";
    if (deduction_input_) text += "，另减去" + *deduction_input_ + "（扣完为止）";
    return text;
  }

  /// The evaluator's score (minus the deduction), checked.
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const Decimal& points = context.points();
    const Decimal given = context.number(score_input_);
    if (given.signum() < 0 || given > points) {
      context.fail(ErrorCode::score_out_of_range,
                   "score " + given.to_string() + " is outside [0, " + points.to_string() + "]");
    }
    const std::optional<std::string> reason = context.optional_text(reason_input_);
    if (!reason || reason->find_first_not_of(" \t\r\n") == std::string::npos) {
      context.fail(ErrorCode::missing_reason,
                   "a manual score needs a reason (input \"" + reason_input_ + "\")");
    }
    context.trace().step(reason_input_, "", *reason);
    if (!deduction_input_) return {Ratio(given), ""};
    const Decimal deduction = context.number(*deduction_input_);
    if (deduction.signum() < 0) {
      context.fail(ErrorCode::invalid_input,
                   "the deduction " + deduction.to_string() + " is negative");
    }
    const std::string expression =
        detail::points_text(given) + "−" + detail::points_text(deduction);
    if (deduction >= given) return {Ratio(Decimal(0)), expression + "（扣完为止）"};
    return {Ratio(given - deduction), expression};
  }

  /// Batch scoring: the score, reason and deduction read from the row, checked as score() does.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    (void)policy;
    const std::size_t score = inputs(score_input_);
    const std::size_t reason = inputs(reason_input_);
    const std::optional<std::size_t> deduction =
        deduction_input_ ? std::optional<std::size_t>(inputs(*deduction_input_)) : std::nullopt;
    return std::make_unique<Compiled>(score, reason, deduction, leaf.points);
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(std::size_t score, std::size_t reason, std::optional<std::size_t> deduction,
             const Decimal& points)
        : score_(score), reason_(reason), deduction_(deduction), points_(points) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      const Decimal given = detail::number_input(inputs[score_]);
      if (given.signum() < 0 || given > points_) throw CompiledRuleFailure{};
      if (detail::text_input(inputs[reason_]).find_first_not_of(" \t\r\n") ==
          std::string_view::npos) {
        throw CompiledRuleFailure{};
      }
      if (!deduction_) return given.round(leaf.places, leaf.mode);
      const Decimal deduction = detail::number_input(inputs[*deduction_]);
      if (deduction.signum() < 0) throw CompiledRuleFailure{};
      return (deduction >= given ? Decimal(0) : given - deduction).round(leaf.places, leaf.mode);
    }

   private:
    std::size_t score_;
    std::size_t reason_;
    std::optional<std::size_t> deduction_;
    Decimal points_;
  };

  std::string score_input_;
  std::string reason_input_;
  std::optional<std::string> deduction_input_;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_MANUAL_SCORE_HPP

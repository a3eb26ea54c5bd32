/// @file rules/survey_satisfaction.hpp
/// @brief Rule kind 8: survey satisfaction (满意度) against a threshold.
#ifndef JIXIAO_RULES_SURVEY_SATISFACTION_HPP
#define JIXIAO_RULES_SURVEY_SATISFACTION_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/contract.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/version.hpp>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace rules {

/// @brief How a satisfaction below the threshold is scored.
enum class BelowThreshold : unsigned char {
  proportional,  ///< 满意度/阈值 × 分值 (the usual 按比例得分).
  rate,          ///< 满意度 × 分值.
  zero,          ///< nothing.
};

/// @brief 服务对象满意度: satisfied / respondents, against a threshold.
///
/// **When evaluators use it:** for the 满意度 indicator of the 效益 category (10 分 in a
/// 单位自评). The seed: 20 questionnaires, 19 satisfied (95%), target ≥ 95% → 10 of 10.
/// The threshold is the leaf's target value unless set here; at or above it, full points.
/// @code
/// rules::SurveySatisfaction(Quantity::ratio("满意人数", "有效调查人数"))
/// // 满意度=（19/20）×100.00%=95.00%；得分=10分
/// @endcode
class SurveySatisfaction final : public Rule {
 public:
  /// Scores `rate` (default: 满意人数 / 有效调查人数).
  explicit SurveySatisfaction(Quantity rate = Quantity::ratio("满意人数", "有效调查人数"))
      : rate_(std::move(rate)) {}

  /// The threshold as a fraction (0.95); default: the leaf's target value.
  SurveySatisfaction& threshold(const Decimal& fraction) {
    threshold_ = fraction;
    return *this;
  }
  /// Rounds the rate before it is compared and used, as printed (4 places = 2 of a percentage).
  SurveySatisfaction& displayed_rate(RoundingStep step) {
    displayed_ = step;
    return *this;
  }
  /// How a rate below the threshold scores (default: BelowThreshold::proportional).
  SurveySatisfaction& below(BelowThreshold how) {
    below_ = how;
    return *this;
  }

  /// The satisfaction rate.
  [[nodiscard]] const Quantity& rate() const noexcept { return rate_; }
  /// The rate that earns full points, if one was set (otherwise the target's).
  [[nodiscard]] const std::optional<Decimal>& threshold() const noexcept { return threshold_; }
  /// The rounding of the rate before it is scored, if any.
  [[nodiscard]] const std::optional<RoundingStep>& displayed_rate() const noexcept {
    return displayed_;
  }
  /// How a rate below the threshold is scored.
  [[nodiscard]] BelowThreshold below() const noexcept { return below_; }

  /// "survey_satisfaction"
  [[nodiscard]] std::string_view kind() const noexcept override { return "survey_satisfaction"; }

  /// e.g. "满意度达到95.00%得满分，未达到按满意度/95.00%×分值计分".
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    const std::optional<Decimal> t = threshold_of(leaf);
    const std::string goal = t ? detail::exact_percent(*t) : "目标值";
    switch (below_) {
      case BelowThreshold::proportional:
        return "满意度达到" + goal + "得满分，未达到按满意度/" + goal + "×分值计分";
      case BelowThreshold::rate:
        return "满意度达到" + goal + "得满分，未达到按满意度×分值计分";
      case BelowThreshold::zero:
        return "满意度达到" + goal + "得满分，未达到不得分";
    }
    return {};
  }

  /// A threshold in (0, 1] must be known; one taken from the target needs ≥, > or =.
  /// The quantity's input, if it is a percentage.
  [[nodiscard]] std::vector<std::string> percent_inputs(const Indicator& leaf) const override {
    (void)leaf;
    return rate_.percent_inputs();
  }

  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    const auto& comparator = leaf.target.comparator();
    if (!threshold_ && comparator &&
        (*comparator == Comparator::at_most || *comparator == Comparator::below)) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule,
                                    "a satisfaction threshold cannot come from a ≤ or < target "
                                    "(more satisfaction is better); set threshold()"));
    }
    const std::optional<Decimal> t = threshold_of(leaf);
    if (!t || t->signum() <= 0 || *t > 1) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule,
                                    "satisfaction needs a threshold in (0, 100%] (set one, or a "
                                    "numeric target)"));
    }
  }

  /// Full points at or above the threshold (above it, for a `>` target), else by `below`.
  /// The rate is rounded first if the rule or the policy says so. The threshold is checked.
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const Indicator& leaf = context.indicator();
    const std::optional<Decimal> threshold = threshold_of(leaf);
    JIXIAO_EXPECTS(threshold && threshold->signum() > 0);
    const Quantity::Value read = rate_.read(context);
    if (!within_one(read.exact)) {
      context.fail(ErrorCode::invalid_input,
                   "satisfaction " + rate_.show(read.exact) + " is outside [0, 100%]");
    }
    const std::optional<RoundingStep> rounding = displayed_ ? displayed_ : context.policy().rate;
    const Ratio rate = rounding ? Ratio(rounding->apply(read.exact)) : read.exact;
    context.trace().step("满意度", read.expression, rate_.show(rate));
    const Decimal& points = context.points();
    const Ratio score = scored(rate, *threshold, strict(leaf), points);
    if (full(rate, *threshold, strict(leaf))) return {score, ""};
    switch (below_) {
      case BelowThreshold::proportional:
        return {score, detail::rate_in_formula(rate) + "/" + detail::exact_percent(*threshold) +
                           "×" + detail::points_text(points)};
      case BelowThreshold::rate:
        return {score, detail::rate_in_formula(rate) + "×" + detail::points_text(points)};
      case BelowThreshold::zero:
        break;
    }
    return {score, ""};
  }

  /// Batch scoring: the same rate, rounding and threshold, from the row.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    return std::make_unique<Compiled>(*this, rate_.declare(inputs),
                                      displayed_ ? displayed_ : policy.rate, *threshold_of(leaf),
                                      strict(leaf), leaf.points);
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(const SurveySatisfaction& rule, Quantity::Slots slots,
             std::optional<RoundingStep> rounding, const Decimal& threshold, bool strict,
             const Decimal& points)
        : rule_(rule),
          slots_(slots),
          rounding_(rounding),
          threshold_(threshold),
          strict_(strict),
          points_(points) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      using detail::SmallRatio;
      const SmallRatio exact = rule_.rate_.read_small(inputs, slots_);
      if (!within_one(exact)) throw CompiledRuleFailure{};
      const SmallRatio rate =
          rounding_ ? SmallRatio(exact.round(rounding_->places, rounding_->mode)) : exact;
      return rule_.scored(rate, threshold_, strict_, points_).round(leaf.places, leaf.mode);
    }

   private:
    const SurveySatisfaction& rule_;
    Quantity::Slots slots_;
    std::optional<RoundingStep> rounding_;
    Decimal threshold_;
    bool strict_;
    Decimal points_;
  };

  // The arithmetic, one definition for score() and the compiled form.
  template <class R>
  static bool within_one(const R& rate) {
    return rate.signum() >= 0 && !(rate > R(Decimal(1)));
  }
  bool strict(const Indicator& leaf) const {
    return !threshold_ && leaf.target.comparator() == Comparator::above;
  }
  template <class R>
  static bool full(const R& rate, const Decimal& threshold, bool strict) {
    return strict ? rate > R(threshold) : rate >= R(threshold);
  }
  // R = Ratio in score(), detail::SmallRatio in the compiled form.
  template <class R>
  R scored(const R& rate, const Decimal& threshold, bool strict, const Decimal& points) const {
    if (full(rate, threshold, strict)) return R(points);
    switch (below_) {
      case BelowThreshold::proportional:
        return rate / R(threshold) * R(points);
      case BelowThreshold::rate:
        return rate * R(points);
      case BelowThreshold::zero:
        break;
    }
    return R(Decimal(0));
  }

  std::optional<Decimal> threshold_of(const Indicator& leaf) const {
    if (threshold_) return threshold_;
    return leaf.target.value();
  }

  Quantity rate_;
  std::optional<Decimal> threshold_;
  std::optional<RoundingStep> displayed_;
  BelowThreshold below_ = BelowThreshold::proportional;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_SURVEY_SATISFACTION_HPP

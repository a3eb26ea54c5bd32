/// @file rules/target_attainment.hpp
/// @brief Rule kind 2: score by attainment of the target (正向, 反向, 等于).
#ifndef JIXIAO_RULES_TARGET_ATTAINMENT_HPP
#define JIXIAO_RULES_TARGET_ATTAINMENT_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/contract.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/target.hpp>
#include <jixiao/version.hpp>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace rules {

/// @brief How a missed "less is better" (反向, ≤ / <) target is scored.
enum class ReverseScoring : unsigned char {
  ratio,   ///< 目标值/实际值 × 分值 (seen in published tables).
  linear,  ///< (1 − (实际值 − 目标值)/目标值) × 分值, nothing from twice the target up (platform).
};

/// @brief Scores the actual value against the leaf's target by its comparator.
///
/// **When evaluators use it:** for 产出 and 效益 indicators with a numeric target (数量、质量、
/// 时效、成本指标): "支出分类 ≤ 5 个", "完成率 = 100%", "满意度 ≥ 95%". The completion rate
/// (指标完成率) is what reports print next to each indicator.
///
/// | target | met | missed |
/// | --- | --- | --- |
/// | ≥ t, > t (正向) | full points | a / t × 分值 (a < 0 counts as 0) |
/// | ≤ t, < t (反向) | full points | `ratio`: t / a × 分值; `linear`: (2t − a) / t × 分值, 0 from a ≥ 2t |
/// | = t, t > 0 | a ≥ t: full points | a / t × 分值 |
/// | = 0 | a ≤ 0: full points | 0 |
///
/// A target at or below zero is scored in full when met and 0 when missed (no proportion of a
/// non-positive target means anything). Over-achievement is not cut: the 办法 leaves that to the evaluator (a manual score). Strict
/// comparators (>, <) score like ≥ and ≤ except that an actual value equal to the target is
/// reported as not met.
/// @code
/// leaf("3.1.1", "支出分类", 12, IndicatorKind::quantitative,
///      Target::quantitative(Comparator::at_most, 5, "个"),
///      rules::TargetAttainment(Quantity::input("实际完成值")))
/// // 指标完成率=100.00%；得分=100.00%×12=12.00分
/// @endcode
class TargetAttainment final : public Rule {
 public:
  /// Scores `actual` against the leaf's target.
  explicit TargetAttainment(Quantity actual = Quantity::input("实际完成值"))
      : actual_(std::move(actual)) {}

  /// How a missed ≤ / < target is scored (default: ReverseScoring::ratio).
  TargetAttainment& reverse(ReverseScoring how) {
    reverse_ = how;
    return *this;
  }
  /// Rounds the completion rate before multiplying, as printed (4 places = 2 of a percentage).
  TargetAttainment& displayed_rate(RoundingStep step) {
    displayed_ = step;
    return *this;
  }

  /// The actual value (实际完成值).
  [[nodiscard]] const Quantity& actual() const noexcept { return actual_; }
  /// How an at-most target is scored.
  [[nodiscard]] ReverseScoring reverse() const noexcept { return reverse_; }
  /// The rounding of the completion rate before it is scored, if any.
  [[nodiscard]] const std::optional<RoundingStep>& displayed_rate() const noexcept {
    return displayed_;
  }

  /// "target_attainment"
  [[nodiscard]] std::string_view kind() const noexcept override { return "target_attainment"; }

  /// The criterion for the leaf's comparator, e.g. "实际完成值不超过目标值得满分；…".
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    const Target& t = leaf.target;
    const std::string target = "目标值" + t.to_string();
    if (!t.comparator()) return "按实际完成值与目标值的比较计分（未设定目标值）";
    switch (*t.comparator()) {
      case Comparator::at_least:
      case Comparator::above:
        return "达到" + target + "得满分，未达到按实际完成值/目标值×分值计分";
      case Comparator::at_most:
      case Comparator::below:
        return reverse_ == ReverseScoring::ratio
                   ? "不超过" + target + "得满分，超过按目标值/实际完成值×分值计分"
                   : "不超过" + target +
                         "得满分，超过按（1−（实际完成值−目标值）/目标值）×分值计分，"
                         "达到目标值2倍及以上不得分";
      case Comparator::equal:
        return t.value() && t.value()->is_zero()
                   ? "实际完成值为0得满分，否则不得分"
                   : "达到" + target + "得满分，未达到按实际完成值/目标值×分值计分";
    }
    return {};
  }

  /// The actual's input if it is a percentage, or a plain input held against a percent
  /// target ("≥95%").
  [[nodiscard]] std::vector<std::string> percent_inputs(const Indicator& leaf) const override {
    if (actual_.is_ratio()) return {};
    if (actual_.is_percent() || leaf.target.unit() == "%") return {actual_.numerator()};
    return {};
  }

  /// The leaf needs a quantitative target, in percent when the actual is a percentage.
  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    if (!leaf.target.is_quantitative()) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule,
                                    "target attainment needs a numeric target (≥ > = ≤ <)"));
    } else if (actual_.is_percent() && leaf.target.unit() != "%") {
      problems.push_back(problem_at(
          leaf, ErrorCode::invalid_rule,
          "the 实际完成值 " + actual_.description() + " is a percentage but the target " +
              leaf.target.to_string() + " is not: write the target in percent (e.g. \"≥" +
              (leaf.target.value() ? leaf.target.value()->to_string() : std::string("95")) +
              "%\")"));
    }
    if (displayed_ && (displayed_->places < 0 || displayed_->places > Decimal::max_scale)) {
      problems.push_back(
          problem_at(leaf, ErrorCode::invalid_rule, "displayed-rate places outside [0, 38]"));
    }
  }

  /// The completion rate by the table above, × 分值. The target is checked (check()).
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const Target& target = context.indicator().target;
    JIXIAO_EXPECTS(target.is_quantitative());
    Trace& trace = context.trace();
    const Quantity::Value read = actual_.read(context);
    const Comparator comparator = *target.comparator();
    const bool met = target.met_by(read.exact);
    trace.target_met = met;
    const Completion done = completion(comparator, read, *target.value(), met, trace);
    const std::optional<RoundingStep> rounding = displayed_ ? displayed_ : context.policy().rate;
    const Ratio shown = rounding ? Ratio(rounding->apply(done.rate)) : done.rate;

    trace.step("实际完成值", read.expression, actual_.show(read.exact));
    trace.step("指标完成率", done.expression, detail::percent_text(shown));
    const bool strict = comparator == Comparator::above || comparator == Comparator::below;
    if (strict && !met && shown == 1) {
      trace.note("实际完成值等于目标值，未满足" + target.to_string() + "，按比例计分仍为满分");
    }
    const Decimal& points = context.points();
    // The formula reproduces the score: the rate as printed when that is exact, else the
    // exact computation from the inputs.
    const bool printable = shown == shown.round(4, Rounding::half_up);
    const std::string rate_text = printable ? detail::percent_text(shown) : done.formula;
    return {shown * points, rate_text + "×" + detail::points_text(points)};
  }

  /// Batch scoring: the completion rate from the row, rounded as score() rounds it, × 分值.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    return std::make_unique<Compiled>(*this, leaf, actual_.declare(inputs),
                                      displayed_ ? displayed_ : policy.rate);
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(const TargetAttainment& rule, const Indicator& leaf, Quantity::Slots slots,
             std::optional<RoundingStep> rounding)
        : rule_(rule), leaf_(leaf), slots_(slots), rounding_(rounding) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      using detail::SmallRatio;
      const Target& target = leaf_.target;
      const SmallRatio actual = rule_.actual_.read_small(inputs, slots_);
      const bool met =
          Target::satisfies(*target.comparator(), compare(actual, SmallRatio(*target.value())));
      const SmallRatio rate =
          rule_.completion_rate(*target.comparator(), actual, *target.value(), met);
      const SmallRatio shown =
          rounding_ ? SmallRatio(rate.round(rounding_->places, rounding_->mode)) : rate;
      return (shown * SmallRatio(leaf_.points)).round(leaf.places, leaf.mode);
    }

   private:
    const TargetAttainment& rule_;
    const Indicator& leaf_;
    Quantity::Slots slots_;
    std::optional<RoundingStep> rounding_;
  };

  struct Completion {
    Ratio rate;
    std::string expression;  // as shown: "84.69%/85.00%"
    std::string formula;     // exact: "（2749/3246）/85.00%"
  };

  // The completion rate in [0, 1] (over-achievement counts as 1). A met target scores in
  // full whatever its sign; only the proportional branches count a negative actual as 0.
  // The 指标完成率 by the table above: one definition for score() (R = Ratio) and the
  // compiled form (R = detail::SmallRatio).
  template <class R>
  [[nodiscard]] R completion_rate(Comparator comparator, const R& actual, const Decimal& goal,
                                  bool met) const {
    const R one(Decimal(1));
    const R zero(Decimal(0));
    if (met) return one;
    const R target(goal);
    const R proportional = actual.signum() < 0 ? zero : actual;  // a negative actual counts 0
    switch (comparator) {
      case Comparator::at_least:
      case Comparator::above:
        if (goal.signum() <= 0) return zero;
        return at_most_one(proportional / target);
      case Comparator::equal:
        if (goal.signum() < 0) return zero;
        if (goal.is_zero()) return actual.signum() <= 0 ? one : zero;
        if (actual >= target) return one;  // over-achievement of = t counts as met
        return proportional / target;
      case Comparator::at_most:
      case Comparator::below: {
        if (goal.signum() <= 0) return zero;
        // Missed with t > 0 means a >= t > 0.
        if (reverse_ == ReverseScoring::ratio) return at_most_one(target / actual);
        // (1 − (a − t)/t) = (2t − a)/t, nothing from a ≥ 2t.
        const R twice(goal * 2);
        if (actual >= twice) return zero;
        return (twice - actual) / target;
      }
    }
    return zero;
  }

  // The completion rate with its wording: as shown ("84.69%/85.00%") and exact.
  Completion completion(Comparator comparator, const Quantity::Value& read, const Decimal& goal,
                        bool met, Trace& trace) const {
    const Ratio rate = completion_rate(comparator, read.exact, goal, met);
    if (met) return {rate, "", ""};
    const Ratio& actual = read.exact;
    const bool negative = actual.signum() < 0;
    const std::string t = actual_.show(goal);
    const std::string t_exact = actual_.exact(goal);
    const std::string a_exact = negative ? "0" : read.exact_text;
    const auto proportional = [&] {
      if (negative) trace.note("实际完成值为负数，按0计");
      return actual_.show(negative ? Ratio(Decimal(0)) : actual);
    };
    switch (comparator) {
      case Comparator::at_least:
      case Comparator::above:
        if (goal.signum() <= 0) return {rate, "", ""};
        return {rate, proportional() + "/" + t, a_exact + "/" + t_exact};
      case Comparator::equal:
        if (goal.signum() <= 0 || actual >= goal) return {rate, "", ""};
        return {rate, proportional() + "/" + t, a_exact + "/" + t_exact};
      case Comparator::at_most:
      case Comparator::below: {
        if (goal.signum() <= 0) return {rate, "", ""};
        const std::string a = actual_.show(actual);
        if (reverse_ == ReverseScoring::ratio) return {rate, t + "/" + a, t_exact + "/" + a_exact};
        return {rate, "1−（" + a + "−" + t + "）/" + t,
                "（1−（" + a_exact + "−" + t_exact + "）/" + t_exact + "）"};
      }
    }
    return {rate, "", ""};
  }

  template <class R>
  static R at_most_one(const R& r) {
    const R one(Decimal(1));
    return r > one ? one : r;
  }

  Quantity actual_;
  ReverseScoring reverse_ = ReverseScoring::ratio;
  std::optional<RoundingStep> displayed_;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_TARGET_ATTAINMENT_HPP

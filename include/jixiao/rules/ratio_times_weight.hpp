/// @file rules/ratio_times_weight.hpp
/// @brief Rule kind 1: score = rate × 分值 (资金到位率, 预算执行率).
#ifndef JIXIAO_RULES_RATIO_TIMES_WEIGHT_HPP
#define JIXIAO_RULES_RATIO_TIMES_WEIGHT_HPP

#include <jixiao/compiled_rule.hpp>
#include <jixiao/decimal.hpp>
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

/// @brief 得分 = 比率 × 分值: the rate earns its share of the points.
///
/// **When evaluators use it:** for the budget indicators of the 过程 category — 资金到位率
/// (实际到位资金 / 预算资金) and 预算执行率 (实际支出资金 / 实际到位资金) — and sometimes for
/// other rates. The seed report: 预算执行率 = 693.68 / 1994 = 34.79%, 得分 = 34.79% × 5 = 1.74.
///
/// - **Displayed rate:** reports multiply the rate *as printed* (34.79%), i.e. rounded to
///   4 places of the fraction first; set `displayed_rate({4, Rounding::half_up})`. Without it
///   (and without a RoundingPolicy::rate) the exact quotient is multiplied and the score is
///   rounded once. Both variants occur; say which one the 评分标准 means.
/// - **Cap and floor** apply to the rate: `cap(1)` is 满分为止 (a rate above 100% earns the full
///   points, not more); the national platform's budget component is uncapped, the default.
/// - When the leaf has a quantitative target that the rate meets but the score stays below
///   full marks, the trace says so: the seed's 预算成本控制率 (≤ 100%, actual 34.79%) was
///   scored 34.79% × 13 = 4.52 this way, which an auditor will want to see.
/// @code
/// rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))
///     .label("预算执行率")
///     .displayed_rate({4, Rounding::half_up})
/// // 预算执行率=（693.68/1994）×100.00%=34.79%；得分=34.79%×5=1.74分
/// @endcode
class RatioTimesWeight final : public Rule {
 public:
  /// Scores `rate` × 分值.
  explicit RatioTimesWeight(Quantity rate) : rate_(std::move(rate)) {}

  /// The rate's name in the trace (default: the indicator's name).
  RatioTimesWeight& label(std::string text) {
    label_ = std::move(text);
    return *this;
  }
  /// Rounds the rate before multiplying, as a report prints it (4 places = 34.79%).
  RatioTimesWeight& displayed_rate(RoundingStep step) {
    displayed_ = step;
    return *this;
  }
  /// The highest rate that counts (1 = 100%: 满分为止).
  RatioTimesWeight& cap(const Decimal& max_rate) {
    cap_ = max_rate;
    return *this;
  }
  /// The lowest rate that counts (e.g. 0).
  RatioTimesWeight& floor(const Decimal& min_rate) {
    floor_ = min_rate;
    return *this;
  }

  /// The rate multiplied by the 分值.
  [[nodiscard]] const Quantity& rate() const noexcept { return rate_; }
  /// The rate's name in the trace (may be empty).
  [[nodiscard]] const std::string& label() const noexcept { return label_; }
  /// The rounding of the rate before it is multiplied, if any.
  [[nodiscard]] const std::optional<RoundingStep>& displayed_rate() const noexcept {
    return displayed_;
  }
  /// The largest rate counted, if any.
  [[nodiscard]] const std::optional<Decimal>& cap() const noexcept { return cap_; }
  /// The smallest rate counted, if any.
  [[nodiscard]] const std::optional<Decimal>& floor() const noexcept { return floor_; }

  /// "ratio_times_weight"
  [[nodiscard]] std::string_view kind() const noexcept override { return "ratio_times_weight"; }

  /// e.g. "得分=预算执行率×分值（预算执行率=实际支出资金/实际到位资金×100%）".
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    const std::string name = label_.empty() ? leaf.name : label_;
    std::string text = "得分=" + name + "×分值（" + name + "=" + rate_.description();
    if (rate_.is_ratio()) text += "×100%";
    text += "）";
    if (displayed_) {
      text += "，" + name +
              (rate_.is_percent() && displayed_->places >= 2
                   ? "按百分比保留" + std::to_string(displayed_->places - 2) + "位小数后计算"
                   : "保留" + std::to_string(displayed_->places) + "位小数后计算");
    }
    if (cap_)
      text += "，" + name + "高于" + detail::exact_percent(*cap_) + "按" +
              detail::exact_percent(*cap_) + "计";
    if (floor_)
      text += "，" + name + "低于" + detail::exact_percent(*floor_) + "按" +
              detail::exact_percent(*floor_) + "计";
    return text;
  }

  /// Cap positive and not below the floor; displayed places in range.
  /// The quantity's input, if it is a percentage.
  [[nodiscard]] std::vector<std::string> percent_inputs(const Indicator& leaf) const override {
    (void)leaf;
    return rate_.percent_inputs();
  }

  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    if (cap_ && cap_->signum() <= 0) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule,
                                    "the rate cap " + cap_->to_string() + " is not positive"));
    }
    if (cap_ && floor_ && *cap_ < *floor_) {
      problems.push_back(problem_at(
          leaf, ErrorCode::invalid_rule,
          "the rate cap " + cap_->to_string() + " is below the floor " + floor_->to_string()));
    }
    if (displayed_ && (displayed_->places < 0 || displayed_->places > Decimal::max_scale)) {
      problems.push_back(problem_at(
          leaf, ErrorCode::invalid_rule,
          "displayed-rate places " + std::to_string(displayed_->places) + " outside [0, 38]"));
    }
  }

  /// rate (rounded if displayed, clamped to cap and floor) × 分值.
  [[nodiscard]] Score score(const RuleContext& context) const override {
    Trace& trace = context.trace();
    const std::string name = label_.empty() ? context.indicator().name : label_;
    const Quantity::Value read = rate_.read(context);
    const std::optional<RoundingStep> rounding = displayed_ ? displayed_ : context.policy().rate;

    const Ratio shown = rounding ? Ratio(rounding->apply(read.exact)) : read.exact;
    trace.step(name, read.expression, rate_.show(shown));
    const Ratio rate = scored_rate(shown);
    if (cap_ && shown > *cap_) {
      trace.note(name + "高于" + detail::exact_percent(*cap_) + "，按" +
                 detail::exact_percent(*cap_) + "计分");
    }
    if (!floor_ && rate.signum() < 0) {
      context.fail(ErrorCode::invalid_input,
                   name + " " + rate_.show(rate) +
                       " is negative; set floor(0) if a negative rate should count as 0");
    }
    if (floor_ && shown < *floor_) {
      trace.note(name + "低于" + detail::exact_percent(*floor_) + "，按" +
                 detail::exact_percent(*floor_) + "计分");
    }
    const bool exact_quotient_used = !rounding && rate_.is_ratio() && rate == shown;
    const Decimal& points = context.points();
    const Ratio score = rate * points;

    const Target& target = context.indicator().target;
    if (target.is_quantitative()) trace.target_met = target.met_by(read.exact);
    if (target.is_quantitative() && target.met_by(read.exact) && score < points) {
      trace.note("目标值" + target.to_string() + "已达成，但按" + name + "×分值计分，得分低于满分");
    }
    std::string rate_text;
    if (exact_quotient_used) {
      rate_text = "（" + rate.numerator().strip_trailing_zeros().to_string() + "/" +
                  rate.denominator().strip_trailing_zeros().to_string() + "）";
    } else if (rate.denominator() == 1 && rate_.is_percent()) {
      rate_text = detail::exact_percent(rate.numerator());
    } else {
      rate_text = rate_.show(rate);
    }
    return {score, rate_text + "×" + detail::points_text(points)};
  }

  /// Batch scoring: the rate read from the row, rounded, capped and floored as score() does.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    return std::make_unique<Compiled>(*this, rate_.declare(inputs),
                                      displayed_ ? displayed_ : policy.rate, leaf.points);
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(const RatioTimesWeight& rule, Quantity::Slots slots,
             std::optional<RoundingStep> rounding, const Decimal& points)
        : rule_(rule), slots_(slots), rounding_(rounding), points_(points) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      using detail::SmallRatio;
      const SmallRatio exact = rule_.rate_.read_small(inputs, slots_);
      const SmallRatio rate = rule_.scored_rate(
          rounding_ ? SmallRatio(exact.round(rounding_->places, rounding_->mode)) : exact);
      if (!rule_.floor_ && rate.signum() < 0) throw CompiledRuleFailure{};
      return (rate * SmallRatio(points_)).round(leaf.places, leaf.mode);
    }

   private:
    const RatioTimesWeight& rule_;
    Quantity::Slots slots_;
    std::optional<RoundingStep> rounding_;
    Decimal points_;
  };

  // The rate that is scored: the rate as shown, capped and floored. One definition for
  // score() (R = Ratio) and the compiled form (R = detail::SmallRatio).
  template <class R>
  [[nodiscard]] R scored_rate(const R& shown) const {
    if (cap_ && shown > R(*cap_)) return R(*cap_);
    if (floor_ && shown < R(*floor_)) return R(*floor_);
    return shown;
  }

  Quantity rate_;
  std::string label_;
  std::optional<RoundingStep> displayed_;
  std::optional<Decimal> cap_;
  std::optional<Decimal> floor_;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_RATIO_TIMES_WEIGHT_HPP

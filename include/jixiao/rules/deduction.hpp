/// @file rules/deduction.hpp
/// @brief Rule kind 4: deductions from the full points, floor 0 (扣完为止).
#ifndef JIXIAO_RULES_DEDUCTION_HPP
#define JIXIAO_RULES_DEDUCTION_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/ratio.hpp>
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

/// @brief Which side of the threshold costs points.
enum class Excess : unsigned char {
  above,  ///< Value above the threshold (e.g. 三公经费控制率 over 100%, violations over 0).
  below,  ///< Value below the threshold (a shortfall, e.g. workload under plan).
};

/// @brief How the excess is counted in steps.
enum class Counting : unsigned char {
  proportional,   ///< Exactly: an excess of 1.5 steps costs 1.5 × the deduction.
  whole_steps,    ///< Only complete steps count (floor): 每低3%扣1分 with a 5% gap costs 1.
  started_steps,  ///< Every started step counts (ceiling): a 5% gap costs 2.
};

/// @brief Full points minus a deduction per step of excess, never below zero (扣完为止).
///
/// **When evaluators use it:**
/// - per finding (资金使用合规性: 每发现1处违规扣1分): `Deduction::per_finding("违规次数", 1)`;
/// - per percentage point over a limit (财政供养人员控制率: 超过100%的，每超1个百分点扣0.5分):
///   `Deduction::per_point_above(Quantity::percent("控制率"), 1, 0.5_dec)`;
/// - per x% of shortfall (每低于计划工作量3%扣1分):
///   `Deduction::per_step_below(Quantity::percent("完成率"), 1, 0.03_dec, 1)`.
///
/// The deduction is `steps × per_step`, at most `cap` (default: the 分值), and the score
/// never goes below 0. A negative count is an error, not a bonus.
class Deduction final : public Rule {
 public:
  /// The general form: `per_step` points for each `step` of `value` beyond `threshold`,
  /// on the `excess` side.
  Deduction(Quantity value, Excess excess, const Decimal& threshold, const Decimal& step,
            const Decimal& per_step)
      : value_(std::move(value)),
        excess_(excess),
        threshold_(threshold),
        step_(step),
        per_step_(per_step) {}

  /// `per_finding` points for each finding counted in input `count` (扣完为止).
  static Deduction per_finding(std::string count, const Decimal& per_finding) {
    Deduction d(Quantity::input(std::move(count)), Excess::above, 0, 1, per_finding);
    d.unit_ = "处";
    return d;
  }
  /// `per_point` points for each percentage point of `rate` above `limit` (a fraction).
  static Deduction per_point_above(Quantity rate, const Decimal& limit, const Decimal& per_point) {
    Deduction d(std::move(rate), Excess::above, limit, Decimal::from_scaled(1, 2), per_point);
    d.unit_ = "个百分点";
    return d;
  }
  /// `per_step` points for each `step` (a fraction, e.g. 0.03) of `rate` below `target`.
  static Deduction per_step_below(Quantity rate, const Decimal& target, const Decimal& step,
                                  const Decimal& per_step) {
    return Deduction(std::move(rate), Excess::below, target, step, per_step);
  }

  /// How steps are counted (default: Counting::proportional; per_finding counts are whole).
  Deduction& counting(Counting how) {
    counting_ = how;
    return *this;
  }
  /// The largest deduction (default: the 分值).
  Deduction& cap(const Decimal& max_deduction) {
    cap_ = max_deduction;
    return *this;
  }

  /// The quantity compared with the threshold (for per_finding: the count of findings).
  [[nodiscard]] const Quantity& value() const noexcept { return value_; }
  /// Which side of the threshold costs points.
  [[nodiscard]] Excess excess() const noexcept { return excess_; }
  /// Where deductions start.
  [[nodiscard]] const Decimal& threshold() const noexcept { return threshold_; }
  /// The size of one step of excess.
  [[nodiscard]] const Decimal& step() const noexcept { return step_; }
  /// The points deducted per step.
  [[nodiscard]] const Decimal& per_step() const noexcept { return per_step_; }
  /// How steps are counted.
  [[nodiscard]] Counting counting() const noexcept { return counting_; }
  /// The largest deduction, if one was set (otherwise the 分值).
  [[nodiscard]] const std::optional<Decimal>& cap() const noexcept { return cap_; }
  /// Whether the rule counts findings (made by per_finding).
  [[nodiscard]] bool counts_findings() const noexcept { return unit_ == "处"; }

  /// "deduction"
  [[nodiscard]] std::string_view kind() const noexcept override { return "deduction"; }

  /// e.g. "违规情况每发现1处扣1分，扣完为止", "控制率超过100.00%的，每超过1个百分点扣0.5分，扣完为止".
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    (void)leaf;
    std::string text = value_.description();
    if (counts_findings()) {
      text += "每发现1处";
    } else {
      const bool above = excess_ == Excess::above;
      text += std::string(above ? "超过" : "低于") + threshold_text() + "的，每" +
              (above ? "超过" : "低") + step_text();
    }
    text += "扣" + detail::points_text(per_step_) + "分";
    if (cap_) text += "，最多扣" + detail::points_text(*cap_) + "分";
    return text + "，扣完为止";
  }

  /// Positive step, non-negative deduction and cap.
  /// The quantity's input, if it is a percentage.
  [[nodiscard]] std::vector<std::string> percent_inputs(const Indicator& leaf) const override {
    (void)leaf;
    return value_.percent_inputs();
  }

  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    const auto bad = [&](const std::string& what) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule, what));
    };
    if (step_.signum() <= 0) bad("the deduction step must be positive, not " + step_.to_string());
    if (per_step_.signum() < 0) bad("the deduction per step must not be negative");
    if (cap_ && cap_->signum() < 0) bad("the deduction cap must not be negative");
  }

  /// max(0, 分值 − min(cap, steps × per_step)).
  [[nodiscard]] Score score(const RuleContext& context) const override {
    Trace& trace = context.trace();
    const Quantity::Value read = value_.read(context);
    if (counts_findings() && !whole_count(read.exact)) {
      context.fail(ErrorCode::invalid_input, "the number of findings " + value_.show(read.exact) +
                                                 " is not a whole number of at least 0");
    }
    const Ratio beyond = excess(read.exact);
    trace.step(value_.description(), read.expression, value_.show(read.exact));
    const Decimal& points = context.points();
    if (beyond.signum() <= 0) {
      trace.step("扣分", "", "0分");
      return {Ratio(points), ""};
    }
    const Ratio steps = steps_of(beyond);
    const Ratio uncapped = steps * per_step_;
    const Decimal cap = cap_ ? *cap_ : points;
    const Ratio deduction = capped(uncapped, points);
    std::string expression = steps_text(steps) + "×" + detail::points_text(per_step_);
    if (uncapped > cap) expression += "（最多扣" + detail::points_text(cap) + "分）";
    const std::string deduction_text = detail::points_text(deduction.round(4, Rounding::half_up));
    trace.step("扣分", expression, deduction_text + "分");
    const std::string score_expression =
        detail::points_text(points) + "−" + detail::points_in_formula(deduction);
    if (deduction >= points) return {Ratio(Decimal(0)), score_expression + "（扣完为止）"};
    return {Ratio(points) - deduction, score_expression};
  }

  /// Batch scoring: the same deduction from the row.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    (void)policy;
    return std::make_unique<Compiled>(*this, value_.declare(inputs), leaf.points);
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(const Deduction& rule, Quantity::Slots slots, const Decimal& points)
        : rule_(rule), slots_(slots), points_(points), findings_(rule.counts_findings()) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      using detail::SmallRatio;
      const SmallRatio value = rule_.value_.read_small(inputs, slots_);
      if (findings_ && !whole_count(value)) throw CompiledRuleFailure{};
      const SmallRatio beyond = rule_.excess(value);
      if (beyond.signum() <= 0) return points_.round(leaf.places, leaf.mode);
      const SmallRatio deduction =
          rule_.capped(rule_.steps_of(beyond) * SmallRatio(rule_.per_step_), points_);
      const SmallRatio points(points_);
      return (deduction >= points ? SmallRatio(Decimal(0)) : points - deduction)
          .round(leaf.places, leaf.mode);
    }

   private:
    const Deduction& rule_;
    Quantity::Slots slots_;
    Decimal points_;
    bool findings_;
  };

  // The parts of the arithmetic, one definition each for score() (R = Ratio) and the
  // compiled form (R = detail::SmallRatio).
  template <class R>
  static bool whole_count(const R& count) {
    return count.signum() >= 0 && count == R(count.round(0, Rounding::down));
  }
  template <class R>
  R excess(const R& value) const {
    return excess_ == Excess::above ? value - R(threshold_) : R(threshold_) - value;
  }
  template <class R>
  R steps_of(const R& beyond) const {
    const R steps = beyond / R(step_);
    switch (counting_) {
      case Counting::proportional:
        return steps;
      case Counting::whole_steps:
        return R(steps.round(0, Rounding::floor));
      case Counting::started_steps:
        return R(steps.round(0, Rounding::ceiling));
    }
    return steps;
  }
  template <class R>
  R capped(const R& uncapped, const Decimal& points) const {
    const R cap(cap_ ? *cap_ : points);
    return uncapped > cap ? cap : uncapped;
  }

  std::string threshold_text() const {
    return value_.is_percent() ? detail::exact_percent(threshold_)
                               : detail::points_text(threshold_);
  }
  std::string step_text() const {
    if (!unit_.empty()) return "1" + unit_;
    return value_.is_percent() ? detail::exact_percent(step_) : detail::points_text(step_);
  }
  std::string steps_text(const Ratio& steps) const {
    const std::string n = detail::points_text(steps.round(4, Rounding::half_up));
    return unit_.empty() ? n : n + unit_;
  }

  Quantity value_;
  Excess excess_;
  Decimal threshold_;
  Decimal step_;
  Decimal per_step_;
  Counting counting_ = Counting::proportional;
  std::optional<Decimal> cap_;
  std::string unit_;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_DEDUCTION_HPP

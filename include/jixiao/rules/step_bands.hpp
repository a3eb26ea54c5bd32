/// @file rules/step_bands.hpp
/// @brief Rule kind 3: threshold and step bands (阶梯计分) with per-edge inclusivity.
#ifndef JIXIAO_RULES_STEP_BANDS_HPP
#define JIXIAO_RULES_STEP_BANDS_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/version.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace rules {

/// @brief One step of a StepBands rule: values in `range` earn `points`.
struct Step {
  Interval range;  ///< The values of this step, with the inclusivity of each edge.
  Decimal points;  ///< The points they earn, in [0, 分值].
};

/// @brief The value falls in one band of a table; the band gives the points.
///
/// **When evaluators use it:** for rates judged by thresholds rather than proportionally.
/// Both edge conventions occur, even in one table, so every band states its own:
/// - 重点支出安排率 (5 分): ≥ 90% → 5; [80%, 90%) → 4; [70%, 80%) → 3; [60%, 70%) → 2; < 60% → 0.
/// - 预算调整率 (3 分): = 0 → 3; (0, 10%] → 2; (10%, 20%] → 1; (20%, 30%] → 0.5; > 30% → 0.
///
/// Bands are listed in either order (from the lowest up, or from the highest down as tables
/// print them); validation requires no overlap and no gap (a shared edge belongs to exactly one band), and every band's points
/// within [0, 分值]. A value outside all bands is an error (605), never a guess.
/// @code
/// rules::StepBands(Quantity::ratio("重点支出", "项目支出"), {
///     {Interval::below(0.6_dec), 0},
///     {Interval::closed_open(0.6_dec, 0.7_dec), 2},
///     {Interval::closed_open(0.7_dec, 0.8_dec), 3},
///     {Interval::closed_open(0.8_dec, 0.9_dec), 4},
///     {Interval::at_least(0.9_dec), 5}})
/// @endcode
class StepBands final : public Rule {
 public:
  /// Scores `value` by `steps`, listed from the lowest up or from the highest down.
  StepBands(Quantity value, std::vector<Step> steps)
      : value_(std::move(value)), steps_(std::move(steps)) {}

  /// The value's name in the trace (default: the indicator's name).
  StepBands& label(std::string text) {
    label_ = std::move(text);
    return *this;
  }

  /// The quantity placed in a band.
  [[nodiscard]] const Quantity& value() const noexcept { return value_; }
  /// The bands, from the lowest.
  [[nodiscard]] const std::vector<Step>& bands() const noexcept { return steps_; }
  /// The value's name in the trace (may be empty).
  [[nodiscard]] const std::string& label() const noexcept { return label_; }

  /// "step_bands"
  [[nodiscard]] std::string_view kind() const noexcept override { return "step_bands"; }

  /// e.g. "[0.9, +∞)得5分；[0.8, 0.9)得4分；…" (highest band first, as tables list them).
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    std::string text = (label_.empty() ? leaf.name : label_) + "：";
    for (auto it = steps_.rbegin(); it != steps_.rend(); ++it) {
      if (it != steps_.rbegin()) text += "；";
      text += range_text(it->range) + "得" + detail::points_text(it->points) + "分";
    }
    return text;
  }

  /// Bands ordered, without overlap or gap; points within [0, 分值].
  /// The value's input, if it is a percentage, or a plain input whose bands are written in
  /// percent ("[80%, 90%)").
  [[nodiscard]] std::vector<std::string> percent_inputs(const Indicator& leaf) const override {
    (void)leaf;
    if (value_.is_ratio()) return {};
    if (value_.is_percent()) return value_.percent_inputs();
    for (const Step& step : steps_) {
      const auto& low = step.range.lower();
      const auto& high = step.range.upper();
      if ((low && low->written_as_percent) || (high && high->written_as_percent))
        return {value_.numerator()};
    }
    return {};
  }

  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    if (steps_.empty()) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule, "no bands"));
      return;
    }
    std::vector<Interval> ranges;
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      const Step& s = steps_[i];
      ranges.push_back(s.range);
      if (s.points.signum() < 0 || s.points > leaf.points) {
        problems.push_back(problem_at(leaf, ErrorCode::invalid_rule,
                                      "band " + std::to_string(i) + " " + s.range.to_string() +
                                          " gives " +
                                          s.points.to_string() + " points, outside [0, " +
                                          leaf.points.to_string() + "]"));
      }
    }
    const PartitionCheck partition = check_partition_any_order(ranges);
    if (!partition.ok()) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule, partition.problem));
    }
  }

  /// The points of the band holding the value. @throws ScoringError 605 if none does.
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const std::string name = label_.empty() ? context.indicator().name : label_;
    const Quantity::Value read = value_.read(context);
    // Shown exactly: 10.0001% must not print as 10.00% next to a band that starts above 10%.
    context.trace().step(
        name, read.expression,
        value_.is_percent() ? detail::exact_rate_text(read.exact) : value_.show(read.exact));
    if (const Step* s = band_of(read.exact)) {
      context.trace().step("所在区间", "", range_text(s->range));
      return {Ratio(s->points), ""};
    }
    context.fail(ErrorCode::value_outside_bands,
                 name + " " + value_.show(read.exact) + " falls in no band of the rule");
  }

  /// Batch scoring: the band of the value read from the row.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    (void)leaf;
    (void)policy;
    return std::make_unique<Compiled>(*this, value_.declare(inputs));
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(const StepBands& rule, Quantity::Slots slots) : rule_(rule), slots_(slots) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      const Step* s = rule_.band_of(rule_.value_.read(inputs, slots_));
      if (!s) throw CompiledRuleFailure{};
      return s->points.round(leaf.places, leaf.mode);
    }

   private:
    const StepBands& rule_;
    Quantity::Slots slots_;
  };

  const Step* band_of(const Ratio& value) const {
    for (const Step& s : steps_) {
      if (s.range.contains(value)) return &s;
    }
    return nullptr;
  }

  std::string range_text(const Interval& range) const {
    if (!value_.is_percent()) return range.to_string();
    // Percent bands read better as percentages: [80.00%, 90.00%).
    const auto edge = [](const Decimal& v) { return detail::exact_percent(v); };
    const auto& lo = range.lower();
    const auto& hi = range.upper();
    if (lo && hi && lo->inclusive && hi->inclusive && lo->value == hi->value) {
      return "等于" + edge(lo->value);
    }
    if (!lo && hi) return (hi->inclusive ? "≤" : "<") + edge(hi->value);
    if (lo && !hi) return (lo->inclusive ? "≥" : ">") + edge(lo->value);
    if (!lo && !hi) return "任意值";
    return (lo->inclusive ? "[" : "(") + edge(lo->value) + ", " + edge(hi->value) +
           (hi->inclusive ? "]" : ")");
  }

  Quantity value_;
  std::vector<Step> steps_;
  std::string label_;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_STEP_BANDS_HPP

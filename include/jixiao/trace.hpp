/// @file trace.hpp
/// @brief jixiao::Trace: how a score was computed, in the wording of Chinese reports.
#ifndef JIXIAO_TRACE_HPP
#define JIXIAO_TRACE_HPP

#include <jixiao/version.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief One computed quantity: `quantity=expression=value`, e.g.
/// `预算执行率` = `（693.68/1994）×100.00%` = `34.79%`.
struct TraceStep {
  std::string quantity;    ///< What was computed: "预算执行率", "扣分", "得分".
  std::string expression;  ///< How, with the numbers used; may be empty.
  std::string value;       ///< The result as printed, with its unit: "34.79%", "1.74分".
};

/// @brief Everything a leaf's score was computed from: the rule, the inputs read, each
/// intermediate value, and remarks (such as a target met but scored below full marks).
///
/// to_report_text() writes the steps the way evaluation reports do:
/// `预算执行率=（693.68/1994）×100.00%=34.79%；得分=34.79%×5=1.74分`.
class Trace {
 public:
  /// The rule that scored, e.g. "ratio_times_weight" (Rule::kind()).
  std::string rule;
  /// The inputs read, in order, as (name, value as printed).
  std::vector<std::pair<std::string, std::string>> inputs;
  /// The computation, step by step; the last step is the score.
  std::vector<TraceStep> steps;
  /// Remarks for an auditor, e.g. "目标值≤100.00%已达成，但得分低于满分".
  std::vector<std::string> notes;
  /// Whether the value read met the leaf's quantitative target (by its comparator), for the
  /// rules that compare the two; nothing when the rule does not or there is no such target.
  std::optional<bool> target_met;

  /// Records an input that was read (each name once).
  void input(std::string name, std::string value) {
    for (const auto& existing : inputs) {
      if (existing.first == name) return;
    }
    inputs.emplace_back(std::move(name), std::move(value));
  }
  /// Records a step.
  void step(std::string quantity, std::string expression, std::string value) {
    steps.push_back({std::move(quantity), std::move(expression), std::move(value)});
  }
  /// Records a remark.
  void note(std::string text) { notes.push_back(std::move(text)); }

  /// The steps as a report writes them: `a=expr=value；b=value`.
  [[nodiscard]] std::string to_report_text() const {
    std::string text;
    for (const TraceStep& s : steps) {
      if (!text.empty()) text += "；";
      text += s.quantity;
      if (!s.expression.empty()) text += "=" + s.expression;
      text += "=" + s.value;
    }
    return text;
  }
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_TRACE_HPP

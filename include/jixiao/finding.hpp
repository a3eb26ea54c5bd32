/// @file finding.hpp
/// @brief jixiao::Finding: one finding of a check of a published report or of a framework's
///        target setting, with its stable id and severity.
#ifndef JIXIAO_FINDING_HPP
#define JIXIAO_FINDING_HPP

#include <jixiao/version.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief How much a finding matters.
enum class Severity : unsigned char {
  error,    ///< The report contradicts its facts or itself.
  warning,  ///< Coherent numbers, doubtful scoring or target setting (a met target scored
            ///< below full marks; 产出 + 效益 below 60).
  note,     ///< A difference of rounding only, a judgement with its reason written, or a
            ///< number that cannot be compared (0/0).
};

/// @brief "error", "warning" or "note".
inline std::string_view name(Severity severity) noexcept {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

/// @brief One finding of check() or review_target_setting(), precise enough for an audit
/// letter: an inconsistency of a published report, or a doubtful target setting.
///
/// Ids are stable (docs/checks.md has a page for each):
/// JX-C101 a group's 得分 is not the sum of its indicators';
/// JX-C102 breakdown rows do not add up to their total;
/// JX-C103 the categories do not add up to the 总分;
/// JX-C201 a printed rate is not its numerator / denominator;
/// JX-C301 a printed 得分 is not what the rule gives;
/// JX-C302 a printed 得分 above the 分值 or below 0;
/// JX-C401 a printed count is not the count of the table;
/// JX-C501 the printed grade is not the band of the printed total;
/// JX-C502 the printed grade is not the band of the recomputed total;
/// JX-C601 a target met by its comparator but scored below full marks;
/// JX-C602 a printed qualitative 得分 outside the band of its level;
/// JX-C701 the same quantity printed twice with different values;
/// JX-C801 a printed value that differs from the computed one by rounding only;
/// JX-C802 a printed value with fewer places than the rules give, right only at those;
/// JX-C202 a printed rate whose denominator is zero (a note);
/// JX-C203 a printed number the facts give nothing to compare with (a note);
/// JX-C603 a met target scored below full marks by the evaluator;
/// JX-C604 a missed target given full marks;
/// JX-C605 scores that fall as completion rises among rows scored alike;
/// JX-C606 the budget's 预算执行率 scored by more than one indicator;
/// JX-T101 产出 + 效益 below 60 of 100 in a 部门评价 or 财政评价;
/// JX-T102 a 单位自评 whose weights depart from 预算执行率 10 / 产出 50 / 效益 30 / 满意度 10;
/// JX-T201 a 指标量化率 (share of quantitative 绩效指标) below 70%;
/// JX-T202 a quantitative 绩效指标 without a numeric target (指标值);
/// JX-T203 a quantitative 绩效指标 whose target is prose ("效果明显");
/// JX-T204 a quantitative target without a unit.
struct Finding {
  std::string id;                       ///< e.g. "JX-C101".
  Severity severity = Severity::error;  ///< error, warning or note.
  std::string subject;     ///< What it is about: "1 决策 得分", "资金用途合计".
  std::string indicator;   ///< The code of the indicator it is about, if one ("2.1.2").
  std::string where;       ///< Where the report printed it (from the PrintedNumber).
  std::string printed;     ///< The value as printed: "20.00", "71.74%".
  std::string expected;    ///< The value computed, at the printed precision.
  std::string message_zh;  ///< 审计用语: what is wrong, in Chinese.
  std::string message_en;  ///< The same in English.
  std::string trace;       ///< How `expected` was computed: "5.00+3.00+…=21.00".
  /// Printed numbers that are consistent with this one but not with the facts, and so follow
  /// from it: "1 决策 得分率 95.24% (recomputed 100.00%)".
  std::vector<std::string> consequences;
  /// The position of the printed number in Evaluation::printed (the order of the file);
  /// findings are sorted by it. Findings about no printed number (target setting) keep the
  /// largest value and come last.
  std::size_t position = std::numeric_limits<std::size_t>::max();
  /// Where the printed number (or the indicator) is in the input file
  /// ("changji-2023.json:131:5"); the core leaves it empty, jixiao::io fills it.
  std::string location;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_FINDING_HPP

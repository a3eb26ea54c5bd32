/// @file printed.hpp
/// @brief jixiao::PrintedNumber: a number as a published report printed it, and where, so
///        that check() can compare it with what the facts give.
#ifndef JIXIAO_PRINTED_HPP
#define JIXIAO_PRINTED_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE

/// @brief Which quantity a report printed. Each has a report term (wording()) used in files.
enum class PrintedQuantity : unsigned char {
  score,             ///< 得分 of an indicator (a leaf or a group).
  total,             ///< 总分.
  score_rate,        ///< 得分率 of a group (得分 / 分值).
  grade,             ///< 等级 (绩效评级), as text.
  indicator_count,   ///< 三级指标数, of the whole table or under an indicator.
  full_marks_count,  ///< 满分指标数 (also "实现三级指标数量").
  deducted_count,    ///< 扣分指标数.
  completion_rate,   ///< 指标完成率: 满分指标 / 三级指标.
  overall_rate,      ///< 总体完成率: 总分 / 满分 (the total as a percentage).
  budget_initial,    ///< 年初预算数.
  budget_adjusted,   ///< 全年预算数.
  budget_received,   ///< 实际到位资金.
  budget_spent,      ///< 实际支出资金 (全年执行数).
  source,            ///< One 资金来源 line, by name.
  use,               ///< One 资金用途 line, by name.
  arrival_rate,      ///< 资金到位率: 实际到位资金 / 全年预算数.
  execution_rate,    ///< 预算执行率: 实际支出资金 / 实际到位资金.
  deviation,         ///< 偏差: 总体完成率 − 预算执行率.
  ratio,             ///< 比率: a printed percentage with its printed numerator and denominator.
  actual,            ///< 实际完成值 of an indicator, as printed in the text.
};

/// @brief The report term of each quantity, e.g. "得分", "资金用途"; files use these words.
inline std::string_view wording(PrintedQuantity what) noexcept {
  switch (what) {
    case PrintedQuantity::score:
      return "得分";
    case PrintedQuantity::total:
      return "总分";
    case PrintedQuantity::score_rate:
      return "得分率";
    case PrintedQuantity::grade:
      return "等级";
    case PrintedQuantity::indicator_count:
      return "三级指标数";
    case PrintedQuantity::full_marks_count:
      return "满分指标数";
    case PrintedQuantity::deducted_count:
      return "扣分指标数";
    case PrintedQuantity::completion_rate:
      return "指标完成率";
    case PrintedQuantity::overall_rate:
      return "总体完成率";
    case PrintedQuantity::budget_initial:
      return "年初预算数";
    case PrintedQuantity::budget_adjusted:
      return "全年预算数";
    case PrintedQuantity::budget_received:
      return "实际到位资金";
    case PrintedQuantity::budget_spent:
      return "实际支出资金";
    case PrintedQuantity::source:
      return "资金来源";
    case PrintedQuantity::use:
      return "资金用途";
    case PrintedQuantity::arrival_rate:
      return "资金到位率";
    case PrintedQuantity::execution_rate:
      return "预算执行率";
    case PrintedQuantity::deviation:
      return "偏差";
    case PrintedQuantity::ratio:
      return "比率";
    case PrintedQuantity::actual:
      return "实际完成值";
  }
  return "";
}

/// @brief The quantity a report term names, or nothing. The inverse of wording().
inline std::optional<PrintedQuantity> printed_quantity(std::string_view term) noexcept {
  for (int i = 0; i <= static_cast<int>(PrintedQuantity::actual); ++i) {
    const auto what = static_cast<PrintedQuantity>(i);
    if (wording(what) == term) return what;
  }
  return std::nullopt;
}

/// @brief Whether the quantity is a rate, printed as a percentage.
inline bool is_rate(PrintedQuantity what) noexcept {
  switch (what) {
    case PrintedQuantity::score_rate:
    case PrintedQuantity::completion_rate:
    case PrintedQuantity::overall_rate:
    case PrintedQuantity::arrival_rate:
    case PrintedQuantity::execution_rate:
    case PrintedQuantity::deviation:
    case PrintedQuantity::ratio:
      return true;
    default:
      return false;
  }
}

/// @brief One number (or grade) as a published report printed it.
///
/// The value keeps the precision it was printed with: "34.79%" is 0.3479 with 4 places, and
/// check() compares at those places (693.68 / 1994 matches it). `where` says where it was
/// printed, in the report's own terms ("三（二）", "附件1 评分表", "第12页"), for the auditor.
/// @code
/// jixiao::PrintedNumber decision{jixiao::PrintedQuantity::score, "1", {}, 20.00_dec, "", {}, {},
///                                "四（一）"};
/// @endcode
struct PrintedNumber {
  PrintedQuantity what = PrintedQuantity::score;  ///< The quantity.
  std::string indicator;  ///< Its indicator's code (得分, 得分率, 实际完成值, counts in a scope).
  std::string name;              ///< The line's name (资金来源, 资金用途).
  std::optional<Decimal> value;  ///< The number as printed (rates as fractions); none for 等级.
  std::string text;              ///< The 等级 as printed.
  std::optional<Decimal> numerator;    ///< 比率: the printed numerator.
  std::optional<Decimal> denominator;  ///< 比率: the printed denominator.
  std::string where;                   ///< Where it was printed (free text).
  bool percent = false;                ///< Printed as a percentage (always so for rates).

  /// How the report printed it: "20.00", "95.24%", "良".
  [[nodiscard]] std::string shown() const {
    if (!value) return text;
    if (!is_rate(what) && !percent) return value->to_string();
    // The fraction with 2 fewer places, as a percentage: 0.9524 → "95.24%".
    const int places = value->scale() > 2 ? value->scale() - 2 : 0;
    return (*value * Decimal(100)).round(places, Rounding::half_up).to_string() + "%";
  }
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_PRINTED_HPP

/// @file budget.hpp
/// @brief jixiao::Budget, the budget block of an evaluation, and the rates reports print.
#ifndef JIXIAO_BUDGET_HPP
#define JIXIAO_BUDGET_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief One row of a budget breakdown, e.g. {"其他资金", 1994.00}.
struct BudgetLine {
  std::string name;  ///< 财政拨款, 上年结转, 其他资金, or a use such as 培训费.
  Decimal amount;    ///< In the budget's unit.
};

/// @brief The money side of an evaluation (预算执行情况).
///
/// The seed: 年初预算数 1994.00, 全年预算数 1994.00, 实际到位 1994.00, 全年执行数 693.68 万元,
/// all from 其他资金. Totals should equal the sum of their breakdown rows; real tables get
/// this wrong, which `jixiao check` (a later layer) reports.
struct Budget {
  std::string unit = "万元";        ///< Unit of every amount.
  Decimal initial;                  ///< 年初预算数.
  Decimal adjusted;                 ///< 全年预算数 (调整后预算数).
  Decimal received;                 ///< 实际到位资金.
  Decimal spent;                    ///< 全年执行数 (实际支出资金).
  std::vector<BudgetLine> sources;  ///< Breakdown of the budget by source of funds.
  std::vector<BudgetLine> uses;     ///< Breakdown of the spending by use.

  /// 资金到位率 = 实际到位资金 / 全年预算数; nothing when the budget is zero.
  [[nodiscard]] std::optional<Ratio> arrival_rate() const {
    if (adjusted.is_zero()) return std::nullopt;
    return Ratio(received, adjusted);
  }
  /// 预算执行率 = 实际支出资金 / 实际到位资金 (the seed's definition); nothing when nothing
  /// was received. Some provinces divide by 全年预算数 instead: Ratio(spent, adjusted).
  [[nodiscard]] std::optional<Ratio> execution_rate() const {
    if (received.is_zero()) return std::nullopt;
    return Ratio(spent, received);
  }
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_BUDGET_HPP

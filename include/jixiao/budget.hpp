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
///
/// A 资金来源 line of a 自评表 gives three columns, 年初预算数, 全年预算数 and 全年执行数
/// ({"本年财政拨款", 89.974, 90, 89.974}); check() then holds each column of the breakdown
/// against the total's.
struct BudgetLine {
  std::string name;  ///< 财政拨款, 上年结转, 其他资金, or a use such as 培训费.
  Decimal amount;    ///< In the budget's unit: a source's 全年预算数, a use's spending.
  std::optional<Decimal> spent{};    ///< A source's 全年执行数, when the table gives it by source.
  std::optional<Decimal> initial{};  ///< A source's 年初预算数, when the table gives it by source.
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
  /// 实际到位资金; none where the evaluation does not state it (a 自评表 does not).
  std::optional<Decimal> received;
  Decimal spent;                    ///< 全年执行数 (实际支出资金).
  std::vector<BudgetLine> sources;  ///< Breakdown of the budget by source of funds.
  std::vector<BudgetLine> uses;     ///< Breakdown of the spending by use.

  /// 资金到位率 = 实际到位资金 / 全年预算数; nothing when the budget is zero or
  /// 实际到位资金 is not stated.
  [[nodiscard]] std::optional<Ratio> arrival_rate() const {
    if (!received || adjusted.is_zero()) return std::nullopt;
    return Ratio(*received, adjusted);
  }
  /// What 预算执行率 divides 实际支出资金 by: 实际到位资金 (the seed's definition), or
  /// 全年预算数 where 实际到位资金 is not stated (the 自评表's 执行率 = 全年执行数 / 全年预算数).
  [[nodiscard]] const Decimal& execution_base() const noexcept {
    return received ? *received : adjusted;
  }
  /// The name of execution_base(): "实际到位资金" or "全年预算数".
  [[nodiscard]] const char* execution_base_name() const noexcept {
    return received ? "实际到位资金" : "全年预算数";
  }
  /// 预算执行率 = 实际支出资金 / execution_base(); nothing when that is zero.
  [[nodiscard]] std::optional<Ratio> execution_rate() const {
    if (execution_base().is_zero()) return std::nullopt;
    return Ratio(spent, execution_base());
  }
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_BUDGET_HPP

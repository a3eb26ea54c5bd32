// Internal: the 项目资金 block of a 项目支出绩效自评表 (财预〔2020〕10号 附件), above its
// indicators:
//
//   项目资金（万元） |                  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
//                    | 年度资金总额     |    1994.00 |    1994.00 |     693.68 |   10 | 34.79% | 3.48
//                    | 其中：本年财政拨款 |  …        |            |            |      |        |
//                    | 上年结转资金 / 其他资金 …
//
// It becomes the evaluation's Budget (实际到位资金 not stated), its source lines with all
// three columns, and the printed 执行率 and 得分 of each row that prints them.
#ifndef JIXIAO_SRC_IO_BUDGET_BLOCK_HPP
#define JIXIAO_SRC_IO_BUDGET_BLOCK_HPP

#include <jixiao/version.hpp>

#include <jixiao/budget.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/grid.hpp>
#include <jixiao/percent_numbers.hpp>
#include <jixiao/rules/ratio_times_weight.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// A number the block printed, and where.
struct BlockNumber {
  Decimal value;
  SourceLocation where;
};

// A printed 执行率 of one row: the row's name ("" for the 年度资金总额 row) and its amounts.
struct BlockRate {
  std::string line;
  Decimal spent;
  Decimal adjusted;
  BlockNumber rate;  // as a fraction, at its printed places
};

struct BudgetBlock {
  Budget budget;
  SourceLocation where;               // the 年度资金总额 row (else the block's header)
  std::optional<BlockNumber> points;  // the 分值 of 预算执行率
  std::vector<BlockNumber> scores;    // each printed 得分 (the total row's, a 其中 row's)
  std::vector<BlockRate> rates;       // each printed 执行率
};

// The rule of the 预算执行率 the block becomes: 全年执行数 / `base` (全年预算数, or the
// block's 实际到位资金 when it states one) × 分值, the rate at 4 places, 满分为止.
rules::RatioTimesWeight budget_execution_rule(const std::string& base);

// The block in rows [0, end) of `grid`, if they hold one; what was repaired goes to `notes`.
// A bare 执行率 is read by `percent` (under refuse: 1 or less is a fraction, noted).
// Throws InputError (705) for an amount that is no number.
std::optional<BudgetBlock> read_budget_block(const Grid& grid, std::size_t end,
                                             PercentNumbers percent,
                                             std::vector<ReadingNote>& notes);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_BUDGET_BLOCK_HPP

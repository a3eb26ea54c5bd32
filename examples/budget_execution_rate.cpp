// The first number of the seed report, recomputed exactly: 预算执行率 and its score.
//
// 昌吉州党委组织部《机关运行补助项目》2023 年绩效评价报告: budget and funds received 1994.00 万元,
// spent 693.68 万元. The 预算执行率 indicator is worth 5 分 and is scored rate × 5, with the
// rate printed to 2 places of a percent: 34.79% × 5 = 1.74.
#include <jixiao/jixiao.hpp>

#include <iostream>

int main() {
  using namespace jixiao::literals;
  using jixiao::Rounding;

  const jixiao::Decimal received = 1994.00_dec;  // 实际到位资金 (万元)
  const jixiao::Decimal spent = 693.68_dec;      // 实际支出 (万元)
  const jixiao::Decimal weight = 5;              // 分值

  // The exact rate, rounded only where the report rounds it.
  const jixiao::Ratio rate(spent, received);
  const jixiao::Decimal displayed_rate = rate.round(4, Rounding::half_up);  // 0.3479
  const jixiao::Decimal score = (displayed_rate * weight).round(2, Rounding::half_up);

  jixiao::FixedFormat percent;
  percent.notation = jixiao::Notation::percent;
  const jixiao::FixedFormat points;  // 2 places, 四舍五入

  std::cout << "jixiao " << JIXIAO_VERSION_STRING << "\n"
            << "预算执行率=（" << spent << "/" << received.strip_trailing_zeros()
            << "）×100.00%=" << jixiao::format(rate, percent)
            << "；得分=" << jixiao::format(displayed_rate, percent) << "×" << weight << "="
            << jixiao::format(score, points) << "分\n";

  // The same score from the exact rate, rounded once: 1.739418… → 1.74. Here both agree.
  std::cout << "exact rate " << rate.round(12, Rounding::half_up) << "…, exact score "
            << (rate * weight).round(6, Rounding::half_up) << "… → "
            << (rate * weight).round(2, Rounding::half_up) << "\n";
  return 0;
}

// Scoring many evaluations that share one framework: prepare it once, fill a reused row per
// evaluation, score, and summarize — no allocation per evaluation. Here three evaluations of
// the seed framework that differ only in how much of the budget was spent.
#include "seed/changji_2023.hpp"

#include <jixiao/jixiao.hpp>

#include <iostream>

int main() {
  using namespace jixiao::literals;

  const jixiao::PreparedFramework prepared(seed::framework());  // validated and compiled once
  jixiao::InputRow row = prepared.make_row();
  jixiao::RowScore result = prepared.make_result();
  jixiao::BatchSummary summary(prepared);

  // Where the 预算执行率's inputs go in a row.
  const std::size_t spent = *prepared.find_input("2.1.2", "实际支出资金");
  const jixiao::Evaluation base = seed::evaluation();
  for (const jixiao::Decimal amount : {693.68_dec, 1500.00_dec, 1994.00_dec}) {
    prepared.fill(base.facts, row);                      // the seed's facts …
    row.values[spent] = jixiao::InputValue::of(amount);  // … with this much spent
    prepared.score(row, result);
    std::cout << "实际支出资金 " << amount << " 万元：总分 " << result.total << "，等级 "
              << result.grade->label << "\n";
    summary.add(result);
  }
  std::cout << "平均 " << jixiao::format(*summary.mean(), jixiao::FixedFormat{}) << "，中位数 "
            << jixiao::format(*summary.median(), jixiao::FixedFormat{}) << "\n";
  for (const auto& [node, lost] : summary.most_lost(2)) {
    std::cout << "失分最多：" << prepared.nodes()[node].indicator->label() << " " << lost << "\n";
  }
  return 0;
}

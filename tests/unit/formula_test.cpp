// How an auditor unit-tests one indicator formula with <jixiao/testing.hpp>: a leaf, its
// inputs, the expected score and trace, in a few lines each. These are the seed report's
// formulas, re-checked independently of the seed example.
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using namespace jixiao::literals;

TEST_CASE("formula: 预算执行率 = 693.68 / 1994 = 34.79%, 得分 = 34.79% × 5 = 1.74") {
  const Indicator execution =
      leaf("2.1.2", "预算执行率", 5, IndicatorKind::quantitative, Target{},
           rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))
               .displayed_rate({4, Rounding::half_up}));
  const auto result =
      testing::score(execution, {{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994_dec}});
  CHECK(result.score == 1.74_dec);
  CHECK(result.trace == "预算执行率=（693.68/1994）×100.00%=34.79%；得分=34.79%×5=1.74分");
}

TEST_CASE("formula: a zero 实际到位资金 is an error naming the indicator, not a crash") {
  const Indicator execution =
      leaf("2.1.2", "预算执行率", 5, IndicatorKind::quantitative, Target{},
           rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金")));
  CHECK(testing::error_of(execution, {{"实际支出资金", 10}, {"实际到位资金", 0}}) ==
        ErrorCode::zero_denominator);
  try {
    (void)testing::score(execution, {{"实际支出资金", 10}, {"实际到位资金", 0}});
  } catch (const ScoringError& e) {
    CHECK(std::string(e.what()) ==
          "[jixiao.invalid_facts.603] 2.1.2 预算执行率: 实际支出资金/实际到位资金 = 10/0: the "
          "denominator is zero");
  }
}

TEST_CASE("formula: 满意度 19 of 20 against ≥ 95% earns the full 10") {
  const Indicator satisfaction =
      leaf("4.2.1", "各项工作满意度", 10, IndicatorKind::quantitative,
           Target::percent(Comparator::at_least, 0.95_dec), rules::SurveySatisfaction());
  CHECK(testing::score(satisfaction, {{"满意人数", 19}, {"有效调查人数", 20}}).score == 10);
  CHECK(testing::score(satisfaction, {{"满意人数", 18}, {"有效调查人数", 20}}).score == 9.47_dec);
}

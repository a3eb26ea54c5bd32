// The seed report (shared/reference/changji-2023-report.txt), recomputed from its
// indicator-level facts: all 18 indicator scores, the category scores and 得分率, the total,
// the grade and the counts; and each number the report prints that those facts contradict,
// asserted as a disagreement with both values.
#include "seed/changji_2023.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {
const Scorecard& seed_card() {
  static const Scorecard card = evaluate(seed::framework(), seed::evaluation());
  return card;
}

std::string percent_of(const std::optional<Ratio>& r) {
  REQUIRE(r.has_value());
  FixedFormat spec;
  spec.notation = Notation::percent;
  return format(*r, spec);
}
}  // namespace

TEST_CASE("seed: the framework is valid: 18 leaves, 分值 21/19/30/30 adding up to 100") {
  const Framework f = seed::framework();
  CHECK(validate(f).empty());
  CHECK(seed_card().leaves().size() == 18);
  const auto categories = seed_card().categories();
  REQUIRE(categories.size() == 4);
  CHECK(categories[0]->points == 21);
  CHECK(categories[1]->points == 19);
  CHECK(categories[2]->points == 30);
  CHECK(categories[3]->points == 30);
  CHECK(seed_card().at_depth(2).size() == 3 + 2 + 4 + 2);  // 二级指标 per category, as printed
}

TEST_CASE("seed: every indicator's score, as the report's indicator sections state it") {
  // "综上所述，本指标满分为X分，根据评分标准得Y分" for each of the 18 indicators.
  const std::map<std::string, Decimal> expected = {
      {"1.1.1", 5},  {"1.1.2", 3},  {"1.2.1", 4},        {"1.2.2", 3}, {"1.3.1", 4},
      {"1.3.2", 2},  {"2.1.1", 4},  {"2.1.2", 1.74_dec}, {"2.1.3", 4}, {"2.2.1", 2},
      {"2.2.2", 4},  {"3.1.1", 12}, {"3.2.1", 3},        {"3.3.1", 2}, {"3.4.1", 4.52_dec},
      {"4.1.1", 10}, {"4.1.2", 10}, {"4.2.1", 10},
  };
  for (const auto& entry : expected) {
    const std::string& code = entry.first;  // not a structured binding: CAPTURE uses a lambda
    const Decimal& score = entry.second;
    CAPTURE(code);
    const NodeScore* leaf = seed_card().find(code);
    REQUIRE(leaf != nullptr);
    CHECK(leaf->leaf);
    CHECK(leaf->score == score);
    CHECK(leaf->score.scale() == 2);  // leaves rounded to 2 places
  }
}

TEST_CASE("seed: the formula traces read as the report writes them") {
  CHECK(seed_card().find("2.1.1")->trace.to_report_text() ==
        "资金到位率=（1994/1994）×100.00%=100.00%；得分=100.00%×4=4.00分");
  CHECK(seed_card().find("2.1.2")->trace.to_report_text() ==
        "预算执行率=（693.68/1994）×100.00%=34.79%；得分=34.79%×5=1.74分");
  CHECK(seed_card().find("3.4.1")->trace.to_report_text() ==
        "预算成本控制率=34.79%；得分=34.79%×13=4.52分");
  CHECK(seed_card().find("4.2.1")->trace.to_report_text() ==
        "满意度=（19/20）×100.00%=95.00%；得分=10.00分");
}

TEST_CASE("seed: 预算成本控制率 met its ≤ 100% target yet was scored 4.52, and the trace says so") {
  const NodeScore* cost = seed_card().find("3.4.1");
  REQUIRE(cost->trace.notes.size() == 1);
  CHECK(cost->trace.notes[0].find("目标值≤100.00%已达成") != std::string::npos);
  CHECK(cost->score < cost->points);
}

TEST_CASE("seed: category scores and 得分率 computed from the indicators") {
  const auto c = seed_card().categories();
  CHECK(c[0]->score == 21);
  CHECK(c[1]->score == 15.74_dec);
  CHECK(c[2]->score == 21.52_dec);
  CHECK(c[3]->score == 30);
  CHECK(percent_of(c[0]->rate()) == "100.00%");
  CHECK(percent_of(c[1]->rate()) == "82.84%");
  CHECK(percent_of(c[2]->rate()) == "71.73%");
  CHECK(percent_of(c[3]->rate()) == "100.00%");
  // Indicators and full-mark indicators per category (the report prints 6/5, 5/4, 4/3, 3/3).
  const Scorecard& card = seed_card();
  CHECK(card.indicator_count("1") == 6);
  CHECK(card.full_marks_count("1") == 6);
  CHECK(card.indicator_count("2") == 5);
  CHECK(card.full_marks_count("2") == 4);
  CHECK(card.deducted_count("2") == 1);
  CHECK(card.indicator_count("3") == 4);
  CHECK(card.full_marks_count("3") == 3);
  CHECK(card.indicator_count("4") == 3);
  CHECK(card.full_marks_count("4") == 3);
}

TEST_CASE("seed: total 88.26, grade 良, counts 18 / 16 full / 2 deducted, budget rates") {
  const Scorecard& card = seed_card();
  CHECK(card.total == 88.26_dec);
  CHECK(card.out_of == 100);
  REQUIRE(card.rating.is_rated());
  CHECK(card.rating.label == "良");
  CHECK(card.indicator_count() == 18);
  CHECK(card.full_marks_count() == 16);
  CHECK(card.deducted_count() == 2);
  CHECK(percent_of(card.indicator_completion_rate()) == "88.89%");
  CHECK(percent_of(card.score_rate()) == "88.26%");
  CHECK(percent_of(card.budget->arrival_rate()) == "100.00%");
  CHECK(percent_of(card.budget->execution_rate()) == "34.79%");
  CHECK(percent_of(card.deviation()) == "53.47%");
  const auto lost = card.points_lost();
  REQUIRE(lost.size() == 2);
  CHECK(lost[0]->code == "3.4.1");  // 8.48 lost
  CHECK(lost[0]->lost() == 8.48_dec);
  CHECK(lost[1]->code == "2.1.2");  // 3.26 lost
  CHECK(lost[1]->lost() == 3.26_dec);
}

TEST_CASE("seed: every number the report prints against its own facts, disagreements asserted") {
  struct Expected {
    const char* what;
    Decimal printed;
    Decimal computed;
  };
  // Each row: the printed value, and what the indicator-level facts give at that precision.
  const Expected disagreements[] = {
      {"决策 得分", 20.00_dec, 21.00_dec},  // all six 决策 indicators are stated at full marks
      {"决策 得分率", 0.9524_dec, 1.0000_dec},
      {"产出 得分率", 0.7174_dec, 0.7173_dec},  // 21.52 / 30 = 71.733…%: a rounding slip
      {"决策 满分指标数", 5, 6},
      {"总分", 87.26_dec, 88.26_dec},  // follows from 决策 20 instead of 21
      {"满分指标数量", 15, 16},
      {"扣分指标数量", 3, 2},
      {"实现三级指标数量", 15, 16},
      {"总体完成率（实现指标/全部指标）", 0.8333_dec, 0.8889_dec},
      {"总体完成率（总分/100）", 0.8726_dec,
       0.8826_dec},  // the same quantity printed twice, differently
      {"偏差（总体完成率−预算执行率）", 0.5247_dec, 0.5347_dec},
      {"资金用途合计（实际支出资金）", 693.68_dec, 560.59_dec},  // the uses listed add up to 560.59
  };
  const auto found = seed::disagreements(seed_card());
  REQUIRE(found.size() == std::size(disagreements));
  for (std::size_t i = 0; i < found.size(); ++i) {
    CAPTURE(found[i].printed.what);
    CHECK(found[i].printed.what == disagreements[i].what);
    CHECK(found[i].printed.value == disagreements[i].printed);
    CHECK(found[i].computed == disagreements[i].computed);
  }
  // And the printed numbers that agree really do agree.
  int agreeing = 0;
  for (const seed::PrintedNumber& p : seed::printed()) {
    if (seed::computed_value(seed_card(), p) == p.value) ++agreeing;
  }
  CHECK(agreeing == static_cast<int>(seed::printed().size() - found.size()));
  CHECK(agreeing == 11);
  // The grade agrees: 87.26 and 88.26 are both 良.
  CHECK(seed_card().rating.label == seed::printed_grade);
}

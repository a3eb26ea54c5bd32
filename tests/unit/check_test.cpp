// jixiao::check(): every check class fires on a crafted inconsistency and stays silent on a
// report whose printed numbers are all consistent; consequences are listed once, under their
// cause; findings come in the order of the printed numbers.
#include <jixiao/check.hpp>
#include <jixiao/rules.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// 决策 40 (20 + 20), 产出 60 (30 + 30). Scores: 20, 15, 15, 30 → 80 良.
Framework framework(Target execution_target = Target{}) {
  Framework f;
  f.name = "测试";
  f.root = group("", "测试项目", 100,
                 {group("1", "决策", 40,
                        {leaf("1.1", "立项", 20, IndicatorKind::qualitative, Target{},
                              rules::QualitativeBands()),
                         leaf("1.2", "目标", 20, IndicatorKind::qualitative, Target{},
                              rules::QualitativeBands())}),
                  group("2", "产出", 60,
                        {leaf("2.1", "执行率", 30, IndicatorKind::quantitative, execution_target,
                              rules::RatioTimesWeight(Quantity::ratio("支出", "到位"))),
                         leaf("2.2", "数量", 30, IndicatorKind::quantitative,
                              Target::quantitative(Comparator::at_least, 10, "个"),
                              rules::TargetAttainment())})});
  return f;
}

PrintedNumber number(PrintedQuantity what, const Decimal& value, std::string indicator = "",
                     std::string where = "") {
  PrintedNumber p;
  p.what = what;
  p.value = value;
  p.indicator = std::move(indicator);
  p.where = std::move(where);
  return p;
}

PrintedNumber grade(std::string label) {
  PrintedNumber p;
  p.what = PrintedQuantity::grade;
  p.text = std::move(label);
  return p;
}

PrintedNumber ratio(const Decimal& numerator, const Decimal& denominator, const Decimal& value) {
  PrintedNumber p = number(PrintedQuantity::ratio, value);
  p.numerator = numerator;
  p.denominator = denominator;
  return p;
}

PrintedNumber line(PrintedQuantity what, std::string name, const Decimal& value) {
  PrintedNumber p = number(what, value);
  p.name = std::move(name);
  return p;
}

// Facts, budget, and every number a correct report would print.
Evaluation consistent() {
  Evaluation e;
  e.title = "测试评价";
  e.facts = {{"1.1", {{"等级", "达成"}, {"得分", 20}}},
             {"1.2", {{"等级", "部分达成"}, {"得分", 15}}},
             {"2.1", {{"支出", 80}, {"到位", 160}}},
             {"2.2", {{"实际完成值", 10}}}};
  Budget b;
  b.initial = 100;
  b.adjusted = 100;
  b.received = 100;
  b.spent = 80;
  b.sources = {{"财政拨款", 100}};
  b.uses = {{"培训费", 50}, {"设备费", 30}};
  e.budget = b;
  using Q = PrintedQuantity;
  e.printed = {
      number(Q::score, 20.00_dec, "1.1"),
      number(Q::score, 15.00_dec, "1.2"),
      number(Q::score, 15.00_dec, "2.1"),
      number(Q::score, 30.00_dec, "2.2"),
      number(Q::score, 35.00_dec, "1"),
      number(Q::score, 45.00_dec, "2"),
      number(Q::total, 80.00_dec),
      number(Q::score_rate, 0.8750_dec, "1"),
      number(Q::score_rate, 0.7500_dec, "2"),
      number(Q::indicator_count, 4),
      number(Q::full_marks_count, 2),
      number(Q::deducted_count, 2),
      number(Q::full_marks_count, 1, "1"),
      number(Q::full_marks_count, 1, "2"),
      number(Q::completion_rate, 0.5000_dec),
      number(Q::overall_rate, 0.8000_dec),
      number(Q::arrival_rate, 1.0000_dec),
      number(Q::execution_rate, 0.8000_dec),
      number(Q::deviation, 0.0000_dec),
      number(Q::budget_spent, 80.00_dec),
      line(Q::use, "培训费", 50.00_dec),
      line(Q::use, "设备费", 30.00_dec),
      line(Q::source, "财政拨款", 100.00_dec),
      ratio(80, 100, 0.8000_dec),
      number(Q::actual, 10, "2.2"),
      number(Q::actual, 10.0_dec, "2.2"),
      grade("良"),
  };
  return e;
}

std::vector<std::string> ids(const CheckReport& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) out.push_back(f.id);
  return out;
}

const Finding& only(const CheckReport& report, const std::string& id) {
  const Finding* found = nullptr;
  for (const Finding& f : report.findings) {
    if (f.id == id) {
      CHECK_MESSAGE(found == nullptr, id << " found twice");
      found = &f;
    }
  }
  REQUIRE_MESSAGE(found != nullptr, id << " not found");
  return *found;
}

// Replaces the first printed number of `what` (and indicator) with `value`.
void reprint(Evaluation& e, PrintedQuantity what, const std::string& indicator,
             const Decimal& value) {
  for (PrintedNumber& p : e.printed) {
    if (p.what == what && p.indicator == indicator) {
      p.value = value;
      return;
    }
  }
  FAIL("no such printed number");
}

}  // namespace

TEST_CASE("check: a report whose every printed number is consistent has no finding") {
  const CheckReport report = check(framework(), consistent());
  CHECK(report.findings.empty());
  CHECK(report.card.total == 80_dec);
  CHECK(report.passes(Severity::warning));
}

TEST_CASE("check JX-C101: a group's 得分 is not the sum of its indicators'") {
  Evaluation e = consistent();
  reprint(e, PrintedQuantity::score, "1", 34.00_dec);
  // The report carries the wrong 得分 on, consistently: total, rates, 偏差.
  reprint(e, PrintedQuantity::total, "", 79.00_dec);
  reprint(e, PrintedQuantity::score_rate, "1", 0.8500_dec);
  reprint(e, PrintedQuantity::overall_rate, "", 0.7900_dec);
  reprint(e, PrintedQuantity::deviation, "", -0.0100_dec);
  const CheckReport report = check(framework(), e);
  const Finding& f = only(report, "JX-C101");
  CHECK(f.printed == "34.00");
  CHECK(f.expected == "35.00");
  CHECK(f.trace == "20.00（1.1）+15.00（1.2）=35.00");
  // The total and the rate follow the wrong 得分 consistently: consequences, not findings.
  // 79.00 is 中 by the bands, and the report printed 良: that disagreement is its own.
  CHECK(ids(report) == std::vector<std::string>{"JX-C101", "JX-C501"});
  REQUIRE(f.consequences.size() == 4);
  CHECK(f.consequences[0] == "总分 79.00（按事实应为 80.00）");
  CHECK(f.consequences[3] == "偏差 -1.00%（按事实应为 0.00%）");
}

TEST_CASE("check JX-C102: breakdown rows that do not add up to their total") {
  Evaluation e = consistent();
  e.budget->uses[1].amount = 20;
  e.printed[21].value = 20.00_dec;  // the report prints the line as in its budget block
  const CheckReport report = check(framework(), e);
  const Finding& f = only(report, "JX-C102");
  // The total row is what the report states; the lines are what it should be.
  CHECK(f.printed == "80");
  CHECK(f.expected == "70");
  CHECK(f.subject == "实际支出资金");
  CHECK(f.trace == "50+20=70");
  CHECK(ids(report).size() == 1);
}

TEST_CASE("check JX-C102: a 自评表's 资金来源 lines add up column by column") {
  Evaluation e = consistent();
  // 池州 2022: the 年度资金总额 row printed 0 / 0 / 0 above its only filled source line.
  e.budget->sources = {{"本年财政拨款", 89.974_dec, 89.974_dec, 90}};
  e.budget->initial = 90;
  e.budget->adjusted = 89.974_dec;
  e.budget->received.reset();
  e.budget->spent = 80;
  e.budget->uses.clear();
  e.printed.clear();
  const CheckReport report = check(framework(), e);
  const std::vector<std::string> found = ids(report);
  CHECK(found == std::vector<std::string>{"JX-C102"});
  const Finding& f = only(report, "JX-C102");
  CHECK(f.subject == "全年执行数");
  CHECK(f.printed == "80");
  CHECK(f.expected == "89.974");

  // Each column is held on its own: a wrong 年初预算数 is found with the others right.
  e.budget->spent = 89.974_dec;
  e.budget->initial = 0;
  CHECK(only(check(framework(), e), "JX-C102").subject == "年初预算数");
  e.budget->initial = 90;
  CHECK(check(framework(), e).findings.empty());
}

TEST_CASE("check: without 实际到位资金 the 预算执行率 is 全年执行数 / 全年预算数") {
  Budget b;
  b.adjusted = 200;
  b.spent = 150;
  CHECK_FALSE(b.arrival_rate());
  REQUIRE(b.execution_rate());
  CHECK(b.execution_rate()->round(4, Rounding::half_up) == 0.75_dec);
  CHECK(std::string(b.execution_base_name()) == "全年预算数");
  b.received = 100;
  CHECK(b.execution_rate()->round(4, Rounding::half_up) == 1.5_dec);

  Evaluation e = consistent();
  e.budget->received.reset();
  e.budget->adjusted = 100;
  e.printed = {number(PrintedQuantity::execution_rate, 0.8100_dec),
               number(PrintedQuantity::arrival_rate, 1.0000_dec)};
  const CheckReport report = check(framework(), e);
  const Finding& f = only(report, "JX-C201");
  CHECK(f.trace == "80/100");
  CHECK(f.message_zh.find("实际支出资金/全年预算数") != std::string::npos);
  // The 到位率 has nothing to be compared with: said, not skipped (JX-C203).
  CHECK(only(report, "JX-C203").message_zh.find("实际到位资金") != std::string::npos);
}

TEST_CASE("check JX-C103: the categories do not add up to the 总分") {
  Evaluation e = consistent();
  reprint(e, PrintedQuantity::total, "", 81.00_dec);
  reprint(e, PrintedQuantity::overall_rate, "", 0.8100_dec);
  const CheckReport report = check(framework(), e);
  const Finding& f = only(report, "JX-C103");
  CHECK(f.expected == "80.00");
  CHECK(f.consequences.size() == 1);  // 总体完成率 81.00% follows from it (and 偏差 is computed)
}

TEST_CASE("check JX-C201: a printed rate is not its numerator / denominator") {
  Evaluation e = consistent();
  e.printed[23] = ratio(80, 100, 0.8100_dec);
  CHECK(only(check(framework(), e), "JX-C201").expected == "80.00%");
  Evaluation rate = consistent();
  reprint(rate, PrintedQuantity::execution_rate, "", 0.8200_dec);
  reprint(rate, PrintedQuantity::deviation, "", -0.0200_dec);  // 80% − the wrong 82%
  const CheckReport report = check(framework(), rate);
  const Finding& f = only(report, "JX-C201");
  CHECK(f.trace == "80/100");
  CHECK(f.consequences == std::vector<std::string>{"偏差 -2.00%（按事实应为 0.00%）"});
  CHECK(report.findings.size() == 1);
}

TEST_CASE("check JX-C301 and JX-C302: a printed 得分 against its rule and its 分值") {
  Evaluation e = consistent();
  reprint(e, PrintedQuantity::score, "1.2", 14.00_dec);  // in the band of 部分达成, not 15
  reprint(e, PrintedQuantity::score, "1", 34.00_dec);
  reprint(e, PrintedQuantity::total, "", 79.00_dec);
  const CheckReport report = check(framework(), e);
  CHECK(only(report, "JX-C301").expected == "15.00");
  Evaluation over = consistent();
  reprint(over, PrintedQuantity::score, "1.1", 21.00_dec);
  const CheckReport too_high = check(framework(), over);
  CHECK(only(too_high, "JX-C302").expected == "[0, 20.00]");
  CHECK(only(too_high, "JX-C602").expected == "[16.00, 20.00]");
}

TEST_CASE("check JX-C401: a printed count is not the count of the table") {
  Evaluation e = consistent();
  reprint(e, PrintedQuantity::full_marks_count, "1", 2);
  const CheckReport report = check(framework(), e);
  // The category's count, and the total count printed as 2 while the printed categories'
  // add up to 2 + 1 = 3: two disagreements of the report.
  CHECK(ids(report) == std::vector<std::string>{"JX-C401", "JX-C401"});
  CHECK(report.findings[0].subject == "满分指标数");
  CHECK(report.findings[0].expected == "3");
  CHECK(report.findings[0].trace == "2+1=3");
  CHECK(report.findings[1].subject == "1 决策 满分指标数");
  CHECK(report.findings[1].expected == "1");
}

TEST_CASE("check JX-C501 and JX-C502: the printed grade against the bands") {
  Evaluation e = consistent();
  e.printed.back() = grade("优");
  CHECK(only(check(framework(), e), "JX-C501").expected == "良");
  Evaluation no_total = consistent();
  no_total.printed.back() = grade("优");
  no_total.printed.erase(no_total.printed.begin() + 6);  // 总分 not printed
  CHECK(only(check(framework(), no_total), "JX-C502").expected == "良");
}

TEST_CASE("check JX-C601: a target met by its comparator but scored below full marks") {
  const CheckReport report =
      check(framework(Target::percent(Comparator::at_most, 1)), consistent());
  const Finding& f = only(report, "JX-C601");
  CHECK(f.severity == Severity::warning);
  CHECK(f.subject == "2.1 执行率");
  CHECK(!report.passes(Severity::warning));
  CHECK(report.passes(Severity::error));
}

TEST_CASE("check JX-C701: the same quantity printed twice with different values") {
  Evaluation e = consistent();
  e.printed[25].value = 11;
  const CheckReport report = check(framework(), e);
  CHECK(only(report, "JX-C701").printed == "10；11");
  Evaluation budget = consistent();
  reprint(budget, PrintedQuantity::budget_spent, "", 81.00_dec);
  CHECK(only(check(framework(), budget), "JX-C701").expected == "80.00");
}

TEST_CASE("check JX-C801: a difference of rounding only is a note, not an error") {
  Evaluation e = consistent();
  e.printed.push_back(ratio(2, 3, 0.6666_dec));  // truncated; half up gives 66.67%
  const CheckReport report = check(framework(), e);
  const Finding& f = only(report, "JX-C801");
  CHECK(f.severity == Severity::note);
  CHECK(f.printed == "66.66%");
  CHECK(f.expected == "66.67%");
  CHECK(report.passes(Severity::warning));
  Evaluation far = consistent();
  far.printed.push_back(ratio(2, 3, 0.6665_dec));  // two units off: a real error
  CHECK(only(check(framework(), far), "JX-C201").severity == Severity::error);
}

TEST_CASE("check: findings come in the order of the printed numbers, and runs agree") {
  Evaluation e = consistent();
  reprint(e, PrintedQuantity::execution_rate, "", 0.8200_dec);  // position 17
  reprint(e, PrintedQuantity::deviation, "", -0.0200_dec);
  reprint(e, PrintedQuantity::score, "1.2", 14.00_dec);  // position 1
  e.printed.back() = grade("优");                        // last
  const CheckReport first = check(framework(), e);
  // 1.2 printed 14 also breaks the printed 决策 35 (20 + 14 = 34): JX-C101 at position 4.
  CHECK(ids(first) == std::vector<std::string>{"JX-C301", "JX-C101", "JX-C201", "JX-C501"});
  const CheckReport second = check(framework(), e);
  REQUIRE(second.findings.size() == first.findings.size());
  for (std::size_t i = 0; i < first.findings.size(); ++i) {
    CHECK(second.findings[i].message_zh == first.findings[i].message_zh);
  }
}

TEST_CASE("check JX-C602: a printed qualitative 得分 outside the band of its level") {
  Evaluation e = consistent();
  reprint(e, PrintedQuantity::score, "1.2", 17.00_dec);  // 部分达成 of 20: [12, 16)
  reprint(e, PrintedQuantity::score, "1", 37.00_dec);
  reprint(e, PrintedQuantity::total, "", 82.00_dec);
  const CheckReport report = check(framework(), e);
  const Finding& f = only(report, "JX-C602");
  CHECK(f.expected == "[12.00, 16.00)");
  CHECK(f.trace == "等级=部分达成");
  CHECK(report.findings.front().id == "JX-C602");  // not also JX-C301: one finding
}

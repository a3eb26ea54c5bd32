// How check() judges a printed number (docs/checks.md, "The agreement rule"): at the
// precision the rules give, never at a coarser one the report chose; what cannot be compared
// is a note; grades meet frameworks of any total.
#include <jixiao/agreement.hpp>
#include <jixiao/check.hpp>
#include <jixiao/prepared_framework.hpp>
#include <jixiao/rules.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

PrintedNumber number(PrintedQuantity what, const Decimal& value, std::string indicator = "") {
  PrintedNumber p;
  p.what = what;
  p.value = value;
  p.indicator = std::move(indicator);
  return p;
}

PrintedNumber grade(std::string label) {
  PrintedNumber p;
  p.what = PrintedQuantity::grade;
  p.text = std::move(label);
  return p;
}

// 预算执行率 × 10 (2.1), and the rest as one evaluator's score out of 90 (1.1).
Framework budget_framework() {
  Framework f;
  f.root = group("", "项目", 100,
                 {group("1", "其他", 90,
                        {leaf("1.1", "其余指标", 90, IndicatorKind::qualitative, Target{},
                              rules::ManualScore())}),
                  group("2", "预算执行", 10,
                        {leaf("2.1", "预算执行率", 10, IndicatorKind::quantitative, Target{},
                              rules::RatioTimesWeight(Quantity::ratio("支出", "到位")))})});
  return f;
}

// 执行率 86.2% gives 8.62 of 10; the rest scores `rest`.
Evaluation budget_evaluation(const Decimal& rest) {
  Evaluation e;
  e.facts = {{"1.1", {{"得分", rest}, {"评分理由", "按评分标准"}}},
             {"2.1", {{"支出", 862}, {"到位", 1000}}}};
  return e;
}

const Finding* find(const CheckReport& report, const std::string& id) {
  const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                  [&](const Finding& f) { return f.id == id; });
  return found == report.findings.end() ? nullptr : &*found;
}

std::vector<std::string> ids(const CheckReport& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) out.push_back(f.id);
  return out;
}

}  // namespace

TEST_CASE("agreement: at the rules' places, finer if printed finer, never coarser") {
  const Ratio rate(693.68_dec, 1994_dec);
  CHECK(agreement(8.62_dec, Ratio(8.62_dec), 2) == Agreement::same);
  CHECK(agreement(9_dec, Ratio(9_dec), 2) == Agreement::same);  // trailing zeros carry nothing
  CHECK(agreement(9.00_dec, Ratio(9_dec), 2) == Agreement::same);
  CHECK(agreement(0.3479_dec, rate, 4) == Agreement::same);        // 34.79%
  CHECK(agreement(0.347884_dec, rate, 4) == Agreement::same);      // printed finer: compared finer
  CHECK(agreement(0.347883_dec, rate, 4) == Agreement::rounding);  // truncated in the 6th place
  // Printed with fewer places than the rules give: right at those, but not "same".
  CHECK(agreement(9_dec, Ratio(8.62_dec), 2) == Agreement::less_precise);
  CHECK(agreement(0_dec, Ratio(0.3_dec), 2) == Agreement::less_precise);
  CHECK(agreement(0.35_dec, rate, 4) == Agreement::less_precise);  // "35%"
  CHECK(agreement(90_dec, Ratio(89.974_dec), 3) == Agreement::less_precise);
  CHECK(agreement(0_dec, Ratio(89.974_dec), 3) == Agreement::different);
  CHECK(agreement(8_dec, Ratio(8.62_dec), 2) == Agreement::different);  // not even rounded
  CHECK(agreement(4.53_dec, Ratio(4.5241_dec), 2) == Agreement::rounding);
  CHECK(agreement(4.60_dec, Ratio(4.52_dec), 2) == Agreement::different);
}

TEST_CASE("a 得分 printed 9 where the rule gives 8.62 is JX-C802, not a pass") {
  Evaluation e = budget_evaluation(70);  // 78.62, 中 either way
  e.printed = {number(PrintedQuantity::score, 9_dec, "2.1")};
  const CheckReport report = check(budget_framework(), e);
  REQUIRE(ids(report) == std::vector<std::string>{"JX-C802"});
  const Finding& f = report.findings[0];
  CHECK(f.severity == Severity::warning);  // the grade does not move
  CHECK(f.printed == "9");
  CHECK(f.expected == "8.62");  // at the rules' precision, not the printed one
  CHECK(f.indicator == "2.1");
  CHECK(f.message_en.find("printed less precisely than the rules: 9 for 8.62, 0.38 points") !=
        std::string::npos);
  CHECK(f.message_zh.find("相差 0.38 分") != std::string::npos);
}

TEST_CASE("JX-C802 is an error when the coarser number moves the grade") {
  Evaluation e = budget_evaluation(81);  // 89.62 良; with 9 printed, 90.00 优
  e.printed = {number(PrintedQuantity::score, 9_dec, "2.1")};
  const CheckReport report = check(budget_framework(), e);
  const Finding* f = find(report, "JX-C802");
  REQUIRE(f);
  CHECK(f->severity == Severity::error);
  CHECK(f->message_zh.find("按报告数值等级为 优，按规则为 良") != std::string::npos);
}

TEST_CASE("a printed 0 for 0.30 is less precise, not right") {
  Framework f;
  f.root = group("", "项目", 100,
                 {group("1", "甲", 100,
                        {leaf("1.1", "小项", 1, IndicatorKind::quantitative, Target{},
                              rules::RatioTimesWeight(Quantity::ratio("支出", "到位"))),
                         leaf("1.2", "其余", 99, IndicatorKind::qualitative, Target{},
                              rules::ManualScore())})});
  Evaluation e;
  e.facts = {{"1.1", {{"支出", 3}, {"到位", 10}}}, {"1.2", {{"得分", 80}, {"评分理由", "按标准"}}}};
  e.printed = {number(PrintedQuantity::score, 0_dec, "1.1")};
  const CheckReport report = check(f, e);
  REQUIRE(ids(report) == std::vector<std::string>{"JX-C802"});
  CHECK(report.findings[0].expected == "0.30");
}

TEST_CASE("an amount is exact: the expected value is the breakdown's, every digit") {
  Evaluation e = budget_evaluation(70);
  Budget b;
  b.adjusted = 89.974_dec;
  b.received = 1000;
  b.spent = 862;
  e.budget = b;
  e.printed = {number(PrintedQuantity::budget_adjusted, 0_dec)};
  CheckReport report = check(budget_framework(), e);
  REQUIRE(ids(report) == std::vector<std::string>{"JX-C701"});
  CHECK(report.findings[0].expected == "89.974");  // not "90"
  e.printed = {number(PrintedQuantity::budget_adjusted, 90_dec)};
  report = check(budget_framework(), e);
  REQUIRE(ids(report) == std::vector<std::string>{"JX-C802"});
  CHECK(report.findings[0].expected == "89.974");
}

TEST_CASE("an undefined rate is a note, never 0% and never silence") {
  Evaluation e = budget_evaluation(70);
  Budget b;
  b.adjusted = 0;
  b.received = 0;
  b.spent = 0;
  e.budget = b;
  e.facts["2.1"] = LeafFacts{{"支出", 0}, {"到位", 1}};
  PrintedNumber zero_over_zero = number(PrintedQuantity::ratio, 0.0000_dec);
  zero_over_zero.numerator = 0;
  zero_over_zero.denominator = 0;
  e.printed = {number(PrintedQuantity::arrival_rate, 0.0000_dec),
               number(PrintedQuantity::execution_rate, 0.0000_dec), zero_over_zero};
  const CheckReport report = check(budget_framework(), e);
  REQUIRE(ids(report) == std::vector<std::string>{"JX-C202", "JX-C202", "JX-C202"});
  for (const Finding& f : report.findings) {
    CHECK(f.severity == Severity::note);
    CHECK(f.trace == "0/0");
    CHECK(f.message_en.find("the rate is undefined (0/0)") != std::string::npos);
  }
  CHECK(report.passes(Severity::warning));
}

TEST_CASE("a printed number with nothing to compare it with is a note (JX-C203)") {
  Evaluation e = budget_evaluation(70);  // no budget block
  e.printed = {number(PrintedQuantity::execution_rate, 0.8620_dec),
               number(PrintedQuantity::budget_spent, 862_dec)};
  const CheckReport report = check(budget_framework(), e);
  CHECK(ids(report) == std::vector<std::string>{"JX-C203", "JX-C203"});
  CHECK(report.findings[0].message_en.find("the facts give no budget") != std::string::npos);
}

TEST_CASE("a printed 实际完成值 is compared with the fact it restates") {
  Framework f;
  f.root = group("", "项目", 100,
                 {group("1", "产出", 100,
                        {leaf("1.1", "培训人数", 100, IndicatorKind::quantitative,
                              Target::quantitative(Comparator::at_least, 100, "人"),
                              rules::TargetAttainment())})});
  Evaluation e;
  e.facts = {{"1.1", {{"实际完成值", 120}}}};
  e.printed = {number(PrintedQuantity::actual, 120, "1.1")};
  CHECK(check(f, e).findings.empty());
  e.printed = {number(PrintedQuantity::actual, 102, "1.1")};
  const CheckReport report = check(f, e);
  REQUIRE(ids(report) == std::vector<std::string>{"JX-C701"});
  CHECK(report.findings[0].expected == "120");
}

TEST_CASE("a framework out of 10 is graded by its score rate: 10.00 of 10 is 优") {
  Framework f;
  f.declared_total = 10;
  f.root = group("", "项目", 10,
                 {group("1", "甲", 10,
                        {leaf("1.1", "一", 5, IndicatorKind::qualitative, Target{},
                              rules::ManualScore()),
                         leaf("1.2", "二", 5, IndicatorKind::qualitative, Target{},
                              rules::ManualScore())})});
  CHECK(validate(f).empty());
  Evaluation e;
  e.facts = {{"1.1", {{"得分", 5}, {"评分理由", "好"}}}, {"1.2", {{"得分", 5}, {"评分理由", "好"}}}};
  CHECK(evaluate(f, e).rating.label == "优");  // 100%
  e.facts["1.2"].set("得分", 3.5_dec);
  CHECK(evaluate(f, e).rating.label == "良");  // 8.5 of 10 = 85 of 100
  e.facts["1.1"].set("得分", 0);
  e.facts["1.2"].set("得分", 0);
  CHECK(evaluate(f, e).rating.label == "差");  // 0 of 10, the lower end
  e.facts["1.1"].set("得分", 4);
  e.facts["1.2"].set("得分", 5);
  // A printed 优 for 9.00 of 10 agrees with the grade; 良 is JX-C501.
  e.printed = {number(PrintedQuantity::total, 9.00_dec), grade("优")};
  CHECK(check(f, e).findings.empty());
  e.printed = {number(PrintedQuantity::total, 9.00_dec), grade("良")};
  CHECK(ids(check(f, e)) == std::vector<std::string>{"JX-C501"});
  // Batch scoring grades the same way.
  const PreparedFramework prepared(f);
  InputRow row = prepared.make_row();
  RowScore result = prepared.make_result();
  prepared.fill(e.facts, row);
  prepared.score(row, result);
  CHECK(result.total == 9_dec);
  REQUIRE(result.grade);
  CHECK(result.grade->label == "优");
}

TEST_CASE("a grade scale knows the total it is written on") {
  CHECK(GradeScale::finance_ministry_2020().out_of() == 100);
  const GradeScale ten("十分制", {{"好", Interval::closed(6, 10)}, {"差", Interval::closed_open(0, 6)}});
  CHECK(ten.out_of() == 10);  // its highest bound
  CHECK(ten.grade(6, 10).label == "好");
  CHECK(ten.grade(60, 100).label == "好");  // a framework of 100 on a scale of 10: 60%
  const GradeScale open("开放", {{"好", Interval::at_least(60)}, {"差", Interval::below(60)}});
  CHECK(open.out_of() == 100);
  const GradeScale declared("声明", {{"好", Interval::at_least(6)}, {"差", Interval::below(6)}}, 10);
  CHECK(declared.out_of() == 10);
  CHECK(declared.grade(50, 100).label == "差");
  // A scale that leaves its own total ungraded is refused by validate().
  Framework f;
  f.grades = GradeScale("缺顶", {{"好", Interval::closed_open(60, 100)},
                                 {"差", Interval::closed_open(0, 60)}},
                        100);
  f.root = group("", "项目", 100,
                 {group("1", "甲", 100,
                        {leaf("1.1", "一", 100, IndicatorKind::qualitative, Target{},
                              rules::ManualScore())})});
  const std::vector<Problem> problems = validate(f);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == ErrorCode::invalid_grade_scale);
  CHECK(problems[0].message == "grade scale 缺顶: some totals in [0, 100] get no grade");
}

TEST_CASE("a finding about a 一级 leaf names its indicator") {
  Framework f;
  f.root = group("", "项目", 100,
                 {leaf("1", "决策", 50, IndicatorKind::qualitative, Target{}, rules::ManualScore()),
                  leaf("2", "产出", 50, IndicatorKind::qualitative, Target{}, rules::ManualScore())});
  Evaluation e;
  e.facts = {{"1", {{"得分", 40}, {"评分理由", "按标准"}}}, {"2", {{"得分", 45}, {"评分理由", "按标准"}}}};
  e.printed = {number(PrintedQuantity::score, 41.00_dec, "1")};
  const CheckReport report = check(f, e);
  REQUIRE(ids(report) == std::vector<std::string>{"JX-C301"});
  CHECK(report.findings[0].indicator == "1");
}

TEST_CASE("the judgement stays silent on consistent numbers printed at the rules' precision") {
  Evaluation e = budget_evaluation(70);
  Budget b;
  b.adjusted = 1000;
  b.received = 1000;
  b.spent = 862;
  e.budget = b;
  e.printed = {number(PrintedQuantity::score, 8.62_dec, "2.1"),
               number(PrintedQuantity::score, 70_dec, "1.1"),
               number(PrintedQuantity::total, 78.62_dec),
               number(PrintedQuantity::execution_rate, 0.8620_dec),
               number(PrintedQuantity::arrival_rate, 1_dec),  // "100%"
               number(PrintedQuantity::budget_spent, 862.00_dec), grade("中")};
  CHECK(check(budget_framework(), e).findings.empty());
}

// check() on published score tables (评分表): every printed 得分 and the 合计 are compared; a
// score the evaluator wrote is held against the row's own target (JX-C603, JX-C604, JX-C605,
// JX-C802); percentages are read by the column's unit or a declared convention.
#include <jixiao/check.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/score_table.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

const std::string header = "一级指标,二级指标,三级指标,分值,指标值,实际完成值,得分,评分依据\n";

// `rows` (summing to 90 points) and a 10-point row scored in full, so that the table is out
// of 100.
std::string table_of(const std::string& rows, const std::string& columns = header) {
  return columns + rows + "满意度,满意度,服务对象满意度,10,,,10,问卷\n";
}

io::EvaluationFile read(const std::string& text,
                        PercentNumbers convention = PercentNumbers::refuse) {
  io::ScoreTableOptions options;
  options.percent_numbers = convention;
  return io::parse_score_table(text, "t.csv", options);
}

CheckReport check_table(const std::string& text) {
  const io::EvaluationFile file = read(text);
  return check(file.framework, file.evaluation);
}

std::vector<std::string> ids(const CheckReport& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) out.push_back(f.id);
  return out;
}

const Finding& only(const CheckReport& report, const std::string& id) {
  REQUIRE(ids(report) == std::vector<std::string>{id});
  return report.findings.front();
}

}  // namespace

TEST_CASE("a bare 实际完成值 98 under the target ≥95% is refused at its cell") {
  const std::string text = table_of("产出,质量,合格率,90,≥95%,98,,\n");
  try {
    (void)read(text);
    FAIL("accepted");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::bare_percentage);
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 19);  // the 实际完成值 cell
    CHECK(e.where().path == "实际完成值");
    CHECK(std::string(e.what()).find("write 98%") != std::string::npos);
  }
  // Declared by the column's header, or by the reader's option, it reads as 98%.
  const io::EvaluationFile by_header = read(table_of(
      "产出,质量,合格率,90,≥95%,98,,\n",
      "一级指标,二级指标,三级指标,分值,指标值,实际完成值（%）,得分,评分依据\n"));
  CHECK(evaluate(by_header.framework, by_header.evaluation).find("1.1.1")->score == 90);
  const io::EvaluationFile by_option = read(text, PercentNumbers::percent);
  CHECK(evaluate(by_option.framework, by_option.evaluation).find("1.1.1")->score == 90);
  const io::EvaluationFile fraction =
      read(table_of("产出,质量,合格率,90,≥95%,0.9,,\n"), PercentNumbers::fraction);
  CHECK(evaluate(fraction.framework, fraction.evaluation).find("1.1.1")->score == 85.26_dec);
}

TEST_CASE("a percentage under a target without a unit is refused at the target") {
  try {
    (void)read(table_of("产出,质量,合格率,90,≥95,98%,,\n"));
    FAIL("accepted");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::bare_percentage);
    CHECK(e.where().path == "指标值");
    CHECK(std::string(e.what()).find("write the target in percent (≥95%)") != std::string::npos);
  }
}

TEST_CASE("a table's printed 得分 and 合计 are compared, not skipped") {
  // 合格率 has no 得分: the rule computes 90; the table's 合计 says 95.
  const CheckReport total = check_table(table_of(
      "产出,质量,合格率,90,≥95%,95%,,\n"
      "合计,,,100,,,95,\n"));
  CHECK(only(total, "JX-C103").printed == "95");
  // A 规则 column computes the row; the printed 得分 must agree with it.
  const std::string rule_columns =
      "一级指标,二级指标,三级指标,分值,指标值,实际完成值,得分,评分依据,规则\n";
  const CheckReport rule = check_table(table_of(
      "产出,质量,合格率,90,≥95%,90%,80,,\"{\"\"kind\"\": \"\"target_attainment\"\", "
      "\"\"actual\"\": {\"\"percent\"\": \"\"实际完成值\"\"}}\"\n",
      rule_columns));
  const Finding& f = only(rule, "JX-C301");
  CHECK(f.printed == "80");
  CHECK(f.expected == "85.26");
}

TEST_CASE("full marks for a missed target: 4604 against ≥4754, 5830 against ≤5300 (JX-C604)") {
  const CheckReport report = check_table(table_of(
      "产出,数量,培训人数,45,≥4754人,4604人,45,\n"
      "产出,成本,人均成本,45,≤5300元,5830元,45,\n"));
  REQUIRE(ids(report) == std::vector<std::string>{"JX-C604", "JX-C604"});
  CHECK(report.findings[0].severity == Severity::warning);
  CHECK(report.findings[0].indicator == "1.1.1");
  CHECK(report.findings[0].expected == "43.58");  // 4604 / 4754 × 45
  CHECK(report.findings[1].expected == "40.91");  // 5300 / 5830 × 45
  CHECK(report.findings[0].message_zh.find("未达到指标值≥4754人，却得满分") != std::string::npos);
}

TEST_CASE("points deducted although the target was met exactly (JX-C603)") {
  const CheckReport report = check_table(table_of("产出,质量,验收合格率,90,≥100%,100%,85,\n"));
  const Finding& f = only(report, "JX-C603");
  CHECK(f.severity == Severity::warning);  // no reason written
  CHECK(f.expected == "90.00");
  CHECK(f.message_en.find("and no reason is given") != std::string::npos);
  // With a written reason it is a note: the evaluator's judgement, stated.
  const CheckReport reasoned =
      check_table(table_of("产出,质量,验收合格率,90,≥100%,100%,85,部分批次返工\n"));
  CHECK(only(reasoned, "JX-C603").severity == Severity::note);
}

TEST_CASE("20 × 98% given where the target 98% was met is named as such") {
  const CheckReport report = check_table(table_of(
      "产出,质量,达标率,20,≥98%,98%,19.6,\n"
      "产出,数量,其他,70,,,70,\n"));
  const Finding& f = only(report, "JX-C603");
  CHECK(f.message_zh.find("得分按 20.00×98% 计算") != std::string::npos);
}

TEST_CASE("a budget score printed 9 where 执行率 × 10 is 8.62 (JX-C802)") {
  const CheckReport report = check_table(table_of(
      "预算执行率,,,10,100%,86.2%,9,\n"
      "产出,数量,其他,80,,,80,\n",
      header));
  // "100%" has no comparator: it is no numeric target, so the row is only the evaluator's.
  CHECK(report.findings.empty());
  const CheckReport ruled = check_table(table_of(
      "预算执行率,,,10,≥100%,86.2%,9,\n"
      "产出,数量,其他,80,,,80,\n"));
  const Finding& f = only(ruled, "JX-C802");
  CHECK(f.printed == "9");
  CHECK(f.expected == "8.62");
}

TEST_CASE("scores that fall as completion rises across rows scored alike (JX-C605)") {
  const CheckReport report = check_table(table_of(
      "产出,数量,甲项完成率,30,≥100%,90%,27,\n"
      "产出,数量,乙项完成率,30,≥100%,95%,25,\n"
      "产出,数量,丙项完成率,30,≥100%,80%,24,\n"));
  const Finding& f = only(report, "JX-C605");
  CHECK(f.indicator == "1.1.2");  // 95% scored 25, below 90%'s 27
  CHECK(f.severity == Severity::warning);
}

TEST_CASE("a consistent table checks clean") {
  const CheckReport report = check_table(table_of(
      "产出,数量,培训人数,30,≥4754人,4800人,30,\n"
      "产出,数量,甲项完成率,30,≥100%,90%,27,按完成比例\n"
      "产出,成本,人均成本,30,≤5300元,5000元,30,\n"
      "合计,,,100,,,97,\n"));
  CHECK(report.findings.empty());
}

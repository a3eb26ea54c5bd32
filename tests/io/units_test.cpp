// Units in files (docs/checks.md, "Units"): a bare number where a percentage is expected is
// read by a declared convention or refused with 713 at its place, never guessed; percent
// words and comparators as real tables print them; bands in either order, shown as written.
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/jixiao.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// One leaf 1.1 of 100 points, with `target`, `rule` and `facts`; `convention` is inserted
// into the framework as written (e.g. `"percent_numbers": "percent",`).
std::string evaluation(const std::string& target, const std::string& rule,
                       const std::string& facts, const std::string& convention = "") {
  return R"j({"format": "jixiao.evaluation/1", "title": "t",
"framework": {"format": "jixiao.framework/1", "name": "f", )j" +
         convention + R"j(
"indicators": [{"code": "1", "name": "产出", "points": 100, "children": [
{"code": "1.1", "name": "完成率", "points": 100, "kind": "定量", "target": ")j" +
         target + R"j(",
"rule": )j" + rule + R"j(}]}]},
"facts": {"1.1": )j" + facts + "}}";
}

io::EvaluationFile read(const std::string& text) { return io::parse_evaluation(text, "e.json"); }

struct Failure {
  ErrorCode code{};
  io::SourceLocation where;
  std::string message;
};

Failure failure_of(const std::string& text) {
  try {
    (void)read(text);
  } catch (const io::InputError& e) {
    return {e.code(), e.where(), e.what()};
  }
  FAIL("the file was accepted");
  return {};
}

Decimal score_of(const std::string& text) {
  const io::EvaluationFile file = read(text);
  return evaluate(file.framework, file.evaluation).find("1.1")->score;
}

const std::string percent_actual =
    R"j({"kind": "target_attainment", "actual": {"percent": "实际完成值"}})j";
const std::string plain_actual = R"j({"kind": "target_attainment", "actual": "实际完成值"})j";

}  // namespace

TEST_CASE("a bare 85 where a percentage is expected is refused, located, saying how to write it") {
  const Failure f = failure_of(evaluation("≥95%", percent_actual, R"j({"实际完成值": 85})j"));
  CHECK(f.code == ErrorCode::bare_percentage);
  CHECK(f.where.path == "/facts/1.1/实际完成值");
  CHECK(f.where.line == 6);
  CHECK(f.message.find(R"j(1.1 实际完成值 85 is a bare number where a percentage is expected: write "85%")j") !=
        std::string::npos);
  // The same number written as a percentage, or under a declared convention, reads as 85%.
  const Decimal expected = 89.47_dec;  // 85% / 95% × 100
  CHECK(score_of(evaluation("≥95%", percent_actual, R"j({"实际完成值": "85%"})j")) == expected);
  CHECK(score_of(evaluation("≥95%", percent_actual, R"j({"实际完成值": "85％"})j")) == expected);
  CHECK(score_of(evaluation("≥95%", percent_actual, R"j({"实际完成值": 85})j",
                            R"j("percent_numbers": "percent",)j")) == expected);
  CHECK(score_of(evaluation("≥95%", percent_actual, R"j({"实际完成值": 0.85})j",
                            R"j("percent_numbers": "fraction",)j")) == expected);
  // 0 is 0% under any convention.
  CHECK(score_of(evaluation("≥95%", percent_actual, R"j({"实际完成值": 0})j")) == 0);
}

TEST_CASE("an unknown convention is refused") {
  const Failure f = failure_of(evaluation("≥95%", percent_actual, R"j({"实际完成值": "85%"})j",
                                          R"j("percent_numbers": "guess",)j"));
  CHECK(f.code == ErrorCode::invalid_value);
  CHECK(f.where.path == "/framework/percent_numbers");
}

TEST_CASE("target ≥95% with a plain actual 90 is not met: 90 is refused, 90% scores 94.74") {
  CHECK(failure_of(evaluation("≥95%", plain_actual, R"j({"实际完成值": 90})j")).code ==
        ErrorCode::bare_percentage);
  CHECK(score_of(evaluation("≥95%", plain_actual, R"j({"实际完成值": "90%"})j")) == 94.74_dec);
}

TEST_CASE("a deduction's threshold on a percentage is a percentage: 100 is refused") {
  const std::string bare = R"j({"kind": "deduction", "value": {"percent": "控制率"},
"excess": "above", "threshold": 100, "step": "1%", "per_step": 1})j";
  const Failure f = failure_of(evaluation("≤100%", bare, R"j({"控制率": "101.4%"})j"));
  CHECK(f.code == ErrorCode::bare_percentage);
  CHECK(f.where.path == "/framework/indicators/0/children/0/rule/threshold");
  const std::string written = R"j({"kind": "deduction", "value": {"percent": "控制率"},
"excess": "above", "threshold": "100%", "step": "1%", "per_step": 1})j";
  const Decimal deducted = score_of(evaluation("≤100%", written, R"j({"控制率": "101.4%"})j"));
  CHECK(deducted < 100);  // something is deducted at last
  CHECK(score_of(evaluation("≤100%", bare, R"j({"控制率": "101.4%"})j",
                            R"j("percent_numbers": "percent",)j")) == deducted);
}

TEST_CASE("a survey's threshold and a step rule's bounds are percentages too") {
  const Failure survey = failure_of(evaluation(
      "≥90%", R"j({"kind": "survey_satisfaction", "rate": "满意/总数", "threshold": 0.9})j",
      R"j({"满意": 19, "总数": 20})j"));
  CHECK(survey.code == ErrorCode::bare_percentage);
  const Failure bands = failure_of(evaluation(
      "≥90%", R"j({"kind": "step_bands", "value": {"percent": "比率"}, "bands": [
{"range": "[90, +∞)", "points": 100}, {"range": "<90", "points": 0}]})j",
      R"j({"比率": "95%"})j"));
  CHECK(bands.code == ErrorCode::bare_percentage);
  CHECK(bands.where.path == "/framework/indicators/0/children/0/rule/bands/0/range");
}

TEST_CASE("百分比, 个百分点 and ％ are percent words; ≧ ＞＝ 不低于 are comparators") {
  // "≥100百分比" as a real table prints it: 100%, so "100%" meets it and scores full marks.
  CHECK(score_of(evaluation("≥100百分比", plain_actual, R"j({"实际完成值": "100%"})j")) == 100);
  for (const std::string target :
       {"≧95%", "＞＝95%", "不低于95%", "≥95 %", "≥95％", "≥95个百分点", ">=95%"}) {
    CAPTURE(target);
    const io::EvaluationFile file = read(evaluation(target, percent_actual, R"j({"实际完成值": "95%"})j"));
    const Target& t = file.framework.root.find("1.1")->target;
    CHECK(t.comparator() == Comparator::at_least);
    CHECK(t.unit() == "%");
    CHECK(*t.value() == 0.95_dec);
  }
  const io::EvaluationFile ceiling =
      read(evaluation("≦5300元", plain_actual, R"j({"实际完成值": 5000})j"));
  CHECK(ceiling.framework.root.find("1.1")->target.comparator() == Comparator::at_most);
  CHECK(ceiling.framework.root.find("1.1")->target.unit() == "元");
}

TEST_CASE("validate refuses a percent actual held against a target without a percent sign") {
  const io::EvaluationFile file = read(evaluation("≥95", percent_actual, R"j({"实际完成值": "96%"})j"));
  const std::vector<Problem> problems = validate(file.framework);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == ErrorCode::invalid_rule);
  CHECK(problems[0].message.find("write the target in percent (e.g. \"≥95%\")") !=
        std::string::npos);
}

TEST_CASE("step bands copied highest first are accepted; problems count as paths do") {
  const std::string highest_first = R"j({"kind": "step_bands", "value": {"percent": "比率"}, "bands": [
{"range": "≥90%", "points": 100}, {"range": "[80%, 90%)", "points": 80}, {"range": "<80%", "points": 0}]})j";
  const io::EvaluationFile file = read(evaluation("≥90%", highest_first, R"j({"比率": "85%"})j"));
  CHECK(validate(file.framework).empty());
  CHECK(evaluate(file.framework, file.evaluation).find("1.1")->score == 80);
  // Overlapping bands are named by their JSON index, with the bounds as written.
  const std::string overlapping = R"j({"kind": "step_bands", "value": {"percent": "比率"}, "bands": [
{"range": "[85%, 95%)", "points": 100}, {"range": "[80%, 90%)", "points": 80}]})j";
  const io::EvaluationFile bad = read(evaluation("≥90%", overlapping, R"j({"比率": "85%"})j"));
  const std::vector<Problem> problems = validate(bad.framework);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "1.1 完成率: bands 1 [80%, 90%) and 0 [85%, 95%) overlap");
}

TEST_CASE("full-width brackets and commas in bands read as their ASCII forms") {
  const std::string wide = R"j({"kind": "step_bands", "value": {"percent": "比率"}, "bands": [
{"range": "［90%，100%］", "points": 100}, {"range": "（-∞，90%）", "points": 0}]})j";
  const io::EvaluationFile file = read(evaluation("≥90%", wide, R"j({"比率": "90%"})j"));
  CHECK(validate(file.framework).empty());
  CHECK(evaluate(file.framework, file.evaluation).find("1.1")->score == 100);
}

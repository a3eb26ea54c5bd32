// Reading score tables (评分表) from CSV: RFC 4180 details, the layouts spreadsheets export
// (merged cells as blanks, title rows, 合计 rows), rule inference, and located errors.
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/score_table.hpp>
#include <jixiao/rules/manual_score.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

io::EvaluationFile table(const std::string& text) { return io::parse_score_table(text, "t.csv"); }

struct Failure {
  ErrorCode code{};
  io::SourceLocation where;
  std::string message;
};

Failure failure_of(const std::string& text) {
  try {
    (void)table(text);
  } catch (const io::InputError& e) {
    return {e.code(), e.where(), e.what()};
  }
  FAIL("the table was accepted");
  return {};
}

const Indicator& at(const io::EvaluationFile& file, const std::string& code) {
  const Indicator* node = file.framework.root.find(code);
  REQUIRE(node != nullptr);
  return *node;
}

}  // namespace

TEST_CASE("the seed as a CSV score table scores exactly as the seed evaluation file") {
  const io::EvaluationFile csv = io::read_score_table(JIXIAO_EXAMPLES_DIR "/data/changji-2023.csv");
  const io::EvaluationFile json =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  const Scorecard from_csv = evaluate(csv.framework, csv.evaluation);
  const Scorecard from_json = evaluate(json.framework, json.evaluation);
  REQUIRE(from_csv.nodes.size() == from_json.nodes.size());
  for (std::size_t i = 1; i < from_json.nodes.size(); ++i) {  // the root is named differently
    CAPTURE(from_json.nodes[i].code);
    CHECK(from_csv.nodes[i].code == from_json.nodes[i].code);
    CHECK(from_csv.nodes[i].name == from_json.nodes[i].name);
    CHECK(from_csv.nodes[i].points == from_json.nodes[i].points);
    CHECK(from_csv.nodes[i].score == from_json.nodes[i].score);
    CHECK(from_csv.nodes[i].kind == from_json.nodes[i].kind);
    CHECK(from_csv.nodes[i].target == from_json.nodes[i].target);
  }
  CHECK(from_csv.total == 88.26_dec);
  CHECK(from_csv.rating.label == "良");
  CHECK(csv.evaluation.title == "昌吉州党委组织部机关运行补助项目2023年度绩效评价评分表");
}

TEST_CASE("RFC 4180: quotes, doubled quotes, commas and line breaks in fields, CRLF, BOM") {
  const io::EvaluationFile file = table(
      "\xEF\xBB\xBF一级指标,三级指标,分值,得分,评分依据\r\n"
      "\"产出\",\"数量, 质量\",60,60,\"他说\"\"好\"\"\r\n第二行\"\r\n"
      "效益,满意度,40,30,\r"
      "\"\",\"\",,,\n");
  CHECK(at(file, "1.1").name == "数量, 质量");
  CHECK(*file.evaluation.facts.find("1.1")->find("评分理由")->text() == "他说\"好\"\r\n第二行");
  CHECK(at(file, "2.1").name == "满意度");
  CHECK(evaluate(file.framework, file.evaluation).total == 90_dec);
}

TEST_CASE("merged cells export as blanks: they continue the row above") {
  const io::EvaluationFile file = table(
      "一级指标,二级指标,三级指标,分值,指标值,实际完成值\n"
      "产出,数量,甲,30,≥10个,10\n"
      ",,乙,20,≥10个,5\n"
      ",质量,丙,50,=100%,100%\n");
  CHECK(at(file, "1").points == 100_dec);
  CHECK(at(file, "1.1").points == 50_dec);
  CHECK(at(file, "1.1.2").name == "乙");
  CHECK(at(file, "1.2.1").name == "丙");
  const Scorecard card = evaluate(file.framework, file.evaluation);
  CHECK(card.find("1.1.2")->score == 10_dec);  // 5 of ≥10个: 50% × 20
  CHECK(card.total == 90_dec);
}

TEST_CASE("a title row above the header names the evaluation; 合计 rows are skipped") {
  const io::EvaluationFile file = table(
      "某项目绩效评价评分表,,,\n"
      ",,,\n"
      "序号,一级指标,三级指标,分值,得分\n"
      "1,决策,甲,100,95\n"
      "合计,,,100,95\n");
  CHECK(file.evaluation.title == "某项目绩效评价评分表");
  CHECK(file.framework.root.children.size() == 1);
}

TEST_CASE("a 合计 row is skipped whichever column the word stands in") {
  const io::EvaluationFile file = table(
      "一级指标,三级指标,分值,得分\n"
      "决策,甲,60,50\n"
      "过程,乙,40,40\n"
      ",合计,100,90\n");
  CHECK(file.framework.root.children.size() == 2);
  CHECK(evaluate(file.framework, file.evaluation).total == 90_dec);
}

TEST_CASE("a 单位自评 table: 预算执行率 is a 一级 indicator of its own") {
  const io::EvaluationFile file = table(
      "一级指标,二级指标,三级指标,分值,指标值,实际完成值,得分\n"
      "预算执行率,,,10,≥90%,95%,\n"
      "产出指标,数量指标,完成数,50,≥100个,100,\n"
      "效益指标,社会效益,效果,30,明显,,27\n"
      "满意度指标,服务对象满意度,满意度,10,≥90%,80%,\n");
  CHECK(at(file, "1").is_leaf());
  CHECK(at(file, "1").name == "预算执行率");
  CHECK(at(file, "3.1.1").kind == IndicatorKind::qualitative);
  CHECK(at(file, "3.1.1").rule->kind() == "manual_score");
  const Scorecard card = evaluate(file.framework, file.evaluation);
  CHECK(card.find("1")->score == 10_dec);
  CHECK(card.find("4.1.1")->score == 8.89_dec);  // 80% / 90% × 10
  CHECK(card.find("3.1.1")->trace.to_report_text().find("27") != std::string::npos);
}

TEST_CASE("rules are inferred from the row, or read from its 规则 column") {
  const io::EvaluationFile file = table(
      "一级指标,三级指标,指标代码,分值,指标性质,指标值,实际完成值,等级,得分,规则\n"
      "甲,目标,A,25,,≤5个,4,,,\n"
      "甲,定性,B,25,,逐步提高,,部分达成,16,\n"
      "甲,人工,C,25,定量,,,,20,\n"
      "甲,执行率,D,25,,,34.79%,,,\"{\"\"kind\"\": \"\"ratio_times_weight\"\", \"\"rate\"\": {\"\"percent\"\": \"\"实际完成值\"\"}}\"\n");
  CHECK(at(file, "A").rule->kind() == "target_attainment");
  CHECK(at(file, "A").kind == IndicatorKind::quantitative);
  CHECK(at(file, "B").rule->kind() == "qualitative_bands");
  CHECK(at(file, "B").kind == IndicatorKind::qualitative);
  CHECK(at(file, "C").rule->kind() == "manual_score");
  CHECK(at(file, "C").kind == IndicatorKind::quantitative);  // as the 指标性质 column says
  CHECK(at(file, "D").rule->kind() == "ratio_times_weight");
  const Scorecard card = evaluate(file.framework, file.evaluation);
  CHECK(card.find("A")->score == 25_dec);
  CHECK(card.find("B")->score == 16_dec);
  CHECK(card.find("C")->score == 20_dec);
  CHECK(card.find("D")->score == 8.70_dec);  // 34.79% × 25 = 8.6975
  // A manual score without a reason says so, in words check() recognizes (JX-C603).
  CHECK(*file.evaluation.facts.find("C")->find("评分理由")->text() == jixiao::rules::no_reason_given);
}

TEST_CASE("indicators and facts are located at their rows") {
  const io::EvaluationFile file = table(
      "一级指标,三级指标,分值,得分\n"
      "决策,甲,60,50\n"
      "过程,乙,40,40\n");
  CHECK(file.locate_indicator("2.1").line == 3);
  CHECK(file.locate_indicator("2").line == 3);
  CHECK(file.locate_facts("1.1").line == 2);
}

TEST_CASE("score table errors name the line, the column and what is wrong") {
  SUBCASE("an unterminated quote") {
    const Failure f = failure_of("一级指标,三级指标,分值\n决策,\"甲,5\n");
    CHECK(f.code == ErrorCode::malformed_csv);
    CHECK(f.where.line == 2);
    CHECK(f.where.column == 4);
  }
  SUBCASE("a quote inside an unquoted field") {
    const Failure f = failure_of("一级指标,三级指标,分值\n决策,甲\"乙,5\n");
    CHECK(f.code == ErrorCode::malformed_csv);
    CHECK(f.where.column == 5);
  }
  SUBCASE("text after a closing quote") {
    CHECK(failure_of("一级指标,三级指标,分值\n决策,\"甲\"乙,5\n").code == ErrorCode::malformed_csv);
  }
  SUBCASE("not UTF-8 (a table saved as GBK)") {
    const Failure f = failure_of("一级指标,三级指标,分值\n\xBE\xF6\xB2\xDF,x,5\n");
    CHECK(f.code == ErrorCode::malformed_csv);
    CHECK(f.where.line == 2);
    CHECK(f.where.column == 1);
    CHECK(f.message.find("UTF-8") != std::string::npos);
  }
  SUBCASE("no header row") {
    CHECK(failure_of("甲,乙\n1,2\n").code == ErrorCode::missing_field);
    CHECK(failure_of("").code == ErrorCode::missing_field);
  }
  SUBCASE("an unknown column") {
    const Failure f = failure_of("一级指标,三级指标,分值,得份\n决策,甲,5,5\n");
    CHECK(f.code == ErrorCode::unknown_field);
    CHECK(f.where.line == 1);
    CHECK(f.where.column == 14);
    CHECK(f.message.find("得份") != std::string::npos);
  }
  SUBCASE("a column twice") {
    CHECK(failure_of("一级指标,三级指标,分值,得分,评分\n决策,甲,5,5,5\n").code ==
          ErrorCode::duplicate_key);
  }
  SUBCASE("a value in a column without a header") {
    const Failure f = failure_of("一级指标,三级指标,分值,得分\n决策,甲,5,5,多余\n");
    CHECK(f.code == ErrorCode::unknown_field);
    CHECK(f.where.column == 10);
  }
  SUBCASE("a 分值 that is not a number") {
    const Failure f = failure_of("一级指标,三级指标,分值,得分\n决策,甲,五,5\n");
    CHECK(f.code == ErrorCode::invalid_value);
    CHECK(f.where.path == "分值");
    CHECK(f.where.column == 6);
  }
  SUBCASE("a row without 分值") {
    CHECK(failure_of("一级指标,三级指标,分值,得分\n决策,甲,,5\n").code == ErrorCode::missing_field);
  }
  SUBCASE("a non-numeric actual against a numeric target") {
    const Failure f =
        failure_of("一级指标,三级指标,分值,指标值,实际完成值\n产出,完成率,5,=100%,完成\n");
    CHECK(f.code == ErrorCode::invalid_value);
    CHECK(f.where.path == "实际完成值");
    CHECK(f.where.line == 2);
    CHECK(f.message.find("\"完成\" is not a number") != std::string::npos);
  }
  SUBCASE("a row that cannot be scored") {
    CHECK(failure_of("一级指标,三级指标,分值,指标值\n产出,甲,5,逐步提高\n").code ==
          ErrorCode::missing_field);
  }
  SUBCASE("a subtotal row: a group that also has its own 分值") {
    const Failure f = failure_of(
        "一级指标,二级指标,三级指标,分值,得分\n决策,立项,,8,8\n,,依据,8,8\n");
    CHECK(f.code == ErrorCode::invalid_value);
    CHECK(f.where.line == 3);
    CHECK(f.message.find("subtotal") != std::string::npos);
  }
  SUBCASE("a bad 指标性质") {
    CHECK(failure_of("一级指标,三级指标,分值,得分,指标性质\n决策,甲,5,5,定额\n").code ==
          ErrorCode::invalid_value);
  }
  SUBCASE("a broken rule in the 规则 column is located at its cell") {
    const Failure f = failure_of(
        "一级指标,三级指标,分值,规则\n决策,甲,5,\"{\"\"kind\"\": \"\"manual_score\"\", "
        "\"\"scor_input\"\": \"\"x\"\"}\"\n");
    CHECK(f.code == ErrorCode::unknown_field);
    CHECK(f.where.line == 2);
    CHECK(f.where.column == 8);
    CHECK(f.where.path == "规则/scor_input");
  }
}

TEST_CASE("a table whose 分值 do not add up is read, and refused by validation at its rows") {
  const io::EvaluationFile file = table(
      "一级指标,三级指标,分值,得分\n"
      "决策,甲,60,50\n"
      "过程,乙,39.99,30\n");
  CHECK_THROWS_AS(require_valid(file.framework), ValidationError);
}

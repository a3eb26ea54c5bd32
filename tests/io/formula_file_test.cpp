// Formula rules in files: read, scored, written back unchanged and read again; a formula that
// cannot be read fails at its line and column inside the file.
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/rules/formula_score.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// 资金结余 (3 分) by formula, beside a manual score for the rest of the 100 points.
std::string evaluation(const std::string& rule, const std::string& balance) {
  return R"json({
  "format": "jixiao.evaluation/1",
  "title": "资金结余",
  "framework": {
    "format": "jixiao.framework/1",
    "name": "部门整体支出",
    "indicators": [
      {"code": "1", "name": "资金管理", "points": 100, "children": [
        {"code": "1.1", "name": "资金结余", "points": 3, "kind": "定量",
         "rule": )json" +
         rule + R"json(},
        {"code": "1.2", "name": "其他", "points": 97, "kind": "定性",
         "rule": {"kind": "manual_score"}}
      ]}
    ]
  },
  "facts": {
    "1.1": {"资金结余": )json" +
         balance + R"json(, "上年结转": "20.00"},
    "1.2": {"得分": 97, "评分理由": "按评分标准"}
  }
}
)json";
}

const std::string balance_rule =
    R"json({"kind": "formula", "formula": "if(资金结余 = 0, 3, if(资金结余 ≤ 上年结转, 2, 0))"})json";

// The 1-based column, in characters, of byte `offset` in its line.
std::size_t column_of(const std::string& text, std::size_t offset) {
  std::size_t column = 1;
  for (std::size_t i = text.rfind('\n', offset) + 1; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

Decimal balance_score(const io::EvaluationFile& file) {
  return evaluate(file.framework, file.evaluation).find("1.1")->score;
}

}  // namespace

TEST_CASE("a rule comparing two facts, from a file: 资金结余 none 3, at most 上年结转 2, more 0") {
  CHECK(balance_score(io::parse_evaluation(evaluation(balance_rule, "0"), "a.json")) == 3);
  CHECK(balance_score(io::parse_evaluation(evaluation(balance_rule, "12.5"), "b.json")) == 2);
  CHECK(balance_score(io::parse_evaluation(evaluation(balance_rule, "\"20\""), "c.json")) == 2);
  CHECK(balance_score(io::parse_evaluation(evaluation(balance_rule, "20.01"), "d.json")) == 0);
}

TEST_CASE("a formula rule is written back as written, and reads back scoring the same") {
  const std::string rule =
      R"json({"kind": "formula", "formula": "结余 = #资金结余#；if(结余 = 0, 3, if(结余 ≤ 上年结转, 2, 0)) × 2", "outside_points": "clamp"})json";
  const io::EvaluationFile file = io::parse_evaluation(evaluation(rule, "12"), "a.json");
  const std::string written = io::write_evaluation(file);
  CHECK(written.find(R"("formula": "结余 = #资金结余#；if(结余 = 0, 3, if(结余 ≤ 上年结转, 2, 0)) × 2")") !=
        std::string::npos);
  CHECK(written.find(R"("outside_points": "clamp")") != std::string::npos);
  const io::EvaluationFile again = io::parse_evaluation(written, "written.json");
  CHECK(balance_score(again) == 3);  // 2 × 2 = 4, counted as the 分值 3
  CHECK(io::write_evaluation(again) == written);
  const auto* formula =
      dynamic_cast<const rules::FormulaScore*>(again.framework.root.find("1.1")->rule.get());
  REQUIRE(formula != nullptr);
  CHECK(formula->outside_points() == rules::OutsidePoints::clamp);
}

TEST_CASE("a formula that cannot be read fails at its line and column in the file") {
  const std::string rule = R"json({"kind": "formula", "formula": "if(资金结余 = 0, 3, 2"})json";
  try {
    (void)io::parse_evaluation(evaluation(rule, "0"), "bad.json");
    FAIL("read");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::invalid_value);
    CHECK(e.where().line == 10);
    // The column in the file of the formula's column 18 (just past its last character).
    const std::string text = evaluation(rule, "0");
    const std::size_t formula = text.find("if(资金结余") + std::string("if(资金结余 = 0, 3, 2").size();
    CHECK(e.where().column == column_of(text, formula));
    CHECK(std::string(e.what()).find("bad.json:10:" + std::to_string(column_of(text, formula)) +
                                     ": /framework/indicators/0/children/0/rule/formula: the "
                                     "formula cannot be read: expected ',' or ')', found the end "
                                     "of the formula at column 18") != std::string::npos);
  }
  // With an escape in the string the bytes differ from the text: the string's own place.
  const std::string escaped = R"json({"kind": "formula", "formula": "\u0031 +"})json";
  try {
    (void)io::parse_evaluation(evaluation(escaped, "0"), "bad.json");
    FAIL("read");
  } catch (const io::InputError& e) {
    CHECK(e.where().line == 10);
    const std::string text = evaluation(escaped, "0");
    CHECK(e.where().column == column_of(text, text.find("\"\\u0031")));
  }
  const std::string unknown = R"json({"kind": "formula", "formula": "1", "outside": "clamp"})json";
  try {
    (void)io::parse_evaluation(evaluation(unknown, "0"), "bad.json");
    FAIL("read");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::unknown_field);
  }
}

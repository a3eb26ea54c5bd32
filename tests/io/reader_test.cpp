// Reading evaluation and framework files: every kind of bad input gets an InputError with its
// stable id, file, line, column and JSON path; numbers are exact; unknown fields are refused.
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/printed.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// A minimal valid evaluation, with `facts` and `extra` spliced in.
std::string evaluation(const std::string& facts = R"json({"1.1": {"x": 0.5}})json",
                       const std::string& extra = "") {
  return R"json({
  "format": "jixiao.evaluation/1",
  "title": "测试",
  "framework": {
    "format": "jixiao.framework/1",
    "name": "测试指标体系",
    "indicators": [
      {"code": "1", "name": "过程", "points": 100, "children": [
        {"code": "1.1", "name": "预算执行率", "points": 100,
         "rule": {"kind": "ratio_times_weight", "rate": "x"}}
      ]}
    ]
  },
  "facts": )json" +
         facts + extra + "\n}\n";
}

struct Failure {
  ErrorCode code{};
  io::SourceLocation where;
  std::string message;
};

Failure failure_of(const std::string& text) {
  try {
    (void)io::parse_evaluation(text, "test.json");
  } catch (const io::InputError& e) {
    return {e.code(), e.where(), e.what()};
  }
  FAIL("no InputError");
  return {};
}

}  // namespace

TEST_CASE("a valid file reads, with exact numbers from JSON numbers and from text") {
  const io::EvaluationFile file = io::parse_evaluation(
      evaluation(R"json({"1.1": {"x": 0.123456789012345678901234567890}})json"), "ok.json");
  CHECK(file.source == "ok.json");
  CHECK(file.evaluation.title == "测试");
  const FactValue* x = file.evaluation.facts.find("1.1")->find("x");
  REQUIRE(x != nullptr);
  REQUIRE(x->number() != nullptr);
  CHECK(x->number()->to_string() == "0.123456789012345678901234567890");  // never a double
  const Scorecard card = evaluate(file.framework, file.evaluation);
  CHECK(card.total == 12.35_dec);
  CHECK(file.locate_facts("1.1").line == 14);
}

TEST_CASE("malformed JSON: 701 at the line and column of the problem") {
  const Failure f = failure_of("{\n  \"format\": \"jixiao.evaluation/1\",\n  \"title\": ,\n}");
  CHECK(f.code == ErrorCode::malformed_json);
  CHECK(f.where.file == "test.json");
  CHECK(f.where.line == 3);
  CHECK(f.message.rfind("[jixiao.input_error.701] test.json:3:", 0) == 0);
}

TEST_CASE("not JSON at all, empty, truncated, trailing content, a leading zero") {
  CHECK(failure_of("").code == ErrorCode::malformed_json);
  CHECK(failure_of("评分表").code == ErrorCode::malformed_json);
  CHECK(failure_of(evaluation().substr(0, 120)).code == ErrorCode::malformed_json);
  CHECK(failure_of(evaluation() + "x").code == ErrorCode::malformed_json);
  const Failure zero = failure_of(evaluation(R"json({"1.1": {"x": 01}})json"));
  CHECK(zero.code == ErrorCode::malformed_json);
  CHECK(zero.where.path == "/facts/1.1/x");
}

TEST_CASE("a number token with NUL bytes is quoted with \\x00, never raw") {
  std::string text = evaluation(std::string(R"json({"1.1": {"x": 9)json") + '\0' + "\"a\"}}");
  const Failure f = failure_of(text);
  CHECK(f.code == ErrorCode::malformed_json);
  CHECK(f.message.find("\"9\\x00") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is located, and never echoed raw") {
  std::string text = evaluation();
  text.insert(text.find("测试指标体系"), "\xC0\xAF");
  const Failure f = failure_of(text);
  CHECK(f.code == ErrorCode::malformed_json);
  CHECK(f.where.line == 6);
  CHECK(f.message.find("\\xC0") != std::string::npos);
}

TEST_CASE("a byte order mark is accepted") {
  CHECK_NOTHROW((void)io::parse_evaluation("\xEF\xBB\xBF" + evaluation(), "bom.json"));
}

TEST_CASE("wrong types name the JSON path and what was expected") {
  const Failure f = failure_of(evaluation(R"json({"1.1": {"x": [1, 2]}})json"));
  CHECK(f.code == ErrorCode::wrong_type);
  CHECK(f.where.path == "/facts/1.1/x");
  CHECK(f.where.line == 14);
  CHECK(f.message.find("expected a number, text or true/false, found an array") !=
        std::string::npos);
  CHECK(failure_of(evaluation("[]")).code == ErrorCode::wrong_type);
  CHECK(failure_of(evaluation(R"json({"1.1": {"x": {}}})json")).code == ErrorCode::wrong_type);
  // null is not a wrong type but a blank of a fill-in file (template_library_test.cpp).
  CHECK(io::parse_evaluation(evaluation(R"json({"1.1": {"x": null}})json"), "blank.json")
            .blanks.size() == 1);
}

TEST_CASE("unknown fields are refused (a typo is never ignored)") {
  const Failure f = failure_of(evaluation("{}", R"json(, "budegt": {})json"));
  CHECK(f.code == ErrorCode::unknown_field);
  CHECK(f.where.path == "/budegt");
  CHECK(f.message.find("unknown field \"budegt\"") != std::string::npos);
  std::string text = evaluation();
  text.replace(text.find("\"points\": 100,\n"), 15, "\"ponits\": 100,\n");
  CHECK(failure_of(text).code == ErrorCode::missing_field);  // "points" is required first
}

TEST_CASE("missing and unsupported format, duplicate keys") {
  std::string text = evaluation();
  text.replace(text.find("jixiao.evaluation/1"), 19, "jixiao.evaluation/9");
  const Failure version = failure_of(text);
  CHECK(version.code == ErrorCode::unsupported_format);
  CHECK(version.where.path == "/format");
  CHECK(failure_of(R"json({"title": "x"})json").code == ErrorCode::unsupported_format);
  const Failure twice = failure_of(evaluation(R"json({"1.1": {"x": 1, "x": 2}})json"));
  CHECK(twice.code == ErrorCode::duplicate_key);
  CHECK(twice.where.path == "/facts/1.1/x");
}

TEST_CASE("values the format cannot accept: bad decimals, unknown rule kinds, bad targets") {
  CHECK(failure_of(evaluation(R"json({"1.1": {"x": 1e400}})json")).code ==
        ErrorCode::invalid_value);
  std::string rule = evaluation();
  rule.replace(rule.find("ratio_times_weight"), 18, "ratio_times_wieght");
  const Failure kind = failure_of(rule);
  CHECK(kind.code == ErrorCode::invalid_value);
  CHECK(kind.where.path == "/framework/indicators/0/children/0/rule/kind");
  CHECK(kind.message.find("unknown rule kind \"ratio_times_wieght\"") != std::string::npos);
}

TEST_CASE("nesting beyond the limit is refused, not a stack overflow") {
  std::string deep =
      evaluation("{}", ", \"extra\": " + std::string(100000, '[') + std::string(100000, ']'));
  const Failure f = failure_of(deep);
  CHECK((f.code == ErrorCode::limit_exceeded || f.code == ErrorCode::malformed_json));
}

TEST_CASE("one text beyond 1 MiB is refused at its place (709)") {
  const Failure f = failure_of(evaluation(R"json({"1.1": {"x": 0.5, "评分理由": ")json" +
                                          std::string((1u << 20) + 1, 'a') + "\"}}"));
  CHECK(f.code == ErrorCode::limit_exceeded);
  CHECK(f.where.path == "/facts/1.1/评分理由");
  CHECK(f.where.line == 14);  // the facts' line of evaluation()
  // One MiB exactly is still a text.
  CHECK_NOTHROW(
      (void)io::parse_evaluation(evaluation(R"json({"1.1": {"x": 0.5, "评分理由": ")json" +
                                            std::string(1u << 20, 'a') + "\"}}"),
                                 "test.json"));
}

TEST_CASE("a negative budget amount is refused where it is written (705)") {
  const Failure f = failure_of(
      evaluation(R"json({"1.1": {"x": 0.5}})json",
                 R"json(, "budget": {"adjusted": 100, "received": 100, "spent": -5})json"));
  CHECK(f.code == ErrorCode::invalid_value);
  CHECK(f.where.path == "/budget/spent");
  CHECK(f.message.find("a budget amount cannot be negative (-5)") != std::string::npos);
}

TEST_CASE("non-numeric actuals such as 完成 reach the rule, which names indicator and input") {
  const io::EvaluationFile file =
      io::parse_evaluation(evaluation(R"json({"1.1": {"x": "完成"}})json"), "facts.json");
  try {
    (void)evaluate(file.framework, file.evaluation);
    FAIL("no ScoringError");
  } catch (const ScoringError& e) {
    CHECK(e.code() == ErrorCode::invalid_input);
    CHECK(e.problems()[0].indicator == "1.1");
    CHECK(e.problems()[0].message.find("\"完成\"") != std::string::npos);
    const io::SourceLocation where = file.locate_facts(e.problems()[0].indicator);
    CHECK(where.to_string() == "facts.json:14:20");
  }
}

TEST_CASE("targets, intervals, grades and rounding policies read as documented") {
  const Framework f = io::parse_framework(R"json({
  "format": "jixiao.framework/1",
  "name": "分档",
  "total": 10,
  "grades": {"name": "两档", "bands": [{"label": "合格", "range": "[6, 10]"},
                                       {"label": "不合格", "range": "[0, 6)"}]},
  "rounding": {"leaf": {"places": 1, "mode": "down"}, "rate": {"places": 4}},
  "not_applicable": "drop",
  "indicators": [
    {"code": "1", "name": "产出", "points": 10, "children": [
      {"code": "1.1", "name": "重点支出安排率", "points": 5, "target": "≥90%",
       "rule": {"kind": "step_bands", "value": "重点支出/项目支出", "bands": [
         {"range": "<60%", "points": 0}, {"range": "[60%, 80%)", "points": 2},
         {"range": "[80%, 90%)", "points": 4}, {"range": "≥90%", "points": 5}]}},
      {"code": "1.2", "name": "支出分类", "points": 5, "kind": "定量", "target": "≤1,000个",
       "rule": {"kind": "target_attainment", "reverse": "linear"}}
    ]}
  ]
})json",
                                          "bands.json");
  CHECK(validate(f).empty());
  CHECK(f.declared_total == 10);
  CHECK(f.grades.name() == "两档");
  CHECK(f.rounding.leaf.places == 1);
  CHECK(f.rounding.leaf.mode == Rounding::down);
  REQUIRE(f.rounding.rate.has_value());
  CHECK(f.rounding.rate->mode == Rounding::half_up);
  CHECK(f.not_applicable == NotApplicablePolicy::drop);
  const Indicator* share = f.root.find("1.1");
  CHECK(share->target.to_string() == "≥90.00%");
  const Indicator* count = f.root.find("1.2");
  CHECK(count->target.to_string() == "≤1000个");
  CHECK(count->target.unit() == "个");
  Evaluation e;
  e.facts = {{"1.1", {{"重点支出", 85}, {"项目支出", 100}}}, {"1.2", {{"实际完成值", 1500}}}};
  const Scorecard card = evaluate(f, e);
  CHECK(card.find("1.1")->score == 4);
  CHECK(card.find("1.2")->score == 2.5_dec);  // (2000 − 1500) / 1000 × 5, rounded down to 1 place
  CHECK(card.rating.label == "合格");
}

TEST_CASE("a framework file referenced by name is read relative to the evaluation") {
  const Failure f =
      failure_of(R"json({"format": "jixiao.evaluation/1", "framework": "nowhere.json"})json");
  CHECK(f.code == ErrorCode::unreadable_file);
  CHECK(f.where.path == "/framework");
}

TEST_CASE("an indicator with an empty children array, or a framework without one, is refused") {
  // Found by fuzzing (tests/fuzz/findings/evaluation/empty-children.json): neither a parent
  // nor a leaf, it was read, and could then not be written back.
  std::string text = evaluation();
  const std::string leaf = R"json({"code": "1.1", "name": "预算执行率", "points": 100,
         "rule": {"kind": "ratio_times_weight", "rate": "x"}})json";
  REQUIRE(text.find(leaf) != std::string::npos);
  text.replace(text.find(leaf), leaf.size(),
               R"json({"code": "1.1", "name": "预算执行率", "points": 100, "children": []})json");
  const Failure empty = failure_of(text);
  CHECK(empty.code == ErrorCode::invalid_value);
  CHECK(empty.where.path == "/framework/indicators/0/children/0/children");

  const Failure none = failure_of(
      R"json({"format": "jixiao.evaluation/1",
              "framework": {"format": "jixiao.framework/1", "indicators": []}})json");
  CHECK(none.code == ErrorCode::invalid_value);
  CHECK(none.where.path == "/framework/indicators");
}

TEST_CASE("a printed rate is a percentage however it is written") {
  // Found by fuzzing (tests/fuzz/findings/evaluation/rate-as-text.json): "0.8333" as text
  // was not marked a percentage, so the file written back said 0.8333 as a number, which
  // reads as a rate: load → save → load changed the meaning.
  for (const char* value : {R"("83.33%")", "0.8333", R"("0.8333")"}) {
    CAPTURE(value);
    const io::EvaluationFile file = io::parse_evaluation(
        evaluation(R"json({"1.1": {"x": 0.5}})json",
                   std::string(R"json(, "printed": [{"what": "指标完成率", "value": )json") +
                       value + "}]"),
        "rate.json");
    REQUIRE(file.evaluation.printed.size() == 1);
    const PrintedNumber& printed = file.evaluation.printed.front();
    CHECK(printed.percent);
    CHECK(*printed.value == 0.8333_dec);
    CHECK(printed.shown() == "83.33%");
  }
}

TEST_CASE("a framework reference to a device or a pipe is refused, never read or waited on") {
  // /dev/zero never ends and /dev/stdin would wait for a terminal: a file names only regular
  // files (found while preparing the fuzz targets; a reference can be an absolute path).
  for (const char* device : {"/dev/zero", "/dev/stdin", "/dev/null"}) {
    CAPTURE(device);
    const Failure f =
        failure_of(std::string(R"json({"format": "jixiao.evaluation/1", "framework": ")json") +
                   device + "\"}");
    CHECK(f.code == ErrorCode::unreadable_file);
    CHECK(f.where.path == "/framework");
    CHECK(f.message.find("not a regular file") != std::string::npos);
  }
}

TEST_CASE("a device given as the file itself is read only up to the size limit (709)") {
  try {
    (void)io::read_evaluation_file("/dev/zero");
    FAIL("no error");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::limit_exceeded);
    CHECK(e.where().file == "/dev/zero");
  }
}

TEST_CASE("files that cannot be read: 706") {
  try {
    (void)io::read_evaluation_file("/nonexistent/evaluation.json");
    FAIL("no error");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::unreadable_file);
    CHECK(e.where().file == "/nonexistent/evaluation.json");
  }
  try {
    (void)io::read_evaluation_file("/");
    FAIL("no error");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::unreadable_file);
  }
}

TEST_CASE("columns are counted in characters on a very long line (a minified file)") {
  // 5,000 Chinese characters (15,000 bytes) before the error, all on line 1.
  std::string title;
  for (int i = 0; i < 5000; ++i) title += "中";
  const std::string text = R"json({"format": "jixiao.evaluation/1", "title": ")json" + title +
                           R"json(", "framework": 5})json";
  const std::size_t offset = text.find(": 5}") + 2;
  std::size_t characters = 0;  // code points before the offending value
  for (std::size_t i = 0; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++characters;
  }
  const Failure f = failure_of(text);
  CHECK(f.code == ErrorCode::wrong_type);
  CHECK(f.where.line == 1);
  CHECK(f.where.column == characters + 1);
  CHECK(f.where.path == "/framework");
}

// The evaluation templates and what they rest on: library references in frameworks, blank
// (null) facts in fill-in files, and the target-setting review staying silent on them.
#include <jixiao/evaluate.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/io/indicator_library.hpp>
#include <jixiao/io/template_library.hpp>
#include <jixiao/rules/qualitative_bands.hpp>
#include <jixiao/target_setting.hpp>

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// A framework of one leaf written as `leaf` (JSON), with facts `facts`.
std::string with_leaf(const std::string& leaf, const std::string& facts = "{}") {
  return R"json({"format": "jixiao.evaluation/1", "title": "t",
  "framework": {"format": "jixiao.framework/1", "name": "f", "indicators": [
    {"code": "1", "name": "过程", "points": 100, "children": [)json" +
         leaf + R"json(]}]},
  "facts": )json" +
         facts + "}\n";
}

io::InputError input_error_of(const std::string& text) {
  try {
    (void)io::parse_evaluation(text, "test.json");
  } catch (const io::InputError& e) {
    return e;
  }
  FAIL("no InputError");
  return io::InputError(ErrorCode::malformed_json, {}, "");
}

void for_each_leaf(const Indicator& node, const std::function<void(const Indicator&)>& visit) {
  if (node.is_leaf()) return visit(node);
  for (const Indicator& child : node.children) for_each_leaf(child, visit);
}

// What an evaluator writes for a blank fact of `leaf` when everything meets its target: the
// level 达成 with full marks, no violation, every count equal to its plan, satisfaction 100%,
// actuals at their targets.
FactValue meeting_value(const Indicator& leaf, const std::string& name) {
  if (name == "等级") return FactValue("达成");
  if (name == "得分") return FactValue(leaf.points);
  if (name == "违规情况" || name == "成本节约率") return FactValue(0);
  if (name == "实际完成值") {
    if (leaf.target.unit() == "%") return FactValue("100%");
    return FactValue(*leaf.target.value());
  }
  return FactValue(100);  // a count: numerators and denominators alike
}

// The template's file with every blank filled in by meeting_value().
io::EvaluationFile filled(const io::EvaluationTemplate& entry) {
  io::EvaluationFile file = entry.file;
  for (const io::BlankFact& blank : file.blanks) {
    const Indicator* leaf = file.framework.root.find(blank.indicator);
    REQUIRE(leaf != nullptr);
    file.evaluation.facts[blank.indicator].set(blank.name, meeting_value(*leaf, blank.name));
  }
  file.blanks.clear();
  return file;
}

}  // namespace

TEST_CASE("a leaf can be taken from the indicator library by code") {
  const io::EvaluationFile file = io::parse_evaluation(
      with_leaf(R"json({"code": "1.1", "library": "budget_execution_rate", "points": 100})json",
                R"json({"1.1": {"实际支出资金": 693.68, "实际到位资金": 1994}})json"),
      "library.json");
  const Indicator& leaf = file.framework.root.children[0].children[0];
  const io::LibraryIndicator* entry = io::find_library_indicator("budget_execution_rate");
  CHECK(leaf.name == "预算执行率");
  CHECK(leaf.kind == IndicatorKind::quantitative);
  CHECK(leaf.rule == entry->rule);  // the library's rule object, shared
  CHECK(evaluate(file.framework, file.evaluation).total == 34.79_dec);
  // Written back expanded: the saved file no longer depends on the library's version.
  const std::string saved = io::write_evaluation(file);
  CHECK(saved.find("\"library\"") == std::string::npos);
  CHECK(saved.find("\"ratio_times_weight\"") != std::string::npos);
  const io::EvaluationFile again = io::parse_evaluation(saved, "saved.json");
  CHECK(evaluate(again.framework, again.evaluation).total == 34.79_dec);
}

TEST_CASE("fields written beside a library reference take precedence") {
  const io::EvaluationFile file = io::parse_evaluation(
      with_leaf(R"json({"code": "1.1", "library": "budget_execution_rate", "name": "执行率",
                        "points": 100, "kind": "定性", "target": "≥90%",
                        "rule": {"kind": "ratio_times_weight", "rate": "执行数/预算数"}})json",
                R"json({"1.1": {"执行数": 1, "预算数": 2}})json"),
      "override.json");
  const Indicator& leaf = file.framework.root.children[0].children[0];
  CHECK(leaf.name == "执行率");
  CHECK(leaf.kind == IndicatorKind::qualitative);
  CHECK(leaf.target.to_string() == "≥90.00%");
  CHECK(evaluate(file.framework, file.evaluation).total == 50_dec);
}

TEST_CASE("a library reference that is unknown, not text, or has children is refused, located") {
  const io::InputError unknown = input_error_of(
      with_leaf(R"json({"code": "1.1", "library": "budget_rate", "points": 100})json"));
  CHECK(unknown.code() == ErrorCode::invalid_value);
  CHECK(unknown.where().path == "/framework/indicators/0/children/0/library");
  CHECK(unknown.where().line == 3);
  CHECK(std::string(unknown.what()).find("no indicator \"budget_rate\" in the library") !=
        std::string::npos);
  CHECK(
      input_error_of(with_leaf(R"json({"code": "1.1", "library": 7, "points": 100})json")).code() ==
      ErrorCode::wrong_type);
  const io::InputError group = input_error_of(with_leaf(
      R"json({"code": "1.1", "library": "budget_execution_rate", "points": 100, "children": []})json"));
  CHECK(group.where().path == "/framework/indicators/0/children/0/children");
}

TEST_CASE("null facts are blanks: located, left out of the facts, written back as null") {
  const std::string text =
      with_leaf(R"json({"code": "1.1", "library": "budget_execution_rate", "points": 100})json",
                R"json({"1.1": {"实际支出资金": null, "实际到位资金": 1994}})json");
  const io::EvaluationFile file = io::parse_evaluation(text, "blank.json");
  REQUIRE(file.blanks.size() == 1);
  CHECK(file.blanks[0].indicator == "1.1");
  CHECK(file.blanks[0].name == "实际支出资金");
  CHECK(file.blanks[0].location.path == "/facts/1.1/实际支出资金");
  CHECK(file.blanks[0].location.line == 4);
  CHECK(file.evaluation.facts.find("1.1")->find("实际支出资金") == nullptr);
  CHECK_THROWS_AS((void)evaluate(file.framework, file.evaluation), ScoringError);
  const io::EvaluationFile again = io::parse_evaluation(io::write_evaluation(file), "again.json");
  REQUIRE(again.blanks.size() == 1);
  CHECK(again.blanks[0].name == "实际支出资金");
  CHECK(again.evaluation.facts.find("1.1")->find("实际到位资金") != nullptr);
}

TEST_CASE("the framework's scheme, source and notes read, write back, and are checked") {
  const std::string text = R"json({"format": "jixiao.framework/1", "name": "f",
    "scheme": "单位自评", "source": "财预〔2020〕10号", "notes": ["一", "二"],
    "indicators": [{"code": "1", "name": "产出", "points": 100, "children": [
      {"code": "1.1", "name": "x", "points": 100, "rule": {"kind": "ratio_times_weight", "rate": "x"}}]}]})json";
  const Framework framework = io::parse_framework(text, "f.json");
  CHECK(framework.scheme == EvaluationScheme::self_evaluation);
  CHECK(framework.source == "财预〔2020〕10号");
  CHECK(framework.notes == std::vector<std::string>{"一", "二"});
  const Framework again = io::parse_framework(io::write_framework(framework), "again.json");
  CHECK(again.scheme == EvaluationScheme::self_evaluation);
  CHECK(again.source == framework.source);
  CHECK(again.notes == framework.notes);
  std::string bad = text;
  bad.replace(bad.find("单位自评"), std::string("单位自评").size(), "自评");
  try {
    (void)io::parse_framework(bad, "bad.json");
    FAIL("accepted an unknown scheme");
  } catch (const io::InputError& e) {
    CHECK(e.where().path == "/scheme");
  }
}

TEST_CASE("three templates, each found by name and by its Chinese name") {
  const auto& templates = io::evaluation_templates();
  REQUIRE(templates.size() == 3);
  CHECK(io::find_template("department") == &templates[0]);
  CHECK(io::find_template("部门评价") == &templates[0]);
  CHECK(io::find_template("财政评价") == &templates[0]);
  CHECK(io::find_template("单位自评") == &templates[1]);
  CHECK(io::find_template("changji-2023") == &templates[2]);
  CHECK(io::find_template("nope") == nullptr);
  CHECK(templates[0].file.framework.scheme == EvaluationScheme::department);
  CHECK(templates[1].file.framework.scheme == EvaluationScheme::self_evaluation);
}

TEST_CASE("each template validates, cites its source, and leaves every leaf's facts blank") {
  for (const io::EvaluationTemplate& entry : io::evaluation_templates()) {
    CAPTURE(entry.name);
    const io::EvaluationFile& file = entry.file;
    CHECK_NOTHROW(require_valid(file.framework));
    CHECK(file.framework.source.find("《") != std::string::npos);  // a document is cited
    CHECK(!file.framework.notes.empty());
    CHECK(file.evaluation.facts.find("x") == nullptr);
    for_each_leaf(file.framework.root, [&](const Indicator& leaf) {
      CAPTURE(leaf.code);
      const LeafFacts* facts = file.evaluation.facts.find(leaf.code);
      REQUIRE(facts != nullptr);
      CHECK(facts->values().empty());  // nothing pre-filled: every fact is blank
      std::size_t blanks = 0;
      for (const io::BlankFact& blank : file.blanks) blanks += blank.indicator == leaf.code;
      CHECK(blanks > 0);
    });
  }
}

TEST_CASE("a template says which of its rules are recalled rather than read from a text") {
  for (const io::EvaluationTemplate& entry : io::evaluation_templates()) {
    CAPTURE(entry.name);
    std::string notes;
    for (const std::string& note : entry.file.framework.notes) notes += note;
    for_each_leaf(entry.file.framework.root, [&](const Indicator& leaf) {
      for (const io::LibraryIndicator& library : io::indicator_library()) {
        if (library.recalled && leaf.name == library.name && leaf.rule == library.rule) {
          CAPTURE(leaf.name);
          CHECK(notes.find(leaf.name) != std::string::npos);
        }
      }
    });
    CHECK(notes.find("回忆") != std::string::npos);
  }
}

TEST_CASE("the target-setting review is silent on every template") {
  for (const io::EvaluationTemplate& entry : io::evaluation_templates()) {
    CAPTURE(entry.name);
    const std::vector<Finding> findings = review_target_setting(entry.file.framework);
    for (const Finding& f : findings) CAPTURE(f.message_en);
    CHECK(findings.empty());
  }
}

TEST_CASE("a filled-in copy of each template scores end to end") {
  for (const io::EvaluationTemplate& entry : io::evaluation_templates()) {
    CAPTURE(entry.name);
    io::EvaluationFile file = filled(entry);
    // Everything at its target: full marks everywhere.
    const Scorecard perfect = evaluate(file.framework, file.evaluation);
    CHECK(perfect.total == 100_dec);
    CHECK(perfect.rating.label == "优");
    // Save and read back as an evaluator's finished file: no blanks, the same scores.
    const io::EvaluationFile saved = io::parse_evaluation(io::write_evaluation(file), "f.json");
    CHECK(saved.blanks.empty());
    CHECK(evaluate(saved.framework, saved.evaluation).total == 100_dec);
    // Half the budget spent: the budget-execution leaf loses half its points, nothing else.
    const Indicator* execution = nullptr;
    for_each_leaf(file.framework.root, [&](const Indicator& leaf) {
      if (leaf.name == "预算执行率") execution = &leaf;
    });
    REQUIRE(execution != nullptr);
    LeafFacts& facts = file.evaluation.facts[execution->code];
    const std::string spent = facts.find("全年执行数") ? "全年执行数" : "实际支出资金";
    facts.set(spent, FactValue(50));
    const Scorecard half = evaluate(file.framework, file.evaluation);
    CHECK(half.find(execution->code)->score == execution->points * 0.5_dec);
    CHECK(half.total == 100_dec - execution->points * 0.5_dec);
  }
}

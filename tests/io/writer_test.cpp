// Writing evaluation files: load → save → load is lossless for every example and for every
// option of every rule kind; a framework built in C++ can be saved; custom rules are refused.
#include "seed/changji_2023.hpp"

#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/render/json_report.hpp>

#include <doctest/doctest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// Everything a framework says, as one comparable text: the tree with each node's code,
// name, 分值 (with its scale), kind, target and criterion, then grades and rounding.
std::string describe(const Indicator& node) {
  std::string text = node.code + "|" + node.name + "|" + node.points.to_string() + "|";
  if (node.is_leaf()) {
    text += std::string(node.kind == IndicatorKind::qualitative ? "定性" : "定量") + "|" +
            node.target.to_string() + "|" + std::string(node.rule->kind()) + "|" +
            node.rule->criterion(node) + "\n";
  }
  for (const Indicator& child : node.children) text += describe(child);
  return text;
}

std::string describe(const Framework& framework) {
  std::string text = framework.name + "|" + framework.declared_total.to_string() + "|" +
                     framework.grades.name() + "\n";
  for (const GradeBand& band : framework.grades.bands())
    text += band.label + band.range.to_string() + "\n";
  const auto step = [](const std::optional<RoundingStep>& s) {
    return s ? std::to_string(s->places) + "/" + std::to_string(static_cast<int>(s->mode))
             : std::string("-");
  };
  text += step(framework.rounding.leaf) + step(framework.rounding.rate) +
          step(framework.rounding.parent) + step(framework.rounding.total) + "|" +
          std::to_string(static_cast<int>(framework.not_applicable)) + "\n";
  return text + describe(framework.root);
}

std::string describe(const Evaluation& evaluation) {
  std::string text = evaluation.title + "\n";
  for (const auto& [code, leaf] : evaluation.facts.leaves()) {
    text += code + (leaf.is_not_applicable() ? " 不适用:" + leaf.not_applicable_reason() : "");
    for (const auto& [name, value] : leaf.values())
      text += " " + name + "=" + value.type_name() + ":" + value.to_string();
    text += "\n";
  }
  for (const PrintedNumber& p : evaluation.printed) {
    text += std::string(wording(p.what)) + "|" + p.indicator + "|" + p.name + "|" + p.shown() +
            "|" + (p.value ? p.value->to_string() : "") + "|" + p.text + "|" +
            (p.numerator ? p.numerator->to_string() : "") + "/" +
            (p.denominator ? p.denominator->to_string() : "") + "|" + p.where + "\n";
  }
  if (const auto& b = evaluation.budget) {
    text += b->unit + b->initial.to_string() + "/" + b->adjusted.to_string() + "/" +
            (b->received ? b->received->to_string() : "-") + "/" + b->spent.to_string();
    for (const BudgetLine& line : b->sources) {
      text += " " + line.name + line.amount.to_string() + "/" +
              (line.spent ? line.spent->to_string() : "-") + "/" +
              (line.initial ? line.initial->to_string() : "-");
    }
    for (const BudgetLine& line : b->uses) text += " " + line.name + line.amount.to_string();
  }
  return text;
}

// Saves `file`, reads the text back, and checks that nothing was lost; returns the text.
std::string round_trip(const io::EvaluationFile& file, const std::string& base = ".") {
  const std::string saved = io::write_evaluation(file);
  const io::EvaluationFile again = io::parse_evaluation(saved, "saved.json", base);
  CHECK(describe(again.framework) == describe(file.framework));
  CHECK(describe(again.evaluation) == describe(file.evaluation));
  CHECK(again.framework_file == file.framework_file);
  const Scorecard before = evaluate(file.framework, file.evaluation);
  const Scorecard after = evaluate(again.framework, again.evaluation);
  CHECK(render::json_report(after, again.evaluation.title) ==
        render::json_report(before, file.evaluation.title));
  CHECK(io::write_evaluation(again) == saved);  // a second save changes nothing
  return saved;
}

}  // namespace

TEST_CASE("every example evaluation survives load, save, load") {
  for (const char* name :
       {"changji-2023.json", "self-evaluation-water-2023.json", "department-training-2024.json"}) {
    CAPTURE(name);
    round_trip(io::read_evaluation_file(std::string(JIXIAO_EXAMPLES_DIR "/data/") + name));
  }
}

TEST_CASE("the seed framework built in C++ can be saved and scores the same when read back") {
  const std::string saved = io::write_evaluation(seed::framework(), seed::evaluation());
  const io::EvaluationFile file = io::parse_evaluation(saved, "seed.json");
  const Scorecard from_file = evaluate(file.framework, file.evaluation);
  const Scorecard from_code = evaluate(seed::framework(), seed::evaluation());
  CHECK(describe(file.framework) == describe(seed::framework()));
  CHECK(render::json_report(from_file, "") == render::json_report(from_code, ""));
  CHECK(from_file.total == 88.26_dec);
}

TEST_CASE("every option of every rule kind survives a round trip") {
  const std::string text = R"json({
  "format": "jixiao.evaluation/1",
  "title": "全部规则 \"引号\"\n第二行\t制表",
  "framework": {
    "format": "jixiao.framework/1",
    "name": "规则大全",
    "project": "测试项目",
    "total": 100.0,
    "grades": {"name": "自定", "bands": [{"label": "好", "range": "[60, +∞)"},
                                        {"label": "差", "range": "(-∞, 60)"}]},
    "rounding": {"leaf": {"places": 3, "mode": "down"}, "rate": {"places": 4, "mode": "half_even"},
                 "parent": {"places": 2, "mode": "half_down"}, "total": {"places": 1, "mode": "ceiling"}},
    "not_applicable": "drop",
    "percent_numbers": "fraction",
    "indicators": [
      {"code": "A", "name": "甲", "points": 100.0, "children": [
        {"code": "A1", "name": "比率", "points": 10, "kind": "定量", "target": "≥95.50%",
         "rule": {"kind": "ratio_times_weight", "rate": {"ratio": ["分/子", "分母"]}, "label": "执行率",
                  "displayed_rate": {"places": 4, "mode": "floor"}, "cap": 1.0, "floor": 0.1}},
        {"code": "A2", "name": "达成", "points": 10, "target": "≤5.0%",
         "rule": {"kind": "target_attainment", "actual": {"percent": "完成率"}, "reverse": "linear",
                  "displayed_rate": {"places": 2, "mode": "up"}}},
        {"code": "A3", "name": "分档", "points": 10,
         "rule": {"kind": "step_bands", "value": {"input": "数量"}, "label": "数量",
                  "bands": [{"range": "(-∞, 3)", "points": 0}, {"range": "=3", "points": 5},
                            {"range": "(3, +∞)", "points": 10.00}]}},
        {"code": "A4", "name": "扣分", "points": 10,
         "rule": {"kind": "deduction", "value": {"percent": "控制率"}, "excess": "below",
                  "threshold": 0.9, "step": 0.03, "per_step": 1.5, "counting": "started_steps",
                  "cap": 8}},
        {"code": "A5", "name": "违规", "points": 10,
         "rule": {"kind": "deduction", "findings": "违规次数", "per_step": 2, "counting": "whole_steps"}},
        {"code": "A6", "name": "要点", "points": 10,
         "rule": {"kind": "checkpoints", "checkpoints": [{"name": "制度", "points": 4}, {"name": "执行", "points": 6}]}},
        {"code": "A7", "name": "类别", "points": 10,
         "rule": {"kind": "categorical", "input": "相符程度",
                  "categories": [{"label": "相符", "points": 10}, {"label": "不符", "points": 0}]}},
        {"code": "A8", "name": "定性", "points": 10, "kind": "定性", "target": {"statement": "≥好于去年"},
         "rule": {"kind": "qualitative_bands", "level_input": "评级", "score_input": "分数",
                  "levels": [{"label": "好", "aliases": ["很好"], "share": "[0.5, 1]"},
                             {"label": "差", "share": "[0, 0.5)"}]}},
        {"code": "A9", "name": "满意度", "points": 10, "target": "≥90%",
         "rule": {"kind": "survey_satisfaction", "rate": "满意/总数", "threshold": 0.85, "below": "zero",
                  "displayed_rate": {"places": 4}}},
        {"code": "A10", "name": "人工", "points": 10, "kind": "qualitative", "target": "逐步提高",
         "rule": {"kind": "manual_score", "score_input": "分", "reason_input": "理由", "deduction_input": "扣"}}
      ]}
    ]
  },
  "facts": {
    "A1": {"分/子": 0.960, "分母": 1},
    "A2": {"完成率": 0.04},
    "A3": {"数量": 3},
    "A4": {"控制率": "80.00%"},
    "A5": {"违规次数": 1},
    "A6": {"制度": true, "执行": false},
    "A7": {"相符程度": "相符"},
    "A8": {"评级": "很好", "分数": 7.5},
    "A9": {"满意": 88, "总数": 100},
    "A10": {"不适用": "本年无此项", "分": 0, "理由": "无", "扣": 10}
  },
  "budget": {"unit": "元", "initial": 12345678901234567890.12, "adjusted": 1994.00,
             "received": 1994.00, "spent": 693.68,
             "sources": [{"name": "财政拨款", "amount": 1994.00}], "uses": []}
})json";
  const io::EvaluationFile file = io::parse_evaluation(text, "all-rules.json");
  const std::string saved = round_trip(file);
  // Numbers keep their digits and scale; text keeps its quotes and control characters.
  CHECK(saved.find("12345678901234567890.12") != std::string::npos);
  CHECK(saved.find("\"total\": 100.0") != std::string::npos);
  CHECK(saved.find(R"json("全部规则 \"引号\"\n第二行\t制表")json") != std::string::npos);
  // A statement that starts like a comparator stays a statement.
  CHECK(saved.find(R"json("statement": "≥好于去年")json") != std::string::npos);
  // The convention is kept, and percentages are written in percent: they need none.
  CHECK(saved.find(R"json("percent_numbers": "fraction")json") != std::string::npos);
  CHECK(saved.find(R"json("threshold": "90%")json") != std::string::npos);
  CHECK(saved.find(R"json("step": "3%")json") != std::string::npos);
  CHECK(saved.find(R"json("threshold": "85%")json") != std::string::npos);
  CHECK(saved.find(R"json("完成率": "4%")json") != std::string::npos);  // 0.04, a fraction
}

TEST_CASE("a framework referenced by file name is referenced again, not inlined") {
  io::EvaluationFile file;
  file.framework = seed::framework();
  file.evaluation = seed::evaluation();
  file.framework_file = "framework.json";
  const std::string saved = io::write_evaluation(file);
  CHECK(saved.find("\"framework\": \"framework.json\"") != std::string::npos);
  CHECK(saved.find("jixiao.framework/1") == std::string::npos);
}

namespace {
// A kind no registry knows (rule_registry_test.cpp registers a per_trainee of its own).
class PerTrainee final : public Rule {
 public:
  std::string_view kind() const noexcept override { return "per_trainee_unregistered"; }
  std::string criterion(const Indicator&) const override { return "每培训1人得0.5分"; }
  Score score(const RuleContext&) const override { return {Ratio(Decimal(1)), "1"}; }
};
}  // namespace

TEST_CASE("a custom C++ rule has no file form: WriteError 710 names the indicator") {
  Framework framework = seed::framework();
  framework.root.children[0].children[0].children[0].rule = std::make_shared<const PerTrainee>();
  const std::string code = framework.root.children[0].children[0].children[0].code;
  try {
    (void)io::write_framework(framework);
    FAIL("no WriteError");
  } catch (const io::WriteError& e) {
    CHECK(e.code() == ErrorCode::unwritable);
    CHECK(std::string(e.what()).rfind(
              "[jixiao.write_error.710] /indicators/0/children/0/children/0/rule: " + code, 0) ==
          0);
    CHECK(std::string(e.what()).find("per_trainee_unregistered") != std::string::npos);
  }
}

TEST_CASE(
    "an evaluation that references a framework file reads it, locates it, and saves the "
    "reference") {
  const std::filesystem::path directory =
      std::filesystem::temp_directory_path() / ("jixiao-writer-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(directory);
  const auto write = [](const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  };
  write(directory / "framework.json", io::write_framework(seed::framework()));
  io::EvaluationFile original;
  original.framework = seed::framework();
  original.evaluation = seed::evaluation();
  original.framework_file = "framework.json";
  write(directory / "evaluation.json", io::write_evaluation(original));

  const io::EvaluationFile file = io::read_evaluation_file(directory / "evaluation.json");
  CHECK(file.framework_file == "framework.json");
  CHECK(evaluate(file.framework, file.evaluation).total == 88.26_dec);
  // Indicators are located in the framework file, facts in the evaluation file.
  CHECK(file.locate_indicator("2.1.2").file == (directory / "framework.json").string());
  CHECK(file.locate_indicator("2.1.2").line > 1);
  CHECK(file.locate_facts("2.1.2").file == (directory / "evaluation.json").string());
  round_trip(file, directory.string());
  std::filesystem::remove_all(directory);
}

TEST_CASE("files are written as people write them: what fits in 100 columns on one line") {
  io::EvaluationFile file;
  file.framework = seed::framework();
  file.evaluation = seed::evaluation();
  // Strings that look like JSON structure, escapes, and a fact too long for one line.
  file.evaluation.facts["1.1.1"].set("评分理由",
                                     FactValue("依据 {文件} [2023] \"第1号\",\n见附件"));
  file.evaluation.facts["2.1.3"].set("评分理由",
                                     FactValue(std::string(60, 'x') + "：未发现违规情况"));
  const std::string saved = round_trip(file);

  CHECK(saved.find("\n    \"2.1.2\": {\"实际到位资金\": 1994.00, \"实际支出资金\": 693.68}") !=
        std::string::npos);
  CHECK(saved.find("\"rounding\": {\"leaf\": {\"places\": 2, \"mode\": \"half_up\"}}") !=
        std::string::npos);
  CHECK(saved.find("\"依据 {文件} [2023] \\\"第1号\\\",\\n见附件\"") != std::string::npos);
  // The long one stays on several lines.
  CHECK(saved.find("\n    \"2.1.3\": {\n") != std::string::npos);
}

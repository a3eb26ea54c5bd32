// Reading batch lines (io::BatchLineReader): exact numbers into their input positions, ids
// and titles, 不适用 and unknown codes for evaluate(), and every bad line located.
#include <jixiao/io/batch_reader.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/input_error.hpp>
#include <jixiao/jixiao.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

const PreparedFramework& seed() {
  static const PreparedFramework prepared(
      io::read_framework_of(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json"));
  return prepared;
}

// The error a line raises, as text.
std::string error_of(const std::string& line) {
  io::BatchLineReader reader(seed(), "batch.jsonl");
  InputRow row = seed().make_row();
  try {
    reader.read(line, 7, row);
  } catch (const io::InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a batch line fills the row exactly, and scores as the evaluation file does") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  // The seed's facts as one line.
  std::string line = R"({"id": "P1", "title": "机关运行补助", "facts": {)";
  bool first = true;
  for (const auto& [code, leaf] : file.evaluation.facts.leaves()) {
    line += std::string(first ? "" : ", ") + "\"" + code + "\": {";
    bool first_fact = true;
    const Indicator* indicator = file.framework.root.find(code);
    const std::vector<std::string> percent = indicator->rule->percent_inputs(*indicator);
    for (const auto& [name, value] : leaf.values()) {
      line += std::string(first_fact ? "" : ", ") + "\"" + name + "\": ";
      // A percentage is written in percent ("34.79%"): a bare number there is refused.
      if (value.number() && std::find(percent.begin(), percent.end(), name) != percent.end())
        line += "\"" + (*value.number() * Decimal(100)).strip_trailing_zeros().to_string() + "%\"";
      else
        line += value.number() ? value.number()->to_string() : "\"" + *value.text() + "\"";
      first_fact = false;
    }
    line += "}";
    first = false;
  }
  line += "}}";

  io::BatchLineReader reader(seed(), "batch.jsonl");
  InputRow row = seed().make_row();
  reader.read(line, 1, row);
  CHECK(reader.id() == "P1");
  CHECK(reader.title() == "机关运行补助");
  CHECK(row.extra.leaves().empty());
  const InputValue& spent = row.values[*seed().find_input("2.1.2", "实际支出资金")];
  REQUIRE(spent.type() == InputValue::Type::number);
  CHECK(spent.number().to_string() == "693.68");
  RowScore result = seed().make_result();
  seed().score(row, result);
  CHECK(result.compiled);
  CHECK(result.total == 88.26_dec);
  CHECK(result.grade->label == "良");
}

TEST_CASE("numbers keep every digit, ids may be numbers, blank lines are the caller's") {
  io::BatchLineReader reader(seed(), "batch.jsonl");
  InputRow row = seed().make_row();
  reader.read(
      R"({"id": 42, "facts": {"2.1.2": {"实际支出资金": 0.1000000000000000055511151231257827, "实际到位资金": 1.5E+3}}})",
      3, row);
  CHECK(reader.id() == "42");
  CHECK(row.values[*seed().find_input("2.1.2", "实际支出资金")].number().to_string() ==
        "0.1000000000000000055511151231257827");
  CHECK(row.values[*seed().find_input("2.1.2", "实际到位资金")].number() == 1500_dec);
  // The next line starts from a clear row.
  reader.read(R"({"facts": {}})", 4, row);
  CHECK(reader.id().empty());
  CHECK(row.values[*seed().find_input("2.1.2", "实际支出资金")].type() == InputValue::Type::absent);
}

TEST_CASE("不适用 and codes the framework lacks go to evaluate(), which decides") {
  io::BatchLineReader reader(seed(), "batch.jsonl");
  InputRow row = seed().make_row();
  reader.read(R"({"facts": {"4.2.1": {"不适用": "未开展调查"}, "9.9": {"x": 1}}})", 1, row);
  REQUIRE(row.extra.find("4.2.1") != nullptr);
  CHECK(row.extra.find("4.2.1")->is_not_applicable());
  CHECK(row.extra.find("4.2.1")->not_applicable_reason() == "未开展调查");
  CHECK(row.extra.find("9.9") != nullptr);
  RowScore result = seed().make_result();
  CHECK_THROWS_WITH_AS(seed().score(row, result),
                       doctest::Contains("facts are given for indicator \"9.9\""), ScoringError);
}

TEST_CASE("a bad line is an InputError at its line and column, with the JSON path") {
  CHECK(error_of("{\"facts\": {\"2.1.2\": {\"实际支出资金\": 01}}}") ==
        "[jixiao.input_error.701] batch.jsonl:7:32: /facts/2.1.2/实际支出资金: not a JSON number");
  CHECK(error_of("{\"facts\": {\"2.1.2\": {\"实际支出资金\": null}}}") ==
        "[jixiao.input_error.712] batch.jsonl:7:32: /facts/2.1.2/实际支出资金: the fact is "
        "blank (null): fill it in");
  CHECK(error_of("{\"facts\": {\"2.1.2\": {\"实际支出资金\": 1, \"实际支出资金\": 2}}}") ==
        "[jixiao.input_error.708] batch.jsonl:7:45: /facts/2.1.2/实际支出资金: the fact is given "
        "twice");
  CHECK(error_of("{\"facts\": {\"2.1.2\": [1]}}") ==
        "[jixiao.input_error.702] batch.jsonl:7:21: /facts/2.1.2: expected an object of named "
        "facts");
  CHECK(error_of("{\"facts\": {}, \"score\": 1}") ==
        "[jixiao.input_error.703] batch.jsonl:7:24: /score: unknown field (a line has id, title "
        "and facts)");
  CHECK(error_of("{\"id\": \"x\"}") ==
        "[jixiao.input_error.704] batch.jsonl:7:1: the line has no \"facts\"");
  CHECK(error_of("[1, 2]") ==
        "[jixiao.input_error.702] batch.jsonl:7:1: a line must be one evaluation: a JSON object "
        "{\"facts\": …}");
  CHECK(error_of("{\"facts\": {}} x").rfind("[jixiao.input_error.701] batch.jsonl:7:", 0) == 0);
  CHECK(error_of("{\"facts\": {\"2.1.2\": {\"实际支出资金\": 1}")
            .rfind("[jixiao.input_error.701] batch.jsonl:7:", 0) == 0);
  CHECK(error_of("{\"facts\": \xff}") ==
        "[jixiao.input_error.701] batch.jsonl:7:1: the line is not valid UTF-8");
  CHECK(error_of("").rfind("[jixiao.input_error.701] batch.jsonl:7:", 0) == 0);
}

TEST_CASE("the framework of a batch comes from a framework file or an evaluation file") {
  const Framework from_evaluation =
      io::read_framework_of(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  CHECK(from_evaluation.root.children.size() == 4);
  CHECK_THROWS_AS(io::read_framework_of(JIXIAO_EXAMPLES_DIR "/data/no-such-file.json"),
                  io::InputError);
}

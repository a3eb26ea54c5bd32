// Fuzz target: jixiao::Formula on any text, and every formula it accepts scored on facts
// drawn from the input, through evaluate() and through batch scoring. Layout: one byte of
// choices (the 分值, the target, the outside_points policy), the formula up to the first NUL
// byte, then the bytes the facts are drawn from.
//
// Properties: parse() returns or throws FormulaError, with a column inside the text (or just
// after it); text() is the formula as given and description() always renders; a score is
// within [0, 分值]; PreparedFramework::score() gives exactly the score evaluate() gives, or
// both refuse the facts with a jixiao::Error. Anything else thrown escapes and is a finding.
#include <jixiao/evaluate.hpp>
#include <jixiao/formula.hpp>
#include <jixiao/prepared_framework.hpp>
#include <jixiao/rules/formula_score.hpp>

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace {

// Draws values from the bytes after the formula; zeros once they run out.
class Pool {
 public:
  explicit Pool(std::string_view bytes) : bytes_(bytes) {}

  std::uint8_t byte() {
    if (bytes_.empty()) return 0;
    const auto b = static_cast<std::uint8_t>(bytes_.front());
    bytes_.remove_prefix(1);
    return b;
  }

  // Mostly small numbers with up to three places, sometimes zero, sometimes near the limit.
  jixiao::Decimal number() {
    const std::uint8_t shape = byte();
    if (shape % 16 == 0) return jixiao::Decimal();
    if (shape % 16 == 1) return jixiao::Decimal::parse("99999999999999999999999999999999.999999");
    const int high = byte();  // in two statements: the order of the draws is fixed
    const auto whole = static_cast<std::int16_t>(high << 8 | byte());
    static const jixiao::Decimal scale[4] = {jixiao::Decimal::parse("1"), jixiao::Decimal::parse("0.1"),
                                             jixiao::Decimal::parse("0.01"),
                                             jixiao::Decimal::parse("0.001")};
    return jixiao::Decimal(whole) * scale[shape / 16 % 4];
  }

 private:
  std::string_view bytes_;
};

jixiao::FactValue draw(const jixiao::Formula::Input& input, Pool& pool) {
  switch (input.type) {
    case jixiao::FormulaType::flag:
      return pool.byte() % 2 == 1;
    case jixiao::FormulaType::text: {
      static const char* const texts[] = {"达成", "未达成", "部分达成", ""};
      return texts[pool.byte() % 4];
    }
    case jixiao::FormulaType::number:
      break;
  }
  return pool.number();
}

jixiao::Framework framework_for(const jixiao::Formula& formula, std::uint8_t choices, Pool& pool) {
  const jixiao::Decimal points(1 + choices % 20);
  jixiao::Indicator leaf;
  leaf.code = "1.1.1";
  leaf.name = "指标";
  leaf.kind = jixiao::IndicatorKind::quantitative;
  leaf.points = points;
  if (formula.uses_target()) {  // 目标值 needs a quantitative target
    const auto comparator = static_cast<jixiao::Comparator>(choices / 20 % 5);
    leaf.target = choices / 100 % 2 == 1
                      ? jixiao::Target::percent(comparator,
                                                jixiao::Decimal(pool.byte()) * jixiao::Decimal::parse("0.01"))
                      : jixiao::Target::quantitative(comparator, pool.number());
  }
  const auto outside = choices >= 128 ? jixiao::rules::OutsidePoints::clamp
                                      : jixiao::rules::OutsidePoints::error;
  leaf.rule = std::make_shared<const jixiao::rules::FormulaScore>(
      jixiao::rules::FormulaScore(formula).outside_points(outside));
  jixiao::Framework framework;
  framework.declared_total = points;
  framework.root = jixiao::group(
      "", "总分", points,
      {jixiao::group("1", "一级", points, {jixiao::group("1.1", "二级", points, {leaf})})});
  return framework;
}

void check_scoring(const jixiao::Formula& formula, std::uint8_t choices, Pool& pool) {
  std::optional<jixiao::PreparedFramework> prepared;
  try {
    prepared.emplace(framework_for(formula, choices, pool));
  } catch (const jixiao::Error&) {
    return;  // e.g. a target value the framework refuses
  }
  for (int round = 0; round < 4; ++round) {
    jixiao::LeafFacts facts;
    for (const jixiao::Formula::Input& input : formula.inputs()) {
      if (pool.byte() % 8 == 7) continue;  // absent: needed only if a branch reads it
      facts.set(input.name, draw(input, pool));
    }
    jixiao::Evaluation evaluation;
    evaluation.facts["1.1.1"] = facts;
    std::optional<jixiao::Decimal> expected;
    std::string refusals;  // what each side said, for the report of a failed property
    try {
      expected = jixiao::evaluate(prepared->framework(), evaluation).nodes.back().score;
    } catch (const jixiao::Error& e) {
      refusals += std::string("\nevaluate(): ") + e.what();
    }
    jixiao::InputRow row = prepared->make_row();
    jixiao::RowScore result = prepared->make_result();
    std::optional<jixiao::Decimal> batch;
    try {
      prepared->fill(evaluation.facts, row);
      prepared->score(row, result);
      batch = result.scores.back();
    } catch (const jixiao::Error& e) {
      refusals += std::string("\nbatch: ") + e.what();
    }
    fuzz_check(batch.has_value() == expected.has_value(),
               "batch scoring refuses the facts exactly when evaluate() does",
               formula.text() + refusals);
    if (!expected) continue;
    fuzz_check(*batch == *expected, "batch scoring gives evaluate()'s score",
               formula.text() + " → " + expected->to_string() + " vs " + batch->to_string());
    fuzz_check(*expected >= jixiao::Decimal() &&
                   *expected <= prepared->framework().root.points,
               "a formula's score is within [0, 分值]", formula.text());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t choices = data[0];
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t end = rest.find('\0');
  const std::string_view text = rest.substr(0, end);
  Pool pool(end == std::string_view::npos ? std::string_view() : rest.substr(end + 1));

  std::optional<jixiao::Formula> formula;
  try {
    formula.emplace(jixiao::Formula::parse(text));
  } catch (const jixiao::FormulaError& e) {
    fuzz_check(e.column() >= 1 && e.column() <= text.size() + 1,
               "a formula error's column is inside the text", std::string(text));
    return 0;
  }
  fuzz_check(formula->text() == text, "text() is the formula as written", std::string(text));
  (void)formula->description();
  check_scoring(*formula, choices, pool);
  return 0;
}

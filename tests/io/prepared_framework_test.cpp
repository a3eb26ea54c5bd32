// Batch scoring (PreparedFramework) gives what evaluate() gives: every node, the total, the
// grade, and the same error for a row that cannot be scored. Checked on every example
// framework with thousands of random variations of its facts, reproducibly.
#include <jixiao/batch_summary.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/jixiao.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// Random facts around the example's own: numbers scaled by a factor in [0, 1.5] or replaced
// by small integers (zero among them), levels and scores drawn anew for qualitative leaves,
// the occasional fact dropped, the occasional text that is not a number.
class Perturber {
 public:
  explicit Perturber(std::uint64_t seed) : random_(seed) {}

  Facts operator()(const Framework& framework, const Facts& base) {
    Facts out;
    for (const auto& [code, leaf] : base.leaves()) {
      LeafFacts& facts = out[code];
      if (leaf.is_not_applicable()) facts.not_applicable(leaf.not_applicable_reason());
      const Indicator* indicator = find(framework.root, code);
      const auto* bands = indicator && indicator->rule
                              ? dynamic_cast<const rules::QualitativeBands*>(indicator->rule.get())
                              : nullptr;
      // The level is drawn first: the score is drawn inside its band.
      const rules::Level* level = bands ? &bands->levels()[draw(bands->levels().size())] : nullptr;
      for (const auto& [name, value] : leaf.values()) {
        if (draw(1000) == 0) continue;  // a missing input
        if (bands && name == bands->level_input()) {
          facts.set(name, FactValue(level->label));
        } else if (bands && name == bands->score_input()) {
          // A score to one place in [0, 分值], inside the level's band but now and then.
          const std::int64_t most =
              std::stoll((indicator->points * 10).round(0, Rounding::down).to_string());
          Decimal score;
          for (int attempt = 0; attempt < 100; ++attempt) {
            score = Decimal::from_scaled(
                static_cast<std::int64_t>(draw(static_cast<std::uint64_t>(most) + 1)), 1);
            if (draw(50) == 0 || indicator->points.is_zero() ||
                level->share.contains(Ratio(score, indicator->points))) {
              break;
            }
          }
          facts.set(name, score);
        } else if (const Decimal* number = value.number()) {
          facts.set(name, vary(*number));
        } else if (const std::string* text = value.text()) {
          Decimal parsed;
          if (draw(2000) == 0) {
            facts.set(name, FactValue(std::string("不详")));
          } else if (try_parse(*text, parsed)) {
            facts.set(name, FactValue(vary(parsed).to_string()));
          } else {
            facts.set(name, value);
          }
        } else {
          facts.set(name, draw(2) == 0 ? FactValue(true) : FactValue(false));
        }
      }
    }
    return out;
  }

 private:
  std::uint64_t draw(std::uint64_t n) { return random_() % n; }

  Decimal vary(const Decimal& number) {
    switch (draw(40)) {
      case 0:
        return Decimal(static_cast<std::int64_t>(draw(6)));  // small integers, zero among them
      case 1:
        return number;
      default: {
        const Decimal factor = Decimal::from_scaled(static_cast<std::int64_t>(draw(15001)), 4);
        return (number * factor)
            .round(number.scale() + static_cast<int>(draw(3)), Rounding::half_up);
      }
    }
  }

  static bool try_parse(const std::string& text, Decimal& out) {
    try {
      out = Decimal::parse(text);
      return true;
    } catch (const Error&) {
      return false;
    }
  }

  static const Indicator* find(const Indicator& node, const std::string& code) {
    if (node.code == code) return &node;
    for (const Indicator& child : node.children) {
      if (const Indicator* found = find(child, code)) return found;
    }
    return nullptr;
  }

  std::mt19937_64 random_;
};

struct Outcome {
  bool scored = false;
  std::string error;
  std::vector<std::string> scores;  // every node, with its scale
  std::string total;
  std::string out_of;
  std::string grade;
};

Outcome by_evaluate(const Framework& framework, const Evaluation& evaluation) {
  Outcome out;
  try {
    const Scorecard card = evaluate(framework, evaluation);
    out.scored = true;
    for (const NodeScore& node : card.nodes) out.scores.push_back(node.score.to_string());
    out.total = card.total.to_string();
    out.out_of = card.out_of.to_string();
    out.grade = card.rating.is_rated() ? card.rating.label : "-";
  } catch (const Error& e) {
    out.error = e.what();
  }
  return out;
}

Outcome by_batch(const PreparedFramework& prepared, const InputRow& row, RowScore& result) {
  Outcome out;
  try {
    prepared.score(row, result);
    out.scored = true;
    for (const Decimal& score : result.scores) out.scores.push_back(score.to_string());
    out.total = result.total.to_string();
    out.out_of = result.out_of.to_string();
    out.grade = result.grade ? result.grade->label : "-";
  } catch (const Error& e) {
    out.error = e.what();
  }
  return out;
}

// `plain`: whether the example's facts need only the compiled path (no 不适用).
void check_agreement(const char* path, int rows, std::uint64_t seed, bool plain) {
  CAPTURE(path);
  const io::EvaluationFile file = io::read_evaluation_file(path);
  const PreparedFramework prepared(file.framework);
  CHECK(prepared.fully_compiled());
  InputRow row = prepared.make_row();
  RowScore result = prepared.make_result();
  Perturber perturb(seed);
  int compiled = 0;
  int failed = 0;
  for (int i = 0; i < rows; ++i) {
    Evaluation evaluation;
    evaluation.facts =
        i == 0 ? file.evaluation.facts : perturb(file.framework, file.evaluation.facts);
    prepared.fill(evaluation.facts, row);
    const Outcome expected = by_evaluate(file.framework, evaluation);
    const Outcome got = by_batch(prepared, row, result);
    CAPTURE(i);
    REQUIRE(got.scored == expected.scored);
    CHECK(got.error == expected.error);
    CHECK(got.scores == expected.scores);
    CHECK(got.total == expected.total);
    CHECK(got.out_of == expected.out_of);
    CHECK(got.grade == expected.grade);
    if (got.scored && result.compiled) ++compiled;
    if (!got.scored) ++failed;
  }
  // The compiled path took the plain rows that scored (most variations break a fact or
  // two: a satisfaction above 100%, a score outside its band), and some rows failed.
  if (plain) {
    CHECK(compiled > rows / 10);
  } else {
    CHECK(compiled == 0);
  }
  CHECK(failed > 0);
}

}  // namespace

TEST_CASE("batch scoring agrees with evaluate on random variations of the seed") {
  check_agreement(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json", 3000, 20231, true);
}

TEST_CASE("batch scoring agrees with evaluate on the department example (other rule kinds)") {
  check_agreement(JIXIAO_EXAMPLES_DIR "/data/department-training-2024.json", 3000, 2024, true);
}

TEST_CASE("batch scoring agrees with evaluate on the self-evaluation example (with 不适用)") {
  check_agreement(JIXIAO_EXAMPLES_DIR "/data/self-evaluation-water-2023.json", 3000, 2023, false);
}

TEST_CASE("a row with 不适用 or a custom rule goes through evaluate and still agrees") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  const PreparedFramework prepared(file.framework);
  Facts facts = file.evaluation.facts;
  facts["4.2.1"] = LeafFacts().not_applicable("未开展满意度调查");
  InputRow row = prepared.make_row();
  prepared.fill(facts, row);
  CHECK(!row.extra.leaves().empty());
  RowScore result = prepared.make_result();
  prepared.score(row, result);
  CHECK(!result.compiled);
  Evaluation evaluation;
  evaluation.facts = facts;
  const Scorecard card = evaluate(file.framework, evaluation);
  CHECK(result.total == card.total);
  CHECK(result.out_of == card.out_of);
  CHECK(result.grade->label == card.rating.label);
  const std::size_t satisfaction = *prepared.find_node("4.2.1");
  CHECK(!result.applicable[satisfaction]);

  // The next plain row is compiled again, every indicator applicable.
  prepared.fill(file.evaluation.facts, row);
  prepared.score(row, result);
  CHECK(result.compiled);
  CHECK(result.total == 88.26_dec);
  CHECK(result.applicable[satisfaction]);
}

TEST_CASE("a bad row raises evaluate's error, naming the indicator and the input") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  const PreparedFramework prepared(file.framework);
  InputRow row = prepared.make_row();
  RowScore result = prepared.make_result();
  prepared.fill(file.evaluation.facts, row);
  row.values[*prepared.find_input("2.1.2", "实际到位资金")] = InputValue::of(0_dec);
  CHECK_THROWS_WITH_AS(prepared.score(row, result),
                       doctest::Contains("2.1.2 预算执行率: 实际支出资金/实际到位资金 = "
                                         "693.68/0: the denominator is zero"),
                       ScoringError);
  row.values[*prepared.find_input("2.1.2", "实际到位资金")] = InputValue();
  CHECK_THROWS_WITH_AS(prepared.score(row, result),
                       doctest::Contains("input \"实际到位资金\" is missing"), ScoringError);
}

TEST_CASE("the inputs of a prepared framework are the facts its rules read") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  const PreparedFramework prepared(file.framework);
  CHECK(prepared.nodes().size() == 34);  // the root, 4 一级, 11 二级 and 18 三级指标
  CHECK(prepared.inputs().size() == 31);
  const std::size_t execution = *prepared.find_node("2.1.2");
  CHECK(prepared.nodes()[execution].input_count == 2);
  CHECK(prepared.find_input("2.1.2", "实际支出资金").has_value());
  CHECK(!prepared.find_input("2.1.2", "实际完成值").has_value());
  CHECK(!prepared.find_input("9.9", "得分").has_value());
  CHECK(!prepared.find_node("9.9").has_value());
  CHECK(prepared.nodes()[execution].indicator->name == "预算执行率");
  CHECK(prepared.nodes()[prepared.nodes()[execution].parent].indicator->code == "2.1");
}

TEST_CASE("a summary counts grades and finds the median and the indicators losing most") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  const PreparedFramework prepared(file.framework);
  InputRow row = prepared.make_row();
  RowScore result = prepared.make_result();
  BatchSummary summary(prepared);
  CHECK(!summary.median().has_value());
  prepared.fill(file.evaluation.facts, row);
  prepared.score(row, result);  // 88.26 良
  summary.add(result);
  row.values[*prepared.find_input("2.1.2", "实际支出资金")] = InputValue::of(1994_dec);
  row.values[*prepared.find_input("3.4.1", "实际完成值")] = InputValue::of(1_dec);
  prepared.score(row, result);  // 2.1.2 full (5), 3.4.1 full (13): 88.26 + 3.26 + 8.48 = 100
  CHECK(result.total == 100_dec);
  summary.add(result);
  BatchSummary other(prepared);
  other.add(result);
  other.add_failure();
  summary.merge(other);

  CHECK(summary.count() == 3);
  CHECK(summary.failures() == 1);
  CHECK(*summary.min() == 88.26_dec);
  CHECK(*summary.max() == 100_dec);
  CHECK(summary.median()->round(2, Rounding::half_up) == 100_dec);
  CHECK(summary.mean()->round(4, Rounding::half_up) == 96.0867_dec);  // 288.26 / 3
  const auto& bands = prepared.framework().grades.bands();
  for (std::size_t i = 0; i < bands.size(); ++i) {
    CAPTURE(bands[i].label);
    CHECK(summary.grade_counts()[i] == (bands[i].label == "优"   ? 2u
                                        : bands[i].label == "良" ? 1u
                                                                 : 0u));
  }
  const auto most = summary.most_lost(2);
  REQUIRE(most.size() == 2);
  CHECK(prepared.nodes()[most[0].first].indicator->code == "3.4.1");  // 13 − 4.52 once
  CHECK(most[0].second == 8.48_dec);
  CHECK(prepared.nodes()[most[1].first].indicator->code == "2.1.2");  // 5 − 1.74 once
  CHECK(most[1].second == 3.26_dec);
}

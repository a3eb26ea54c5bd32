// Rule kinds registered by name: a C++ rule kind read from files with located errors and
// written back losslessly, through the same registry as the built-in kinds; what the registry
// refuses.
#include <jixiao/evaluate.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/io/rule_registry.hpp>
#include <jixiao/rule_context.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// `per` 分 for each trainee (培训人数), at most the 分值.
class PerTrainee final : public Rule {
 public:
  explicit PerTrainee(Decimal per) : per_(per) {}
  [[nodiscard]] const Decimal& per() const noexcept { return per_; }

  [[nodiscard]] std::string_view kind() const noexcept override { return "per_trainee"; }
  [[nodiscard]] std::string criterion(const Indicator&) const override {
    return "每培训1人得" + per_.to_string() + "分，满分为止";
  }
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const Decimal points = context.number("培训人数") * per_;
    if (points > context.points()) return {Ratio(context.points()), "满分为止"};
    return {Ratio(points), "培训人数×" + per_.to_string()};
  }

 private:
  Decimal per_;
};

// Another class calling itself per_trainee.
class Impostor final : public Rule {
 public:
  [[nodiscard]] std::string_view kind() const noexcept override { return "per_trainee"; }
  [[nodiscard]] std::string criterion(const Indicator&) const override { return ""; }
  [[nodiscard]] Score score(const RuleContext&) const override { return {Ratio(Decimal(0)), ""}; }
};

// Registers per_trainee in the process's registry once, whichever test runs first.
void register_per_trainee() {
  static const bool registered = [] {
    io::rule_kinds().add(io::make_rule_kind<PerTrainee>(
        "per_trainee",
        [](io::RuleParameters& p) {
          const Decimal per = p.number("per");
          if (per.signum() <= 0) p.fail("per", "the points per trainee must be above 0");
          return PerTrainee(per);
        },
        [](const PerTrainee& rule, io::RuleParameterWriter& w) { w.number("per", rule.per()); }));
    return true;
  }();
  (void)registered;
}

std::string evaluation(const std::string& rule, const std::string& trainees = "7") {
  return R"json({
  "format": "jixiao.evaluation/1",
  "title": "培训",
  "framework": {
    "format": "jixiao.framework/1",
    "name": "培训项目",
    "indicators": [
      {"code": "1", "name": "产出", "points": 100, "children": [
        {"code": "1.1", "name": "培训人数", "points": 5, "kind": "定量",
         "rule": )json" +
         rule + R"json(},
        {"code": "1.2", "name": "其他", "points": 95, "kind": "定性",
         "rule": {"kind": "manual_score"}}
      ]}
    ]
  },
  "facts": {
    "1.1": {"培训人数": )json" +
         trainees + R"json(},
    "1.2": {"得分": 90, "评分理由": "按评分标准"}
  }
}
)json";
}

Decimal score_of(const io::EvaluationFile& file, const std::string& code) {
  return evaluate(file.framework, file.evaluation).find(code)->score;
}

io::InputError read_error(const std::string& text) {
  try {
    (void)io::parse_evaluation(text, "training.json");
  } catch (const io::InputError& e) {
    return e;
  }
  FAIL("read without an error");
  return io::InputError(ErrorCode::invalid_value, io::SourceLocation("training.json"), "");
}

}  // namespace

TEST_CASE("a registered C++ rule kind reads from a file, scores, and survives load → save → load") {
  register_per_trainee();
  const io::EvaluationFile first =
      io::parse_evaluation(evaluation(R"({"kind": "per_trainee", "per": 0.5})"), "training.json");
  CHECK(score_of(first, "1.1") == 3.5_dec);  // 7 × 0.5
  CHECK(evaluate(first.framework, first.evaluation).find("1.1")->trace.rule == "per_trainee");

  const std::string saved = io::write_evaluation(first);
  CHECK(saved.find(R"({"kind": "per_trainee", "per": 0.5})") != std::string::npos);
  const io::EvaluationFile second = io::parse_evaluation(saved, "saved.json");
  CHECK(io::write_evaluation(second) == saved);
  CHECK(score_of(second, "1.1") == 3.5_dec);
  // The parameter keeps its scale and its exact value.
  const io::EvaluationFile tenths =
      io::parse_evaluation(evaluation(R"({"kind": "per_trainee", "per": 0.50})", "11"), "t.json");
  CHECK(io::write_evaluation(tenths).find(R"("per": 0.50)") != std::string::npos);
  CHECK(score_of(tenths, "1.1") == 5);  // 5.5, 满分为止
}

TEST_CASE("a registered kind's errors are located like a built-in's") {
  register_per_trainee();
  const io::InputError wrong = read_error(evaluation(R"({"kind": "per_trainee", "per": "半分"})"));
  CHECK(wrong.code() == ErrorCode::invalid_value);
  CHECK(wrong.where().file == "training.json");
  CHECK(wrong.where().line == 10);
  CHECK(wrong.where().path == "/framework/indicators/0/children/0/rule/per");

  const io::InputError refused = read_error(evaluation(R"({"kind": "per_trainee", "per": -1})"));
  CHECK(refused.code() == ErrorCode::invalid_value);
  CHECK(std::string(refused.what()).find("must be above 0") != std::string::npos);
  CHECK(refused.where().path == "/framework/indicators/0/children/0/rule/per");

  CHECK(read_error(evaluation(R"({"kind": "per_trainee"})")).code() == ErrorCode::missing_field);
  const io::InputError typo =
      read_error(evaluation(R"({"kind": "per_trainee", "per": 0.5, "pre": 1})"));
  CHECK(typo.code() == ErrorCode::unknown_field);
  CHECK(typo.where().path == "/framework/indicators/0/children/0/rule/pre");

  const io::InputError unknown = read_error(evaluation(R"({"kind": "per_trainer", "per": 0.5})"));
  CHECK(unknown.code() == ErrorCode::invalid_value);
  CHECK(std::string(unknown.what()).find("unknown rule kind \"per_trainer\"") != std::string::npos);
  CHECK(std::string(unknown.what()).find("per_trainee") != std::string::npos);  // it lists kinds
}

TEST_CASE("the registry holds the built-in kinds first and refuses a name twice") {
  register_per_trainee();
  const std::vector<std::string> names = io::rule_kinds().names();
  REQUIRE(names.size() >= 11);
  CHECK(names[0] == "ratio_times_weight");
  CHECK(names[9] == "formula");
  CHECK(io::rule_kinds().find("step_bands") != nullptr);
  CHECK(io::rule_kinds().find("no_such_kind") == nullptr);

  const auto refused = [](io::RuleKind kind) {
    try {
      io::rule_kinds().add(std::move(kind));
    } catch (const io::RuleKindError& e) {
      CHECK(e.code() == ErrorCode::invalid_rule_kind);
      return std::string(e.what());
    }
    return std::string("added");
  };
  const auto reader = [](io::RuleParameters&) -> std::shared_ptr<const Rule> { return nullptr; };
  CHECK(refused({"formula", reader, {}}).find("registered already") != std::string::npos);
  CHECK(refused({"per_trainee", reader, {}}).find("registered already") != std::string::npos);
  CHECK(refused({"", reader, {}}).find("needs a name") != std::string::npos);
  CHECK(refused({"readerless", {}, {}}).find("has no reader") != std::string::npos);
  CHECK(io::rule_kinds().find("readerless") == nullptr);

  // A registry of one's own starts empty.
  io::RuleRegistry own;
  CHECK(own.names().empty());
  own.add({"per_trainee", reader, {}});
  CHECK(own.find("per_trainee") != nullptr);
}

TEST_CASE("writing a rule that borrows a registered kind's name is refused, not mis-written") {
  register_per_trainee();
  io::EvaluationFile file =
      io::parse_evaluation(evaluation(R"({"kind": "per_trainee", "per": 0.5})"), "training.json");
  file.framework.root.children[0].children[0].rule = std::make_shared<const Impostor>();
  CHECK_THROWS_AS((void)io::write_evaluation(file), io::RuleKindError);
}

// A scoring rule written by an evaluator in C++, compiled against the installed package:
// it plugs into a framework exactly like the built-in rules, and its formula is unit-tested
// with <jixiao/testing.hpp>.
#include <jixiao/jixiao.hpp>
#include <jixiao/testing.hpp>

#include <iostream>
#include <string>

namespace {

using namespace jixiao;
using namespace jixiao::literals;

// 培训人次: 0.5 分 per trainee, at most the 分值 (满分为止).
class PerTrainee final : public Rule {
 public:
  std::string_view kind() const noexcept override { return "per_trainee"; }
  std::string criterion(const Indicator&) const override { return "每培训1人得0.5分，满分为止"; }
  Score score(const RuleContext& context) const override {
    const Decimal trainees = context.number("培训人数");
    if (trainees.signum() < 0) context.fail(ErrorCode::invalid_input, "培训人数 is negative");
    Decimal points = trainees * 0.5_dec;
    if (points > context.points()) points = context.points();
    context.trace().step("培训人数", "", trainees.to_string() + "人");
    return {points, trainees.to_string() + "×0.5"};
  }
};

int failures = 0;
void expect(bool ok, const std::string& what) {
  if (!ok) {
    std::cerr << "FAILED: " << what << "\n";
    ++failures;
  }
}

}  // namespace

int main() {
  const Indicator training =
      leaf("1.1", "培训人次", 5, IndicatorKind::quantitative, Target{}, PerTrainee{});

  // The formula, unit-tested as an auditor would.
  const auto eight = testing::score(training, {{"培训人数", 8}});
  expect(eight.score == 4, "8 trainees score 4");
  expect(eight.trace == "培训人数=8人；得分=8×0.5=4.00分", "trace: " + eight.trace);
  expect(testing::score(training, {{"培训人数", 30}}).score == 5, "capped at the 分值");
  expect(testing::error_of(training, {{"培训人数", -1}}) == ErrorCode::invalid_input,
         "a negative count is an error");

  // The same rule inside a framework, beside a built-in rule.
  Framework framework;
  framework.name = "培训项目";
  framework.root = group("", "培训项目", 100, {
      group("1", "产出", 60, {
          training,
          leaf("1.2", "预算执行率", 55, IndicatorKind::quantitative, Target{},
               rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))),
      }),
      group("2", "效益", 40, {
          leaf("2.1", "满意度", 40, IndicatorKind::quantitative,
               Target::percent(Comparator::at_least, 0.9_dec), rules::SurveySatisfaction()),
      }),
  });
  Evaluation evaluation;
  evaluation.facts = {{"1.1", {{"培训人数", 7}}},
                      {"1.2", {{"实际支出资金", 90}, {"实际到位资金", 100}}},
                      {"2.1", {{"满意人数", 45}, {"有效调查人数", 50}}}};
  const Scorecard card = evaluate(framework, evaluation);
  expect(card.find("1.1")->score == 3.5_dec, "custom rule scores 3.5 in the framework");
  expect(card.find("1.1")->trace.rule == "per_trainee", "trace names the custom rule");
  expect(card.total == 3.5_dec + 49.5_dec + 40, "total 93.00");
  expect(card.rating.label == "优", "grade 优");
  std::cout << "custom rule: total " << card.total << " " << card.rating.label << "\n";
  return failures == 0 ? 0 : 1;
}

// The nine built-in scoring rules (rules/*.hpp) and a custom Rule, scored through
// jixiao::testing::score(): exact scores at and around every band edge, zero, negative,
// missing and wrongly typed inputs, the report-wording traces, the error ids and messages,
// each rule's check() of its own parameters, and the RoundingPolicy's rate and leaf steps.
// Every expected value was computed by hand (and re-checked with Python's decimal/fractions).
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// The full message of the error that scoring `node` raises, or "(no error)".
std::string message_of(const Indicator& node, const LeafFacts& facts,
                       const RoundingPolicy& policy = {}) {
  try {
    (void)testing::score(node, facts, policy);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

// The problems the rule of `node` finds in its own parameters.
std::vector<Problem> problems_of(const Indicator& node) {
  std::vector<Problem> problems;
  node.rule->check(node, problems);
  return problems;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// ---- RatioTimesWeight fixtures --------------------------------------------------------------

Indicator execution_rate(const rules::RatioTimesWeight& rule, const Decimal& points = 5,
                         Target target = Target{}) {
  return leaf("2.1.2", "预算执行率", points, IndicatorKind::quantitative, std::move(target), rule);
}

rules::RatioTimesWeight spent_over_received() {
  return rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"));
}

// ---- TargetAttainment fixtures --------------------------------------------------------------

Indicator attainment(Target target, const rules::TargetAttainment& rule = rules::TargetAttainment(),
                     const Decimal& points = 10) {
  return leaf("3.1.1", "完成数量", points, IndicatorKind::quantitative, std::move(target), rule);
}

LeafFacts actual(const Decimal& value) { return {{"实际完成值", value}}; }

// ---- StepBands fixtures ---------------------------------------------------------------------

// 重点支出安排率 (5 分): ≥90% → 5; [80%, 90%) → 4; [70%, 80%) → 3; [60%, 70%) → 2; <60% → 0.
Indicator key_spending() {
  return leaf("1.3.1", "重点支出安排率", 5, IndicatorKind::quantitative, Target{},
              rules::StepBands(Quantity::ratio("重点支出", "项目支出"),
                               {{Interval::below(0.6_dec), 0},
                                {Interval::closed_open(0.6_dec, 0.7_dec), 2},
                                {Interval::closed_open(0.7_dec, 0.8_dec), 3},
                                {Interval::closed_open(0.8_dec, 0.9_dec), 4},
                                {Interval::at_least(0.9_dec), 5}}));
}

LeafFacts key(const Decimal& key_spent, const Decimal& project_spent) {
  return {{"重点支出", key_spent}, {"项目支出", project_spent}};
}

// 预算调整率 (3 分): =0 → 3; (0, 10%] → 2; (10%, 20%] → 1; (20%, 30%] → 0.5; >30% → 0.
Indicator budget_adjustment() {
  return leaf("2.1.1", "预算调整率", 3, IndicatorKind::quantitative, Target{},
              rules::StepBands(Quantity::percent("预算调整率"),
                               {{Interval::exactly(0), 3},
                                {Interval::open_closed(0, 0.1_dec), 2},
                                {Interval::open_closed(0.1_dec, 0.2_dec), 1},
                                {Interval::open_closed(0.2_dec, 0.3_dec), 0.5_dec},
                                {Interval::above(0.3_dec), 0}}));
}

Decimal adjustment_score(const Decimal& rate) {
  return testing::score(budget_adjustment(), {{"预算调整率", rate}}).score;
}

Indicator bands_leaf(std::vector<rules::Step> steps, const Decimal& points = 5) {
  return leaf("1.3.2", "分档指标", points, IndicatorKind::quantitative, Target{},
              rules::StepBands(Quantity::percent("比率"), std::move(steps)));
}

// ---- Deduction fixtures ---------------------------------------------------------------------

Indicator compliance(const rules::Deduction& rule, const Decimal& points = 5) {
  return leaf("2.3.1", "资金使用合规性", points, IndicatorKind::qualitative, Target{}, rule);
}

// ---- Checkpoints / Categorical / QualitativeBands / Survey / Manual fixtures --------------

rules::Checkpoints three_checkpoints() {
  return rules::Checkpoints({{"制度已建立", 1}, {"制度合法合规", 1}, {"制度完整", 1}});
}

Indicator management(const rules::Checkpoints& rule, const Decimal& points = 3) {
  return leaf("2.2.1", "管理制度健全性", points, IndicatorKind::qualitative, Target{}, rule);
}

LeafFacts flags(bool a, bool b, bool c) {
  return {{"制度已建立", a}, {"制度合法合规", b}, {"制度完整", c}};
}

Indicator budget_match(const Decimal& points = 10) {
  return leaf("2.1.3", "实际支出与预算相符性", points, IndicatorKind::qualitative, Target{},
              rules::Categorical("支出与预算", {{"相符", 10}, {"基本相符", 6}, {"调整较大", 0}}));
}

Indicator social_benefit(const rules::QualitativeBands& rule = rules::QualitativeBands()) {
  return leaf("3.2.1", "社会效益", 10, IndicatorKind::qualitative, Target::qualitative("逐步提高"),
              rule);
}

LeafFacts judged(const char* level, const Decimal& given) {
  return {{"等级", level}, {"得分", given}};
}

Indicator satisfaction(const rules::SurveySatisfaction& rule = rules::SurveySatisfaction(),
                       Target target = Target::percent(Comparator::at_least, 0.95_dec)) {
  return leaf("3.3.1", "服务对象满意度", 10, IndicatorKind::quantitative, std::move(target), rule);
}

LeafFacts surveyed(const Decimal& satisfied, const Decimal& respondents) {
  return {{"满意人数", satisfied}, {"有效调查人数", respondents}};
}

Indicator manual(const rules::ManualScore& rule = rules::ManualScore()) {
  return leaf("3.1.4", "超额完成情况", 5, IndicatorKind::qualitative, Target{}, rule);
}

// ---- A custom rule --------------------------------------------------------------------------

// 0.5 分 per trainee, at most the 分值; a negative count is refused through context.fail.
class PerTrainee final : public Rule {
 public:
  [[nodiscard]] std::string_view kind() const noexcept override { return "per_trainee"; }
  [[nodiscard]] std::string criterion(const Indicator&) const override {
    return "每培训1人得0.5分，满分为止";
  }
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const Decimal trainees = context.number("培训人数");
    if (trainees.signum() < 0) {
      context.fail(ErrorCode::invalid_input,
                   "the number of trainees " + trainees.to_string() + " is negative");
    }
    context.trace().step("培训人数", "", trainees.to_string() + "人");
    const Decimal points = trainees * 0.5_dec;
    if (points > context.points()) return {Ratio(context.points()), "满分为止"};
    return {Ratio(points), trainees.to_string() + "×0.5"};
  }
};

// A custom rule whose arithmetic divides by zero (a jixiao::Error that is not a ScoringError).
class PerCapita final : public Rule {
 public:
  [[nodiscard]] std::string_view kind() const noexcept override { return "per_capita"; }
  [[nodiscard]] std::string criterion(const Indicator&) const override { return "人均"; }
  void check(const Indicator& node, std::vector<Problem>& problems) const override {
    if (node.points > 100) problems.push_back({ErrorCode::invalid_rule, node.code, "too many"});
  }
  [[nodiscard]] Score score(const RuleContext& context) const override {
    return {Ratio(context.number("金额"), context.number("人数")), ""};
  }
};

Indicator training(const Decimal& points = 5) {
  return leaf("3.1.2", "培训人数", points, IndicatorKind::quantitative, Target{}, PerTrainee{});
}

}  // namespace

// =============================================================================================
// Rule kind 1: RatioTimesWeight
// =============================================================================================

TEST_CASE("RatioTimesWeight: the seed report's 预算执行率 34.79% x 5 = 1.74") {
  const Indicator node = execution_rate(
      spent_over_received().label("预算执行率").displayed_rate({4, Rounding::half_up}));
  const auto result =
      testing::score(node, {{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994_dec}});
  CHECK(result.score == 1.74_dec);
  CHECK(result.trace == "预算执行率=（693.68/1994）×100.00%=34.79%；得分=34.79%×5=1.74分");
  CHECK(result.details.notes.empty());
  CHECK(result.criterion ==
        "得分=预算执行率×分值（预算执行率=实际支出资金/实际到位资金×100%），"
        "预算执行率按百分比保留2位小数后计算");
}

TEST_CASE("RatioTimesWeight: the displayed rate and the exact rate round to different scores") {
  // 1.2345 / 10 = 0.12345 exactly. Displayed: 0.1235 × 10 = 1.235 → 1.24.
  // Exact: 0.12345 × 10 = 1.2345 → 1.23.
  const LeafFacts facts{{"实际支出资金", 1.2345_dec}, {"实际到位资金", 10}};
  const auto displayed = testing::score(
      execution_rate(spent_over_received().displayed_rate({4, Rounding::half_up}), 10), facts);
  CHECK(displayed.score == 1.24_dec);
  CHECK(displayed.trace == "预算执行率=（1.2345/10）×100.00%=12.35%；得分=12.35%×10=1.24分");

  const auto exact = testing::score(execution_rate(spent_over_received(), 10), facts);
  CHECK(exact.score == 1.23_dec);
  // Without a displayed rate the formula names the exact quotient, not the rounded 12.35%.
  CHECK(exact.trace == "预算执行率=（1.2345/10）×100.00%=12.35%；得分=（1.2345/10）×10=1.23分");
}

TEST_CASE("RatioTimesWeight: a rate given as a fraction is shown with all its digits") {
  const Indicator node = leaf("2.1.2", "预算执行率", 10, IndicatorKind::quantitative, Target{},
                              rules::RatioTimesWeight(Quantity::percent("执行率")));
  const auto result = testing::score(node, {{"执行率", 0.12345_dec}});
  CHECK(result.score == 1.23_dec);  // 1.2345 → 1.23
  CHECK(result.trace == "预算执行率=12.35%；得分=12.345%×10=1.23分");
}

TEST_CASE("RatioTimesWeight: cap(1) gives full points at 120%, without it 1.2 x w") {
  const LeafFacts facts{{"实际支出资金", 12}, {"实际到位资金", 10}};
  const auto capped = testing::score(execution_rate(spent_over_received().cap(1)), facts);
  CHECK(capped.score == 5);
  CHECK(capped.trace == "预算执行率=（12/10）×100.00%=120.00%；得分=100.00%×5=5.00分");
  REQUIRE(capped.details.notes.size() == 1);
  CHECK(capped.details.notes[0] == "预算执行率高于100.00%，按100.00%计分");

  const auto uncapped = testing::score(execution_rate(spent_over_received()), facts);
  CHECK(uncapped.score == 6);  // 1.2 × 5
  CHECK(uncapped.trace == "预算执行率=（12/10）×100.00%=120.00%；得分=（12/10）×5=6.00分");
  CHECK(uncapped.details.notes.empty());

  // Exactly at the cap: nothing is clamped, no note.
  const auto at_cap = testing::score(execution_rate(spent_over_received().cap(1)),
                                     {{"实际支出资金", 10}, {"实际到位资金", 10}});
  CHECK(at_cap.score == 5);
  CHECK(at_cap.details.notes.empty());
}

TEST_CASE("RatioTimesWeight: floor(0) with a negative numerator, and without a floor") {
  const LeafFacts facts{{"实际支出资金", -3}, {"实际到位资金", 10}};
  const auto floored = testing::score(execution_rate(spent_over_received().floor(0)), facts);
  CHECK(floored.score == 0);
  CHECK(floored.trace == "预算执行率=（-3/10）×100.00%=-30.00%；得分=0.00%×5=0.00分");
  REQUIRE(floored.details.notes.size() == 1);
  CHECK(floored.details.notes[0] == "预算执行率低于0.00%，按0.00%计分");

  // No floor: a negative rate is refused rather than scored −0.3 × 5 = −1.5.
  CHECK(testing::error_of(execution_rate(spent_over_received()), facts) ==
        ErrorCode::invalid_input);
}

TEST_CASE("RatioTimesWeight: a zero numerator scores 0") {
  const auto result = testing::score(execution_rate(spent_over_received()),
                                     {{"实际支出资金", 0}, {"实际到位资金", 1994.00_dec}});
  CHECK(result.score == 0);
  CHECK(result.trace == "预算执行率=（0/1994）×100.00%=0.00%；得分=（0/1994）×5=0.00分");
}

TEST_CASE("RatioTimesWeight: a zero denominator names the indicator and both inputs") {
  const Indicator node = execution_rate(spent_over_received());
  const LeafFacts facts{{"实际支出资金", 693.68_dec}, {"实际到位资金", 0.00_dec}};
  CHECK(testing::error_of(node, facts) == ErrorCode::zero_denominator);
  CHECK(message_of(node, facts) ==
        "[jixiao.invalid_facts.603] 2.1.2 预算执行率: 实际支出资金/实际到位资金 = 693.68/0.00: "
        "the denominator is zero");
  try {
    (void)testing::score(node, facts);
    FAIL("no error");
  } catch (const ScoringError& e) {
    REQUIRE(e.problems().size() == 1);
    CHECK(e.problems()[0].indicator == "2.1.2");
    CHECK(e.problems()[0].code == ErrorCode::zero_denominator);
  }
  // 0/0 is a zero denominator too, not 0%.
  CHECK(testing::error_of(node, {{"实际支出资金", 0}, {"实际到位资金", 0}}) ==
        ErrorCode::zero_denominator);
}

TEST_CASE("RatioTimesWeight: missing and wrongly typed inputs") {
  const Indicator node = execution_rate(spent_over_received());
  CHECK(testing::error_of(node, {{"实际支出资金", 693.68_dec}}) == ErrorCode::missing_input);
  CHECK(message_of(node, {{"实际支出资金", 693.68_dec}}) ==
        "[jixiao.invalid_facts.601] 2.1.2 预算执行率: input \"实际到位资金\" is missing");
  CHECK(testing::error_of(node, {}) == ErrorCode::missing_input);

  const LeafFacts text{{"实际支出资金", "六百九十三"}, {"实际到位资金", 1994}};
  CHECK(testing::error_of(node, text) == ErrorCode::invalid_input);
  CHECK(message_of(node, text) ==
        "[jixiao.invalid_facts.602] 2.1.2 预算执行率: input \"实际支出资金\" must be a number, "
        "not text \"六百九十三\"");
  const LeafFacts flag{{"实际支出资金", 693.68_dec}, {"实际到位资金", true}};
  CHECK(testing::error_of(node, flag) == ErrorCode::invalid_input);
  CHECK(contains(message_of(node, flag), "must be a number, not yes/no \"是\""));
}

TEST_CASE("RatioTimesWeight: RoundingPolicy.rate applies when the rule sets no displayed rate") {
  const LeafFacts facts{{"实际支出资金", 1.2345_dec}, {"实际到位资金", 10}};
  RoundingPolicy policy;
  policy.rate = RoundingStep{4, Rounding::half_up};
  const auto by_policy = testing::score(execution_rate(spent_over_received(), 10), facts, policy);
  CHECK(by_policy.score == 1.24_dec);  // 0.1235 × 10 = 1.235 → 1.24
  CHECK(by_policy.trace == "预算执行率=（1.2345/10）×100.00%=12.35%；得分=12.35%×10=1.24分");

  // The rule's own displayed rate wins over the policy: 0.12345 → 0.12 (down) → 1.20.
  const auto own = testing::score(
      execution_rate(spent_over_received().displayed_rate({2, Rounding::down}), 10), facts, policy);
  CHECK(own.score == 1.2_dec);
  CHECK(own.trace == "预算执行率=（1.2345/10）×100.00%=12.00%；得分=12.00%×10=1.20分");
}

TEST_CASE("RatioTimesWeight: check() rejects a cap below the floor and bad displayed places") {
  const Indicator bad = execution_rate(spent_over_received().cap(0.5_dec).floor(0.8_dec));
  const LeafFacts facts{{"实际支出资金", 1}, {"实际到位资金", 2}};
  CHECK_THROWS_AS((void)testing::score(bad, facts), ValidationError);
  CHECK(testing::error_of(bad, facts) == ErrorCode::invalid_rule);
  const auto problems = problems_of(bad);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == ErrorCode::invalid_rule);
  CHECK(problems[0].indicator == "2.1.2");
  CHECK(problems[0].message == "2.1.2 预算执行率: the rate cap 0.5 is below the floor 0.8");

  // cap == floor is coherent (every rate counts as that value).
  const Indicator pinned = execution_rate(spent_over_received().cap(0.5_dec).floor(0.5_dec));
  CHECK(problems_of(pinned).empty());
  CHECK(testing::score(pinned, facts).score == 2.5_dec);

  CHECK(testing::error_of(
            execution_rate(spent_over_received().displayed_rate({-1, Rounding::half_up})), facts) ==
        ErrorCode::invalid_rule);
  CHECK(testing::error_of(
            execution_rate(spent_over_received().displayed_rate({39, Rounding::half_up})), facts) ==
        ErrorCode::invalid_rule);
}

TEST_CASE("RatioTimesWeight: a met <= target scored below full points leaves a note") {
  // The seed's 预算成本控制率: ≤ 100%, actual 34.79%, scored 34.79% × 13 = 4.5227 → 4.52.
  const Indicator node = leaf("2.1.4", "预算成本控制率", 13, IndicatorKind::quantitative,
                              Target::percent(Comparator::at_most, 1),
                              spent_over_received().displayed_rate({4, Rounding::half_up}));
  const auto result =
      testing::score(node, {{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994_dec}});
  CHECK(result.score == 4.52_dec);
  CHECK(result.trace == "预算成本控制率=（693.68/1994）×100.00%=34.79%；得分=34.79%×13=4.52分");
  REQUIRE(result.details.notes.size() == 1);
  CHECK(result.details.notes[0] ==
        "目标值≤100.00%已达成，但按预算成本控制率×分值计分，得分低于满分");

  // A missed ≤ target (120%) earns more than full points and no such note.
  const auto missed = testing::score(node, {{"实际支出资金", 12}, {"实际到位资金", 10}});
  CHECK(missed.score == 15.6_dec);  // 1.2 × 13
  CHECK(missed.details.notes.empty());
  // A met ≥ target at full points: no note either.
  const Indicator full = leaf("2.1.5", "资金到位率", 5, IndicatorKind::quantitative,
                              Target::percent(Comparator::at_least, 1),
                              rules::RatioTimesWeight(Quantity::ratio("到位", "预算")));
  CHECK(testing::score(full, {{"到位", 100}, {"预算", 100}}).details.notes.empty());
}

// =============================================================================================
// Rule kind 2: TargetAttainment
// =============================================================================================

TEST_CASE("TargetAttainment: >= target, met at equality, proportional below, full above") {
  const Indicator node = attainment(Target::quantitative(Comparator::at_least, 100, "人"));
  const auto met = testing::score(node, actual(100));
  CHECK(met.score == 10);
  CHECK(met.trace == "实际完成值=100；指标完成率=100.00%；得分=100.00%×10=10.00分");
  CHECK(met.criterion == "达到目标值≥100人得满分，未达到按实际完成值/目标值×分值计分");

  const auto below = testing::score(node, actual(99));
  CHECK(below.score == 9.9_dec);
  CHECK(below.trace == "实际完成值=99；指标完成率=99/100=99.00%；得分=99.00%×10=9.90分");

  // Just below: 99.99 / 100 × 10 = 9.999, which rounds (half up) to the full 10.00.
  const auto just_below = testing::score(node, actual(99.99_dec));
  CHECK(just_below.score == 10);
  CHECK(just_below.trace ==
        "实际完成值=99.99；指标完成率=99.99/100=99.99%；得分=99.99%×10=10.00分");

  const auto above = testing::score(node, actual(250));
  CHECK(above.score == 10);  // over-achievement is not cut, nor rewarded
  CHECK(above.trace == "实际完成值=250；指标完成率=100.00%；得分=100.00%×10=10.00分");

  const auto zero = testing::score(node, actual(0));
  CHECK(zero.score == 0);
  CHECK(zero.trace == "实际完成值=0；指标完成率=0/100=0.00%；得分=0.00%×10=0.00分");
  CHECK(zero.details.notes.empty());
}

TEST_CASE("TargetAttainment: a negative actual value is clamped to 0 with a note") {
  const Indicator node = attainment(Target::quantitative(Comparator::at_least, 100));
  const auto result = testing::score(node, actual(-5));
  CHECK(result.score == 0);
  CHECK(result.trace == "实际完成值=-5；指标完成率=0/100=0.00%；得分=0.00%×10=0.00分");
  REQUIRE(result.details.notes.size() == 1);
  CHECK(result.details.notes[0] == "实际完成值为负数，按0计");
}

TEST_CASE("TargetAttainment: > target at equality is not met, yet scores 100/100") {
  const Indicator node = attainment(Target::quantitative(Comparator::above, 100));
  const auto equal = testing::score(node, actual(100));
  CHECK(equal.score == 10);
  CHECK(equal.trace == "实际完成值=100；指标完成率=100/100=100.00%；得分=100.00%×10=10.00分");
  CHECK(testing::score(node, actual(101)).trace ==
        "实际完成值=101；指标完成率=100.00%；得分=100.00%×10=10.00分");
  CHECK(testing::score(node, actual(50)).score == 5);
}

TEST_CASE("TargetAttainment: <= target scored by ReverseScoring::ratio") {
  const Indicator node = attainment(Target::quantitative(Comparator::at_most, 5, "个"));
  const auto at = testing::score(node, actual(5));
  CHECK(at.score == 10);
  CHECK(at.trace == "实际完成值=5；指标完成率=100.00%；得分=100.00%×10=10.00分");
  CHECK(at.criterion == "不超过目标值≤5个得满分，超过按目标值/实际完成值×分值计分");

  const auto over = testing::score(node, actual(6.25_dec));  // 1.25 × target
  CHECK(over.score == 8);                                    // 5 / 6.25 = 0.8
  CHECK(over.trace == "实际完成值=6.25；指标完成率=5/6.25=80.00%；得分=80.00%×10=8.00分");

  CHECK(testing::score(node, actual(7)).score == 7.14_dec);  // 5/7 × 10 = 7.142857…
  CHECK(testing::score(node, actual(7)).trace ==
        "实际完成值=7；指标完成率=5/7=71.43%；得分=5/7×10=7.14分");
  CHECK(testing::score(node, actual(0)).score == 10);
  CHECK(testing::score(node, actual(4)).score == 10);
  CHECK(testing::score(node, actual(-1)).score == 10);  // clamped to 0, which meets ≤ 5
  CHECK(testing::score(node, actual(1000)).score == 0.05_dec);
}

TEST_CASE("TargetAttainment: <= target scored by ReverseScoring::linear") {
  const Indicator node =
      attainment(Target::quantitative(Comparator::at_most, 100),
                 rules::TargetAttainment().reverse(rules::ReverseScoring::linear));
  CHECK(testing::score(node, actual(100)).score == 10);
  const auto half = testing::score(node, actual(150));  // 1.5 t → (2t − a)/t = 0.5
  CHECK(half.score == 5);
  CHECK(half.trace == "实际完成值=150；指标完成率=1−（150−100）/100=50.00%；得分=50.00%×10=5.00分");
  CHECK(testing::score(node, actual(125)).score == 7.5_dec);
  CHECK(testing::score(node, actual(100.01_dec)).score == 10);  // 9.999 → 10.00
  CHECK(testing::score(node, actual(199.99_dec)).score == 0);   // 0.001 → 0.00
  const auto twice = testing::score(node, actual(200));
  CHECK(twice.score == 0);
  CHECK(twice.trace == "实际完成值=200；指标完成率=1−（200−100）/100=0.00%；得分=0.00%×10=0.00分");
  CHECK(testing::score(node, actual(300)).score == 0);
  CHECK(testing::score(node, actual(0)).score == 10);

  // A rate: ≤ 100%, actual 125% → 75%.
  const Indicator rate = attainment(
      Target::percent(Comparator::at_most, 1),
      rules::TargetAttainment(Quantity::percent("成本率")).reverse(rules::ReverseScoring::linear));
  const auto result = testing::score(rate, {{"成本率", 1.25_dec}});
  CHECK(result.score == 7.5_dec);
  CHECK(
      result.trace ==
      "实际完成值=125.00%；指标完成率=1−（125.00%−100.00%）/100.00%=75.00%；得分=75.00%×10=7.50分");
}

TEST_CASE("TargetAttainment: < target at equality scores like <=") {
  const Indicator ratio = attainment(Target::quantitative(Comparator::below, 100));
  CHECK(testing::score(ratio, actual(100)).score == 10);
  CHECK(testing::score(ratio, actual(125)).score == 8);
  const Indicator linear =
      attainment(Target::quantitative(Comparator::below, 100),
                 rules::TargetAttainment().reverse(rules::ReverseScoring::linear));
  CHECK(testing::score(linear, actual(100)).score == 10);
}

TEST_CASE("TargetAttainment: = target with t > 0") {
  const Indicator node = attainment(Target::percent(Comparator::equal, 1),
                                    rules::TargetAttainment(Quantity::percent("完成率")));
  const auto equal = testing::score(node, {{"完成率", 1}});
  CHECK(equal.score == 10);
  CHECK(equal.trace == "实际完成值=100.00%；指标完成率=100.00%；得分=100.00%×10=10.00分");
  const auto below = testing::score(node, {{"完成率", 0.8_dec}});
  CHECK(below.score == 8);
  CHECK(below.trace ==
        "实际完成值=80.00%；指标完成率=80.00%/100.00%=80.00%；得分=80.00%×10=8.00分");
  CHECK(testing::score(node, {{"完成率", 1.2_dec}}).score == 10);  // above: full
  CHECK(testing::score(node, {{"完成率", 0}}).score == 0);
}

TEST_CASE("TargetAttainment: = 0 target") {
  const Indicator node =
      attainment(Target::quantitative(Comparator::equal, 0, "起"), rules::TargetAttainment(), 5);
  const auto zero = testing::score(node, actual(0));
  CHECK(zero.score == 5);
  CHECK(zero.trace == "实际完成值=0；指标完成率=100.00%；得分=100.00%×5=5.00分");
  CHECK(zero.criterion == "实际完成值为0得满分，否则不得分");
  const auto small = testing::score(node, actual(0.01_dec));
  CHECK(small.score == 0);
  CHECK(small.trace == "实际完成值=0.01；指标完成率=0.00%；得分=0.00%×5=0.00分");
  const auto negative = testing::score(node, actual(-2));
  CHECK(negative.score == 5);  // = 0: an actual at or below 0 meets it
  CHECK(negative.details.notes.empty());
}

TEST_CASE("TargetAttainment: >= 0, > 0 and <= 0 targets") {
  const Indicator at_least_zero = attainment(Target::quantitative(Comparator::at_least, 0));
  CHECK(testing::score(at_least_zero, actual(0)).score == 10);
  CHECK(testing::score(at_least_zero, actual(3)).score == 10);
  // Regression: −3 used to be clamped to 0 before the comparison, "meeting" ≥ 0. Missed, and a
  // non-positive target has no proportion: 0.
  CHECK(testing::score(at_least_zero, actual(-3)).score == 0);

  const Indicator above_zero = attainment(Target::quantitative(Comparator::above, 0));
  CHECK(testing::score(above_zero, actual(0)).score == 0);
  CHECK(testing::score(above_zero, actual(0.01_dec)).score == 10);

  const Indicator at_most_zero = attainment(Target::quantitative(Comparator::at_most, 0));
  CHECK(testing::score(at_most_zero, actual(0)).score == 10);
  const auto positive = testing::score(at_most_zero, actual(1));
  CHECK(positive.score == 0);
  CHECK(positive.trace == "实际完成值=1；指标完成率=0.00%；得分=0.00%×10=0.00分");
  const Indicator linear_zero =
      attainment(Target::quantitative(Comparator::at_most, 0),
                 rules::TargetAttainment().reverse(rules::ReverseScoring::linear));
  CHECK(testing::score(linear_zero, actual(1)).score == 0);
}

TEST_CASE("TargetAttainment: a leaf without a numeric target is an invalid rule") {
  const Indicator none = attainment(Target{});
  CHECK(testing::error_of(none, actual(5)) == ErrorCode::invalid_rule);
  CHECK_THROWS_AS((void)testing::score(none, actual(5)), ValidationError);
  const Indicator prose = attainment(Target::qualitative("逐步提高"));
  const auto problems = problems_of(prose);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == ErrorCode::invalid_rule);
  CHECK(problems[0].message ==
        "3.1.1 完成数量: target attainment needs a numeric target (≥ > = ≤ <)");

  const Indicator bad_places =
      attainment(Target::quantitative(Comparator::at_least, 1),
                 rules::TargetAttainment().displayed_rate({39, Rounding::half_up}));
  CHECK(testing::error_of(bad_places, actual(1)) == ErrorCode::invalid_rule);
}

TEST_CASE("TargetAttainment: missing and wrongly typed inputs") {
  const Indicator node = attainment(Target::quantitative(Comparator::at_least, 100));
  CHECK(testing::error_of(node, {}) == ErrorCode::missing_input);
  CHECK(message_of(node, {}) ==
        "[jixiao.invalid_facts.601] 3.1.1 完成数量: input \"实际完成值\" is missing");
  CHECK(testing::error_of(node, {{"实际完成值", "一百"}}) == ErrorCode::invalid_input);
  CHECK(testing::error_of(node, {{"实际完成值", false}}) == ErrorCode::invalid_input);
  const Indicator rate = attainment(Target::percent(Comparator::at_least, 1),
                                    rules::TargetAttainment(Quantity::ratio("完成", "计划")));
  CHECK(testing::error_of(rate, {{"完成", 1}, {"计划", 0}}) == ErrorCode::zero_denominator);
}

TEST_CASE("TargetAttainment: displayed rate, policy rate and the exact rate") {
  const Indicator exact = attainment(Target::quantitative(Comparator::at_least, 10));
  const auto exact_result = testing::score(exact, actual(1.2345_dec));
  CHECK(exact_result.score == 1.23_dec);  // 0.12345 × 10 = 1.2345 → 1.23
  // The exact rate is multiplied, so the formula shows the exact fraction, not 12.35% (which
  // times 10 would give 1.24).
  CHECK(exact_result.trace ==
        "实际完成值=1.2345；指标完成率=1.2345/10=12.35%；得分=1.2345/10×10=1.23分");

  const Indicator displayed =
      attainment(Target::quantitative(Comparator::at_least, 10),
                 rules::TargetAttainment().displayed_rate({4, Rounding::half_up}));
  CHECK(testing::score(displayed, actual(1.2345_dec)).score == 1.24_dec);  // 0.1235 × 10

  RoundingPolicy policy;
  policy.rate = RoundingStep{4, Rounding::half_up};
  CHECK(testing::score(exact, actual(1.2345_dec), policy).score == 1.24_dec);
  policy.rate = RoundingStep{2, Rounding::down};  // 0.12 × 10
  CHECK(testing::score(exact, actual(1.2345_dec), policy).score == 1.2_dec);
}

// =============================================================================================
// Rule kind 3: StepBands
// =============================================================================================

TEST_CASE("StepBands: 重点支出安排率 at every edge and just inside and outside") {
  const Indicator node = key_spending();
  struct Case {
    Decimal key;
    Decimal score;
  };
  // Project spending 100, so the key spending is the rate in percent.
  const Case cases[] = {
      {120, 5}, {100, 5},       {90, 5}, {89.999_dec, 4}, {89.99_dec, 4},
      {80, 4},  {79.99_dec, 3}, {70, 3}, {69.99_dec, 2},  {60.01_dec, 2},
      {60, 2},  {59.99_dec, 0}, {0, 0},  {-5, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.key);
    CHECK(testing::score(node, key(c.key, 100)).score == c.score);
  }
  CHECK(testing::score(node, key(90, 100)).trace ==
        "重点支出安排率=（90/100）×100.00%=90.00%；所在区间=≥90.00%；得分=5.00分");
  CHECK(testing::score(node, key(80, 100)).trace ==
        "重点支出安排率=（80/100）×100.00%=80.00%；所在区间=[80.00%, 90.00%)；得分=4.00分");
  // Shown as 90.00%, yet exactly below 90%: the band is decided on the exact value.
  CHECK(testing::score(node, key(89.999_dec, 100)).trace ==
        "重点支出安排率=（89.999/100）×100.00%=89.999%；所在区间=[80.00%, 90.00%)；得分=4.00分");
  CHECK(testing::score(node, key(59.99_dec, 100)).trace ==
        "重点支出安排率=（59.99/100）×100.00%=59.99%；所在区间=<60.00%；得分=0.00分");
  CHECK(testing::score(node, key(0, 100)).trace ==
        "重点支出安排率=（0/100）×100.00%=0.00%；所在区间=<60.00%；得分=0.00分");
  CHECK(testing::score(node, key(90, 100)).criterion ==
        "重点支出安排率：≥90.00%得5分；[80.00%, 90.00%)得4分；[70.00%, 80.00%)得3分；"
        "[60.00%, 70.00%)得2分；<60.00%得0分");
}

TEST_CASE("StepBands: exact ratio edges, 9/10 is exactly 90%") {
  const Indicator node = key_spending();
  CHECK(testing::score(node, key(9, 10)).score == 5);
  CHECK(testing::score(node, key(9, 10)).trace ==
        "重点支出安排率=（9/10）×100.00%=90.00%；所在区间=≥90.00%；得分=5.00分");
  CHECK(testing::score(node, key(27, 30)).score == 5);            // 0.9 exactly
  CHECK(testing::score(node, key(1794.6_dec, 1994)).score == 5);  // 0.9 exactly
  CHECK(testing::score(node, key(1794.59_dec, 1994)).score == 4);
  CHECK(testing::score(node, key(8999999, 10000000)).score == 4);
  CHECK(testing::score(node, key(2, 3)).score == 2);  // 66.67%, in [60%, 70%)
  CHECK(testing::score(node, key(7, 10)).score == 3);
  CHECK(testing::score(node, key(6, 10)).score == 2);
  CHECK(testing::score(node, key(3, 5)).score == 2);  // 0.6 exactly
  CHECK(testing::score(node, key(5999, 10000)).score == 0);
}

TEST_CASE("StepBands: 预算调整率 at every edge") {
  CHECK(adjustment_score(0) == 3);
  CHECK(adjustment_score(0.0001_dec) == 2);
  CHECK(adjustment_score(0.1_dec) == 2);
  CHECK(adjustment_score(0.1001_dec) == 1);
  CHECK(adjustment_score(0.2_dec) == 1);
  CHECK(adjustment_score(0.2001_dec) == 0.5_dec);
  CHECK(adjustment_score(0.3_dec) == 0.5_dec);
  CHECK(adjustment_score(0.3001_dec) == 0);
  CHECK(adjustment_score(1) == 0);
  const Indicator node = budget_adjustment();
  CHECK(testing::score(node, {{"预算调整率", 0.1_dec}}).trace ==
        "预算调整率=10.00%；所在区间=(0.00%, 10.00%]；得分=2.00分");
  CHECK(testing::score(node, {{"预算调整率", 0.3_dec}}).trace ==
        "预算调整率=30.00%；所在区间=(20.00%, 30.00%]；得分=0.50分");
  CHECK(testing::score(node, {{"预算调整率", 0.35_dec}}).trace ==
        "预算调整率=35.00%；所在区间=>30.00%；得分=0.00分");
  CHECK(testing::score(node, {{"预算调整率", 0}}).trace ==
        "预算调整率=0.00%；所在区间=等于0.00%；得分=3.00分");
}

TEST_CASE("StepBands: a negative value outside every band is value_outside_bands") {
  const Indicator node = budget_adjustment();
  CHECK(testing::error_of(node, {{"预算调整率", -0.01_dec}}) == ErrorCode::value_outside_bands);
  CHECK(message_of(node, {{"预算调整率", -0.01_dec}}) ==
        "[jixiao.invalid_facts.605] 2.1.1 预算调整率: 预算调整率 -1.00% falls in no band of the "
        "rule");
  CHECK(testing::error_of(node, {{"预算调整率", -0.0000001_dec}}) ==
        ErrorCode::value_outside_bands);
}

TEST_CASE("StepBands: missing and wrongly typed inputs") {
  CHECK(testing::error_of(key_spending(), {{"重点支出", 1}}) == ErrorCode::missing_input);
  CHECK(testing::error_of(key_spending(), key(1, 0)) == ErrorCode::zero_denominator);
  // Text that reads as a decimal is a number (files and spreadsheets give "10%"); other text
  // is not.
  CHECK(testing::score(budget_adjustment(), {{"预算调整率", "10%"}}).score == 2);
  CHECK(testing::error_of(budget_adjustment(), {{"预算调整率", "约10%"}}) ==
        ErrorCode::invalid_input);
  CHECK(testing::error_of(budget_adjustment(), {{"预算调整率", true}}) == ErrorCode::invalid_input);
}

TEST_CASE("StepBands: check() finds overlaps, gaps, disorder and points above the 分值") {
  const auto problem_text = [](std::vector<rules::Step> steps, const Decimal& points = 5) {
    const Indicator node = bands_leaf(std::move(steps), points);
    CHECK(testing::error_of(node, {{"比率", 0.5_dec}}) == ErrorCode::invalid_rule);
    const auto problems = problems_of(node);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == ErrorCode::invalid_rule);
    return problems[0].message;
  };
  CHECK(problem_text({{Interval::closed(0, 0.5_dec), 0}, {Interval::closed(0.5_dec, 1), 5}}) ==
        "1.3.2 分档指标: bands 0 [0, 0.5] and 1 [0.5, 1] overlap at 0.5");
  CHECK(problem_text({{Interval::closed(0, 0.6_dec), 0}, {Interval::closed(0.5_dec, 1), 5}}) ==
        "1.3.2 分档指标: bands 0 [0, 0.6] and 1 [0.5, 1] overlap");
  CHECK(problem_text({{Interval::closed_open(0, 0.5_dec), 0}, {Interval::at_least(0.6_dec), 5}}) ==
        "1.3.2 分档指标: bands 0 [0, 0.5) and 1 [0.6, +∞) leave a gap");
  CHECK(problem_text({{Interval::closed_open(0, 0.5_dec), 0}, {Interval::open(0.5_dec, 1), 5}}) ==
        "1.3.2 分档指标: bands 0 [0, 0.5) and 1 (0.5, 1) leave out 0.5");
  // Bands in any order are judged as a partition, named by their position in the list.
  CHECK(problem_text({{Interval::closed_open(0.8_dec, 0.9_dec), 4},
                      {Interval::closed_open(0.6_dec, 0.7_dec), 2}}) ==
        "1.3.2 分档指标: bands 1 [0.6, 0.7) and 0 [0.8, 0.9) leave a gap");
  // The table listed as printed (highest first) is accepted, and scores as listed lowest first.
  const Indicator highest_first = bands_leaf({{Interval::at_least(0.9_dec), 5},
                                              {Interval::closed_open(0.8_dec, 0.9_dec), 4},
                                              {Interval::below(0.8_dec), 0}},
                                             5);
  CHECK(problems_of(highest_first).empty());
  CHECK(testing::score(highest_first, {{"比率", 0.85_dec}}).score == 4);
  CHECK(testing::score(highest_first, {{"比率", 0.9_dec}}).score == 5);
  CHECK(testing::score(highest_first, {{"比率", 0.79_dec}}).score == 0);
  CHECK(problem_text({{Interval::below(0.5_dec), 0}, {Interval::at_least(0.5_dec), 6}}) ==
        "1.3.2 分档指标: band 1 [0.5, +∞) gives 6 points, outside [0, 5]");
  CHECK(problem_text({{Interval::below(0.5_dec), -1}, {Interval::at_least(0.5_dec), 5}}) ==
        "1.3.2 分档指标: band 0 (−∞, 0.5) gives -1 points, outside [0, 5]");
  CHECK(problem_text({{Interval::closed_open(0.5_dec, 0.5_dec), 0}}) ==
        "1.3.2 分档指标: band 0 [0.5, 0.5) is empty");
  CHECK(problem_text({}) == "1.3.2 分档指标: no bands");
  // The good tables pass.
  CHECK(problems_of(key_spending()).empty());
  CHECK(problems_of(budget_adjustment()).empty());
}

// =============================================================================================
// Rule kind 4: Deduction
// =============================================================================================

TEST_CASE("Deduction: per finding, 扣完为止") {
  const Indicator node = compliance(rules::Deduction::per_finding("违规次数", 1));
  const auto none = testing::score(node, {{"违规次数", 0}});
  CHECK(none.score == 5);
  CHECK(none.trace == "违规次数=0；扣分=0分；得分=5.00分");
  const auto one = testing::score(node, {{"违规次数", 1}});
  CHECK(one.score == 4);
  CHECK(one.trace == "违规次数=1；扣分=1处×1=1分；得分=5−1=4.00分");
  CHECK(testing::score(node, {{"违规次数", 4}}).score == 1);
  const auto all = testing::score(node, {{"违规次数", 5}});
  CHECK(all.score == 0);
  CHECK(all.trace == "违规次数=5；扣分=5处×1=5分；得分=5−5（扣完为止）=0.00分");
  const auto more = testing::score(node, {{"违规次数", 7}});
  CHECK(more.score == 0);
  CHECK(more.trace == "违规次数=7；扣分=7处×1（最多扣5分）=5分；得分=5−5（扣完为止）=0.00分");
}

TEST_CASE("Deduction: per finding with half points, a cap, and a negative count") {
  const Indicator half = compliance(rules::Deduction::per_finding("违规次数", 0.5_dec));
  const auto three = testing::score(half, {{"违规次数", 3}});
  CHECK(three.score == 3.5_dec);
  CHECK(three.trace == "违规次数=3；扣分=3处×0.5=1.5分；得分=5−1.5=3.50分");

  const Indicator capped = compliance(rules::Deduction::per_finding("违规次数", 1).cap(3));
  const auto seven = testing::score(capped, {{"违规次数", 7}});
  CHECK(seven.score == 2);
  CHECK(seven.trace == "违规次数=7；扣分=7处×1（最多扣3分）=3分；得分=5−3=2.00分");
  CHECK(testing::score(capped, {{"违规次数", 2}}).score == 3);
  CHECK(testing::score(capped, {{"违规次数", 3}}).score == 2);

  const Indicator node = compliance(rules::Deduction::per_finding("违规次数", 1));
  CHECK(testing::error_of(node, {{"违规次数", -1}}) == ErrorCode::invalid_input);
  CHECK(message_of(node, {{"违规次数", -1}}) ==
        "[jixiao.invalid_facts.602] 2.3.1 资金使用合规性: the number of findings -1 is not a whole "
        "number of at least 0");
  CHECK(testing::error_of(node, {{"违规次数", 1.5_dec}}) == ErrorCode::invalid_input);
  CHECK(testing::error_of(node, {}) == ErrorCode::missing_input);
  CHECK(testing::error_of(node, {{"违规次数", "两处"}}) == ErrorCode::invalid_input);
}

TEST_CASE("Deduction: per point above a limit, in the three countings") {
  // Limit 100%, 0.5 per percentage point, actual 101.5%: 1.5 points above.
  const auto rule = [] {
    return rules::Deduction::per_point_above(Quantity::percent("控制率"), 1, 0.5_dec);
  };
  const LeafFacts facts{{"控制率", 1.015_dec}};
  const auto proportional = testing::score(compliance(rule()), facts);
  CHECK(proportional.score == 4.25_dec);
  CHECK(proportional.trace == "控制率=101.50%；扣分=1.5个百分点×0.5=0.75分；得分=5−0.75=4.25分");
  const auto whole =
      testing::score(compliance(rule().counting(rules::Counting::whole_steps)), facts);
  CHECK(whole.score == 4.5_dec);
  CHECK(whole.trace == "控制率=101.50%；扣分=1个百分点×0.5=0.5分；得分=5−0.5=4.50分");
  const auto started =
      testing::score(compliance(rule().counting(rules::Counting::started_steps)), facts);
  CHECK(started.score == 4);
  CHECK(started.trace == "控制率=101.50%；扣分=2个百分点×0.5=1分；得分=5−1=4.00分");

  // At and below the limit nothing is deducted, in every counting.
  for (const auto counting : {rules::Counting::proportional, rules::Counting::whole_steps,
                              rules::Counting::started_steps}) {
    CHECK(testing::score(compliance(rule().counting(counting)), {{"控制率", 1}}).score == 5);
    CHECK(testing::score(compliance(rule().counting(counting)), {{"控制率", 0.9_dec}}).score == 5);
    CHECK(testing::score(compliance(rule().counting(counting)), {{"控制率", 1.01_dec}}).score ==
          4.5_dec);  // exactly one point above
  }
  CHECK(testing::score(compliance(rule().counting(rules::Counting::started_steps)),
                       {{"控制率", 1.0001_dec}})
            .score == 4.5_dec);  // a started point counts
  CHECK(testing::score(compliance(rule().counting(rules::Counting::whole_steps)),
                       {{"控制率", 1.0199_dec}})
            .score == 4.5_dec);
  CHECK(testing::score(compliance(rule()), {{"控制率", 2}}).score == 0);  // 100 points × 0.5
}

TEST_CASE("Deduction: per step below a target, in the three countings") {
  // Target 100%, 1 point per 3% below, actual 95% (5/3 steps), 分值 15.
  const auto rule = [] {
    return rules::Deduction::per_step_below(Quantity::percent("完成率"), 1, 0.03_dec, 1);
  };
  const LeafFacts facts{{"完成率", 0.95_dec}};
  const auto proportional = testing::score(compliance(rule(), 15), facts);
  CHECK(proportional.score == 13.33_dec);  // 15 − 5/3 = 13.333…
  CHECK(proportional.trace ==
        "完成率=95.00%；扣分=1.6667×1=1.6667分；得分=15−（0.05/0.03）=13.33分");
  CHECK(proportional.criterion == "完成率低于100.00%的，每低3.00%扣1分，扣完为止");
  const auto whole =
      testing::score(compliance(rule().counting(rules::Counting::whole_steps), 15), facts);
  CHECK(whole.score == 14);
  CHECK(whole.trace == "完成率=95.00%；扣分=1×1=1分；得分=15−1=14.00分");
  const auto started =
      testing::score(compliance(rule().counting(rules::Counting::started_steps), 15), facts);
  CHECK(started.score == 13);
  CHECK(started.trace == "完成率=95.00%；扣分=2×1=2分；得分=15−2=13.00分");

  CHECK(testing::score(compliance(rule(), 15), {{"完成率", 1}}).score == 15);
  CHECK(testing::score(compliance(rule(), 15), {{"完成率", 1.05_dec}}).score == 15);
  CHECK(testing::score(compliance(rule(), 15), {{"完成率", 0.94_dec}}).score == 13);  // 2 steps
  CHECK(testing::score(compliance(rule(), 15), {{"完成率", 0}}).score == 0);          // 33.3 steps
  CHECK(testing::score(compliance(rule(), 15), {{"完成率", -0.5_dec}}).score == 0);
}

TEST_CASE("Deduction: check() rejects a non-positive step and negative amounts") {
  const LeafFacts facts{{"次数", 1}};
  const Indicator zero_step =
      compliance(rules::Deduction(Quantity::input("次数"), rules::Excess::above, 0, 0, 1));
  CHECK(testing::error_of(zero_step, facts) == ErrorCode::invalid_rule);
  auto problems = problems_of(zero_step);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "2.3.1 资金使用合规性: the deduction step must be positive, not 0");
  const Indicator negative_step =
      compliance(rules::Deduction(Quantity::input("次数"), rules::Excess::above, 0, -1, 1));
  CHECK(testing::error_of(negative_step, facts) == ErrorCode::invalid_rule);
  const Indicator negative_per_step =
      compliance(rules::Deduction(Quantity::input("次数"), rules::Excess::above, 0, 1, -1));
  CHECK(testing::error_of(negative_per_step, facts) == ErrorCode::invalid_rule);
  const Indicator negative_cap = compliance(rules::Deduction::per_finding("次数", 1).cap(-1));
  CHECK(testing::error_of(negative_cap, facts) == ErrorCode::invalid_rule);
  CHECK(problems_of(compliance(rules::Deduction::per_finding("次数", 1))).empty());
}

// =============================================================================================
// Rule kind 5: Checkpoints
// =============================================================================================

TEST_CASE("Checkpoints: all, some and none met") {
  const Indicator node = management(three_checkpoints());
  const auto all = testing::score(node, flags(true, true, true));
  CHECK(all.score == 3);
  CHECK(
      all.trace ==
      "制度已建立=符合，得1分；制度合法合规=符合，得1分；制度完整=符合，得1分；得分=1+1+1=3.00分");
  CHECK(all.criterion == "制度已建立得1分；制度合法合规得1分；制度完整得1分");
  const auto some = testing::score(node, flags(true, false, true));
  CHECK(some.score == 2);
  CHECK(some.trace ==
        "制度已建立=符合，得1分；制度合法合规=不符合，得0分；制度完整=符合，得1分；得分=1+0+1=2."
        "00分");
  const auto none = testing::score(node, flags(false, false, false));
  CHECK(none.score == 0);
  CHECK(none.trace ==
        "制度已建立=不符合，得0分；制度合法合规=不符合，得0分；制度完整=不符合，得0分；"
        "得分=0+0+0=0.00分");

  // Shares written as points: ① 40%, ②③④ 20% each of 3 分.
  const Indicator shares = management(rules::Checkpoints(
      {{"要素①", 1.2_dec}, {"要素②", 0.6_dec}, {"要素③", 0.6_dec}, {"要素④", 0.6_dec}}));
  const LeafFacts facts{{"要素①", true}, {"要素②", false}, {"要素③", true}, {"要素④", true}};
  CHECK(testing::score(shares, facts).score == 2.4_dec);
  CHECK(contains(testing::score(shares, facts).trace, "得分=1.2+0+0.6+0.6=2.40分"));

  // A single checkpoint prints no sum.
  const Indicator single = management(rules::Checkpoints({{"制度已建立", 3}}));
  CHECK(testing::score(single, {{"制度已建立", true}}).trace ==
        "制度已建立=符合，得3分；得分=3.00分");
}

TEST_CASE("Checkpoints: a missing flag, and text where a yes/no is expected") {
  const Indicator node = management(three_checkpoints());
  const LeafFacts missing{{"制度已建立", true}, {"制度合法合规", true}};
  CHECK(testing::error_of(node, missing) == ErrorCode::missing_input);
  CHECK(message_of(node, missing) ==
        "[jixiao.invalid_facts.601] 2.2.1 管理制度健全性: input \"制度完整\" is missing");
  const LeafFacts text{{"制度已建立", true}, {"制度合法合规", "是"}, {"制度完整", true}};
  CHECK(testing::error_of(node, text) == ErrorCode::invalid_input);
  CHECK(message_of(node, text) ==
        "[jixiao.invalid_facts.602] 2.2.1 管理制度健全性: input \"制度合法合规\" must be yes/no, "
        "not text \"是\"");
  const LeafFacts number{{"制度已建立", 1}, {"制度合法合规", true}, {"制度完整", true}};
  CHECK(testing::error_of(node, number) == ErrorCode::invalid_input);
}

TEST_CASE("Checkpoints: check() wants points that add up to the 分值 and distinct names") {
  const Indicator wrong_total = management(three_checkpoints(), 4);
  CHECK(testing::error_of(wrong_total, flags(true, true, true)) == ErrorCode::invalid_rule);
  auto problems = problems_of(wrong_total);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "2.2.1 管理制度健全性: the checkpoints add up to 3, not the 分值 4");

  const Indicator duplicate =
      management(rules::Checkpoints({{"制度已建立", 1}, {"制度已建立", 1}, {"制度完整", 1}}));
  problems = problems_of(duplicate);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == ErrorCode::invalid_rule);
  CHECK(problems[0].message == "2.2.1 管理制度健全性: checkpoint \"制度已建立\" appears twice");
  CHECK(testing::error_of(duplicate, flags(true, true, true)) == ErrorCode::invalid_rule);

  const Indicator negative =
      management(rules::Checkpoints({{"制度已建立", 4}, {"制度合法合规", -1}}));
  CHECK(testing::error_of(negative, {{"制度已建立", true}, {"制度合法合规", true}}) ==
        ErrorCode::invalid_rule);
  CHECK(testing::error_of(management(rules::Checkpoints({})), {}) == ErrorCode::invalid_rule);
  CHECK(problems_of(management(three_checkpoints())).empty());
}

// =============================================================================================
// Rule kind 6: Categorical
// =============================================================================================

TEST_CASE("Categorical: every outcome") {
  const Indicator node = budget_match();
  const auto match = testing::score(node, {{"支出与预算", "相符"}});
  CHECK(match.score == 10);
  CHECK(match.trace == "支出与预算=相符；得分=10.00分");
  CHECK(match.criterion == "相符得10分；基本相符得6分；调整较大得0分");
  const auto mostly = testing::score(node, {{"支出与预算", "基本相符"}});
  CHECK(mostly.score == 6);
  CHECK(mostly.trace == "支出与预算=基本相符；得分=6.00分");
  const auto adjusted = testing::score(node, {{"支出与预算", "调整较大"}});
  CHECK(adjusted.score == 0);
  CHECK(adjusted.trace == "支出与预算=调整较大；得分=0.00分");
}

TEST_CASE("Categorical: an unknown outcome lists the allowed ones") {
  const Indicator node = budget_match();
  CHECK(testing::error_of(node, {{"支出与预算", "大致相符"}}) == ErrorCode::invalid_input);
  CHECK(message_of(node, {{"支出与预算", "大致相符"}}) ==
        "[jixiao.invalid_facts.602] 2.1.3 实际支出与预算相符性: \"大致相符\" is not one of the "
        "outcomes of 支出与预算 (相符, 基本相符, 调整较大)");
  CHECK(testing::error_of(node, {{"支出与预算", ""}}) == ErrorCode::invalid_input);
  CHECK(testing::error_of(node, {{"支出与预算", "相符 "}}) == ErrorCode::invalid_input);
  CHECK(testing::error_of(node, {{"支出与预算", 10}}) == ErrorCode::invalid_input);
  CHECK(testing::error_of(node, {}) == ErrorCode::missing_input);
}

TEST_CASE("Categorical: check() wants points within the 分值 and distinct labels") {
  const Indicator above = budget_match(8);
  CHECK(testing::error_of(above, {{"支出与预算", "基本相符"}}) == ErrorCode::invalid_rule);
  const auto problems = problems_of(above);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message ==
        "2.1.3 实际支出与预算相符性: category \"相符\" gives 10 points, outside [0, 8]");
  const Indicator duplicate =
      leaf("2.1.3", "实际支出与预算相符性", 10, IndicatorKind::qualitative, Target{},
           rules::Categorical("支出与预算", {{"相符", 10}, {"相符", 6}}));
  CHECK(testing::error_of(duplicate, {{"支出与预算", "相符"}}) == ErrorCode::invalid_rule);
  const Indicator negative =
      leaf("2.1.3", "实际支出与预算相符性", 10, IndicatorKind::qualitative, Target{},
           rules::Categorical("支出与预算", {{"相符", 10}, {"不符", -1}}));
  CHECK(testing::error_of(negative, {{"支出与预算", "相符"}}) == ErrorCode::invalid_rule);
  CHECK(problems_of(budget_match()).empty());
}

// =============================================================================================
// Rule kind 7: QualitativeBands
// =============================================================================================

TEST_CASE("QualitativeBands: 达成 is 〔8, 10〕") {
  const Indicator node = social_benefit();
  const auto edge = testing::score(node, judged("达成", 8));
  CHECK(edge.score == 8);
  CHECK(edge.trace == "等级=达成（8～10分）；得分=8.00分");
  CHECK(edge.criterion == "达成得8～10分；部分达成得6～8分（不含8分）；未达成得0～6分（不含6分）");
  CHECK(testing::score(node, judged("达成", 10)).score == 10);
  CHECK(testing::score(node, judged("达成", 9.5_dec)).score == 9.5_dec);
  CHECK(testing::error_of(node, judged("达成", 7.99_dec)) == ErrorCode::score_outside_band);
  CHECK(message_of(node, judged("达成", 7.99_dec)) ==
        "[jixiao.invalid_facts.604] 3.2.1 社会效益: score 7.99 is outside the band of \"达成\": "
        "8～10分");
}

TEST_CASE("QualitativeBands: 部分达成 is 〔6, 8)") {
  const Indicator node = social_benefit();
  CHECK(testing::error_of(node, judged("部分达成", 8)) == ErrorCode::score_outside_band);
  CHECK(message_of(node, judged("部分达成", 8)) ==
        "[jixiao.invalid_facts.604] 3.2.1 社会效益: score 8 is outside the band of \"部分达成\": "
        "6～8分（不含8分）");
  const auto six = testing::score(node, judged("部分达成", 6));
  CHECK(six.score == 6);
  CHECK(six.trace == "等级=部分达成（6～8分（不含8分））；得分=6.00分");
  CHECK(testing::score(node, judged("部分达成", 7.99_dec)).score == 7.99_dec);
  CHECK(testing::error_of(node, judged("部分达成", 5.99_dec)) == ErrorCode::score_outside_band);
}

TEST_CASE("QualitativeBands: 未达成 is 〔0, 6)") {
  const Indicator node = social_benefit();
  CHECK(testing::score(node, judged("未达成", 5.99_dec)).score == 5.99_dec);
  CHECK(testing::score(node, judged("未达成", 0)).score == 0);
  CHECK(testing::error_of(node, judged("未达成", 6)) == ErrorCode::score_outside_band);
  CHECK(contains(message_of(node, judged("未达成", 6)), "0～6分（不含6分）"));
}

TEST_CASE("QualitativeBands: aliases, unknown levels, scores out of range, missing inputs") {
  const Indicator node = social_benefit();
  const auto alias = testing::score(node, judged("达成年度指标", 9));
  CHECK(alias.score == 9);
  CHECK(alias.trace == "等级=达成（8～10分）；得分=9.00分");
  CHECK(testing::score(node, judged("部分达成年度指标并具有一定效果", 7)).score == 7);
  CHECK(testing::error_of(node, judged("部分达成年度指标并具有一定效果", 8)) ==
        ErrorCode::score_outside_band);
  CHECK(testing::score(node, judged("未达成预期指标", 3)).score == 3);

  CHECK(testing::error_of(node, judged("优秀", 9)) == ErrorCode::invalid_input);
  CHECK(message_of(node, judged("优秀", 9)) ==
        "[jixiao.invalid_facts.602] 3.2.1 社会效益: \"优秀\" is not a level (达成, 部分达成, "
        "未达成)");
  CHECK(testing::error_of(node, judged("达成", 11)) == ErrorCode::score_out_of_range);
  CHECK(message_of(node, judged("达成", 11)) ==
        "[jixiao.invalid_facts.608] 3.2.1 社会效益: score 11 is outside [0, 10]");
  CHECK(testing::error_of(node, judged("达成", 10.01_dec)) == ErrorCode::score_out_of_range);
  CHECK(testing::error_of(node, judged("未达成", -1)) == ErrorCode::score_out_of_range);
  CHECK(testing::error_of(node, judged("未达成", -0.01_dec)) == ErrorCode::score_out_of_range);

  CHECK(testing::error_of(node, {{"等级", "达成"}}) == ErrorCode::missing_input);
  CHECK(message_of(node, {{"等级", "达成"}}) ==
        "[jixiao.invalid_facts.601] 3.2.1 社会效益: input \"得分\" is missing");
  CHECK(testing::error_of(node, {{"得分", 9}}) == ErrorCode::missing_input);
  CHECK(testing::error_of(node, {{"等级", "达成"}, {"得分", "九"}}) == ErrorCode::invalid_input);
  CHECK(testing::error_of(node, {{"等级", 1}, {"得分", 9}}) == ErrorCode::invalid_input);
}

TEST_CASE("QualitativeBands: custom levels must partition 〔0, 1〕") {
  const std::vector<rules::Level> gap{{"好", {}, Interval::closed(0.5_dec, 1)},
                                      {"差", {}, Interval::closed_open(0, 0.4_dec)}};
  const Indicator with_gap = social_benefit(rules::QualitativeBands(gap));
  CHECK(testing::error_of(with_gap, judged("好", 9)) == ErrorCode::invalid_rule);
  auto problems = problems_of(with_gap);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message ==
        "3.2.1 社会效益: level shares: bands 1 [0, 0.4) and 0 [0.5, 1] leave a gap");

  const std::vector<rules::Level> short_of_one{{"好", {}, Interval::closed_open(0.5_dec, 0.9_dec)},
                                               {"差", {}, Interval::closed_open(0, 0.5_dec)}};
  problems = problems_of(social_benefit(rules::QualitativeBands(short_of_one)));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "3.2.1 社会效益: the level shares must cover [0, 1] exactly");

  const std::vector<rules::Level> overlap{{"好", {}, Interval::closed(0.5_dec, 1)},
                                          {"差", {}, Interval::closed(0, 0.5_dec)}};
  CHECK(testing::error_of(social_benefit(rules::QualitativeBands(overlap)), judged("好", 9)) ==
        ErrorCode::invalid_rule);
  CHECK(testing::error_of(social_benefit(rules::QualitativeBands(std::vector<rules::Level>{})),
                          judged("好", 9)) == ErrorCode::invalid_rule);

  // A partition listed from the top is fine (the shares are sorted before the check).
  const std::vector<rules::Level> pass_fail{{"合格", {"通过"}, Interval::closed(0.6_dec, 1)},
                                            {"不合格", {}, Interval::closed_open(0, 0.6_dec)}};
  const Indicator custom = social_benefit(rules::QualitativeBands(pass_fail));
  CHECK(problems_of(custom).empty());
  CHECK(testing::score(custom, judged("通过", 6)).score == 6);
  CHECK(testing::score(custom, judged("不合格", 5.99_dec)).score == 5.99_dec);
  CHECK(testing::error_of(custom, judged("不合格", 6)) == ErrorCode::score_outside_band);
}

TEST_CASE("QualitativeBands: check() wants distinct labels and aliases, as documented") {
  // qualitative_bands.hpp documents check() as "The shares partition [0, 1]; labels and aliases
  // distinct." An alias that is another level's label makes that level unreachable: the first
  // match wins, so "部分达成" would be judged against 达成's band.
  const std::vector<rules::Level> clash{{"达成", {"部分达成"}, Interval::closed(0.8_dec, 1)},
                                        {"部分达成", {}, Interval::closed_open(0.6_dec, 0.8_dec)},
                                        {"未达成", {}, Interval::closed_open(0, 0.6_dec)}};
  const Indicator node = social_benefit(rules::QualitativeBands(clash));
  // Regression: check() did not look for duplicates, and "部分达成" was scored as 达成.
  CHECK(problems_of(node).size() == 1);
  CHECK(testing::error_of(node, judged("部分达成", 7)) == ErrorCode::invalid_rule);
  const std::vector<rules::Level> twice{{"合格", {}, Interval::closed(0.6_dec, 1)},
                                        {"合格", {}, Interval::closed_open(0, 0.6_dec)}};
  CHECK(problems_of(social_benefit(rules::QualitativeBands(twice))).size() == 1);
}

// =============================================================================================
// Rule kind 8: SurveySatisfaction
// =============================================================================================

TEST_CASE("SurveySatisfaction: at the threshold, below it in the three ways") {
  const Indicator node = satisfaction();
  const auto full = testing::score(node, surveyed(19, 20));
  CHECK(full.score == 10);
  CHECK(full.trace == "满意度=（19/20）×100.00%=95.00%；得分=10.00分");
  CHECK(full.criterion == "满意度达到95.00%得满分，未达到按满意度/95.00%×分值计分");
  CHECK(testing::score(node, surveyed(20, 20)).score == 10);

  const auto proportional = testing::score(node, surveyed(18, 20));
  CHECK(proportional.score == 9.47_dec);  // 0.9 / 0.95 × 10 = 9.4736…
  CHECK(proportional.trace == "满意度=（18/20）×100.00%=90.00%；得分=90.00%/95.00%×10=9.47分");
  // Just below the threshold: 189/200 = 94.5% → 9.947… → 9.95.
  CHECK(testing::score(node, surveyed(189, 200)).score == 9.95_dec);
  CHECK(testing::score(node, surveyed(0, 20)).score == 0);

  const auto rate =
      testing::score(satisfaction(rules::SurveySatisfaction().below(rules::BelowThreshold::rate)),
                     surveyed(18, 20));
  CHECK(rate.score == 9);
  CHECK(rate.trace == "满意度=（18/20）×100.00%=90.00%；得分=90.00%×10=9.00分");
  CHECK(rate.criterion == "满意度达到95.00%得满分，未达到按满意度×分值计分");

  const Indicator zero =
      satisfaction(rules::SurveySatisfaction().below(rules::BelowThreshold::zero));
  const auto nothing = testing::score(zero, surveyed(18, 20));
  CHECK(nothing.score == 0);
  CHECK(nothing.trace == "满意度=（18/20）×100.00%=90.00%；得分=0.00分");
  CHECK(testing::score(zero, surveyed(19, 20)).score == 10);
}

TEST_CASE("SurveySatisfaction: the rule's threshold overrides the target") {
  const Indicator node = satisfaction(rules::SurveySatisfaction().threshold(0.9_dec));
  CHECK(testing::score(node, surveyed(18, 20)).score == 10);
  CHECK(testing::score(node, surveyed(17, 20)).score == 9.44_dec);  // 0.85/0.9 × 10 = 9.444…
  const Indicator no_target =
      satisfaction(rules::SurveySatisfaction().threshold(0.9_dec), Target{});
  CHECK(testing::score(no_target, surveyed(18, 20)).score == 10);
}

TEST_CASE("SurveySatisfaction: bad facts and a missing threshold") {
  const Indicator node = satisfaction();
  CHECK(testing::error_of(node, surveyed(0, 0)) == ErrorCode::zero_denominator);
  CHECK(message_of(node, surveyed(19, 0)) ==
        "[jixiao.invalid_facts.603] 3.3.1 服务对象满意度: 满意人数/有效调查人数 = 19/0: the "
        "denominator is zero");
  CHECK(testing::error_of(node, surveyed(21, 20)) == ErrorCode::invalid_input);
  CHECK(
      message_of(node, surveyed(21, 20)) ==
      "[jixiao.invalid_facts.602] 3.3.1 服务对象满意度: satisfaction 105.00% is outside [0, 100%]");
  CHECK(testing::error_of(node, surveyed(-1, 20)) == ErrorCode::invalid_input);
  CHECK(testing::error_of(node, {{"满意人数", 19}}) == ErrorCode::missing_input);
  CHECK(testing::error_of(node, {{"满意人数", "十九"}, {"有效调查人数", 20}}) ==
        ErrorCode::invalid_input);

  const Indicator no_threshold = satisfaction(rules::SurveySatisfaction(), Target{});
  CHECK(testing::error_of(no_threshold, surveyed(19, 20)) == ErrorCode::invalid_rule);
  const auto problems = problems_of(no_threshold);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == ErrorCode::invalid_rule);
  CHECK(testing::error_of(satisfaction(rules::SurveySatisfaction(), Target::qualitative("较高")),
                          surveyed(19, 20)) == ErrorCode::invalid_rule);
  CHECK(testing::error_of(satisfaction(rules::SurveySatisfaction().threshold(0)),
                          surveyed(19, 20)) == ErrorCode::invalid_rule);
  CHECK(testing::error_of(satisfaction(rules::SurveySatisfaction().threshold(1.01_dec)),
                          surveyed(19, 20)) == ErrorCode::invalid_rule);
}

// =============================================================================================
// Rule kind 9: ManualScore
// =============================================================================================

TEST_CASE("ManualScore: a score with a reason") {
  const Indicator node = manual();
  const auto result =
      testing::score(node, {{"得分", 4.5_dec}, {"评分理由", "超额完成较多，酌情扣减"}});
  CHECK(result.score == 4.5_dec);
  CHECK(result.trace == "评分理由=超额完成较多，酌情扣减；得分=4.50分");
  CHECK(result.criterion == "由评价人员在0至5分之间评分并说明理由");
  CHECK(testing::score(node, {{"得分", 5}, {"评分理由", "全部完成"}}).score == 5);
  CHECK(testing::score(node, {{"得分", 0}, {"评分理由", "未开展"}}).score == 0);
}

TEST_CASE("ManualScore: a missing or blank reason, and scores out of range") {
  const Indicator node = manual();
  CHECK(testing::error_of(node, {{"得分", 4.5_dec}}) == ErrorCode::missing_reason);
  CHECK(message_of(node, {{"得分", 4.5_dec}}) ==
        "[jixiao.invalid_facts.606] 3.1.4 超额完成情况: a manual score needs a reason (input "
        "\"评分理由\")");
  CHECK(testing::error_of(node, {{"得分", 4.5_dec}, {"评分理由", ""}}) ==
        ErrorCode::missing_reason);
  CHECK(testing::error_of(node, {{"得分", 4.5_dec}, {"评分理由", " \t\r\n"}}) ==
        ErrorCode::missing_reason);
  CHECK(testing::error_of(node, {{"得分", 4.5_dec}, {"评分理由", 1}}) == ErrorCode::invalid_input);

  CHECK(testing::error_of(node, {{"得分", 5.01_dec}, {"评分理由", "理由"}}) ==
        ErrorCode::score_out_of_range);
  CHECK(message_of(node, {{"得分", 6}, {"评分理由", "理由"}}) ==
        "[jixiao.invalid_facts.608] 3.1.4 超额完成情况: score 6 is outside [0, 5]");
  CHECK(testing::error_of(node, {{"得分", -0.5_dec}, {"评分理由", "理由"}}) ==
        ErrorCode::score_out_of_range);
  CHECK(testing::error_of(node, {{"评分理由", "理由"}}) == ErrorCode::missing_input);
  CHECK(testing::error_of(node, {{"得分", "四点五"}, {"评分理由", "理由"}}) ==
        ErrorCode::invalid_input);
}

TEST_CASE("ManualScore: a manual deduction, never below 0") {
  const Indicator node = manual(rules::ManualScore().deduction("扣分"));
  const auto result =
      testing::score(node, {{"得分", 4.5_dec}, {"评分理由", "资料不全"}, {"扣分", 1}});
  CHECK(result.score == 3.5_dec);
  CHECK(result.trace == "评分理由=资料不全；得分=4.5−1=3.50分");
  CHECK(result.criterion == "由评价人员在0至5分之间评分并说明理由，另减去扣分（扣完为止）");
  CHECK(testing::score(node, {{"得分", 4.5_dec}, {"评分理由", "理由"}, {"扣分", 4.5_dec}}).score ==
        0);
  const auto excess = testing::score(node, {{"得分", 4.5_dec}, {"评分理由", "理由"}, {"扣分", 5}});
  CHECK(excess.score == 0);
  CHECK(excess.trace == "评分理由=理由；得分=4.5−5（扣完为止）=0.00分");
  CHECK(testing::score(node, {{"得分", 4.5_dec}, {"评分理由", "理由"}, {"扣分", 0}}).score ==
        4.5_dec);
  CHECK(testing::error_of(node, {{"得分", 4.5_dec}, {"评分理由", "理由"}, {"扣分", -1}}) ==
        ErrorCode::invalid_input);
  CHECK(message_of(node, {{"得分", 4.5_dec}, {"评分理由", "理由"}, {"扣分", -1}}) ==
        "[jixiao.invalid_facts.602] 3.1.4 超额完成情况: the deduction -1 is negative");
  CHECK(testing::error_of(node, {{"得分", 4.5_dec}, {"评分理由", "理由"}}) ==
        ErrorCode::missing_input);
}

// =============================================================================================
// A custom rule
// =============================================================================================

TEST_CASE("a custom Rule is scored through testing::score like a built-in") {
  const Indicator node = training();
  const auto three = testing::score(node, {{"培训人数", 3}});
  CHECK(three.score == 1.5_dec);
  CHECK(three.trace == "培训人数=3人；得分=3×0.5=1.50分");
  CHECK(three.criterion == "每培训1人得0.5分，满分为止");
  CHECK(testing::score(node, {{"培训人数", 10}}).score == 5);
  const auto capped = testing::score(node, {{"培训人数", 12}});
  CHECK(capped.score == 5);
  CHECK(capped.trace == "培训人数=12人；得分=满分为止=5.00分");
  CHECK(testing::score(node, {{"培训人数", 0}}).score == 0);

  CHECK(testing::error_of(node, {{"培训人数", -1}}) == ErrorCode::invalid_input);
  CHECK(message_of(node, {{"培训人数", -1}}) ==
        "[jixiao.invalid_facts.602] 3.1.2 培训人数: the number of trainees -1 is negative");
  CHECK(testing::error_of(node, {}) == ErrorCode::missing_input);
  CHECK(message_of(node, {}) ==
        "[jixiao.invalid_facts.601] 3.1.2 培训人数: input \"培训人数\" is missing");
}

TEST_CASE("a custom Rule: its check() and a division by zero inside it") {
  const Indicator per_capita =
      leaf("3.1.3", "人均经费", 5, IndicatorKind::quantitative, Target{}, PerCapita{});
  CHECK(testing::score(per_capita, {{"金额", 9}, {"人数", 4}}).score == 2.25_dec);
  CHECK(testing::error_of(per_capita, {{"金额", 9}, {"人数", 0}}) == ErrorCode::zero_denominator);
  CHECK(contains(message_of(per_capita, {{"金额", 9}, {"人数", 0}}), "3.1.3 人均经费: "));
  const Indicator too_big =
      leaf("3.1.3", "人均经费", 101, IndicatorKind::quantitative, Target{}, PerCapita{});
  CHECK(testing::error_of(too_big, {{"金额", 9}, {"人数", 4}}) == ErrorCode::invalid_rule);
  // A leaf without any rule.
  Indicator bare = training();
  bare.rule.reset();
  CHECK(testing::error_of(bare, {{"培训人数", 3}}) == ErrorCode::missing_rule);
}

// =============================================================================================
// RoundingPolicy: the leaf step
// =============================================================================================

TEST_CASE("RoundingPolicy.leaf: truncation, 4 places and 0 places on the same rule") {
  // 17/20 = 85% against ≥ 95%: 0.85 / 0.95 × 10 = 8.947368…
  const Indicator node = satisfaction();
  const LeafFacts facts = surveyed(17, 20);
  const auto standard = testing::score(node, facts);
  CHECK(standard.score == 8.95_dec);
  CHECK(standard.trace == "满意度=（17/20）×100.00%=85.00%；得分=85.00%/95.00%×10=8.95分");

  RoundingPolicy truncating;
  truncating.leaf = {2, Rounding::down};
  const auto truncated = testing::score(node, facts, truncating);
  CHECK(truncated.score == 8.94_dec);
  CHECK(truncated.trace == "满意度=（17/20）×100.00%=85.00%；得分=85.00%/95.00%×10=8.94分");

  RoundingPolicy four;
  four.leaf = {4, Rounding::half_up};
  const auto precise = testing::score(node, facts, four);
  CHECK(precise.score == 8.9474_dec);
  CHECK(precise.score.scale() == 4);
  CHECK(precise.trace == "满意度=（17/20）×100.00%=85.00%；得分=85.00%/95.00%×10=8.9474分");

  RoundingPolicy whole;
  whole.leaf = {0, Rounding::half_up};
  CHECK(testing::score(node, facts, whole).score == 9);
  CHECK(testing::score(node, facts, whole).trace ==
        "满意度=（17/20）×100.00%=85.00%；得分=85.00%/95.00%×10=9分");

  // The exact-rate RatioTimesWeight: 1.2375/10 × 10 = 1.2375.
  const Indicator rate = execution_rate(spent_over_received(), 10);
  const LeafFacts rate_facts{{"实际支出资金", 1.2375_dec}, {"实际到位资金", 10}};
  CHECK(testing::score(rate, rate_facts).score == 1.24_dec);
  CHECK(testing::score(rate, rate_facts, truncating).score == 1.23_dec);
  CHECK(testing::score(rate, rate_facts, four).score == 1.2375_dec);
  // A negative rate is refused whatever the rounding (no floor set).
  const LeafFacts negative{{"实际支出资金", -1.2375_dec}, {"实际到位资金", 10}};
  CHECK(testing::error_of(rate, negative, truncating) == ErrorCode::invalid_input);
}

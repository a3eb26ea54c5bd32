// Regressions found by a review of the scoring model: each case once went wrong (a raw
// exception escaping evaluate(), a wrong score, a misleading trace) and must stay fixed.
#include <jixiao/jixiao.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

Indicator attainment(Target target, const Decimal& points = 10) {
  return leaf("1.1", "指标", points, IndicatorKind::quantitative, std::move(target),
              rules::TargetAttainment(Quantity::input("实际完成值")));
}

Indicator rate_leaf(std::string code, const Decimal& points) {
  return leaf(std::move(code), "比率", points, IndicatorKind::quantitative, Target{},
              rules::RatioTimesWeight(Quantity::input("x")));
}

// A framework of three leaves under one category: "1.1" and "1.2" (分值 1 each, rate × 分值
// from input "x") and "1.3" (98, checkpoints).
Framework three_leaves() {
  Framework f;
  f.root = group("", "总分", 100,
                 {group("1", "类别", 100,
                        {rate_leaf("1.1", 1), rate_leaf("1.2", 1),
                         leaf("1.3", "其他", 98, IndicatorKind::qualitative, Target{},
                              rules::Checkpoints({{"达标", 98}}))})});
  return f;
}

template <class F>
std::string what_escapes(F&& f) {
  try {
    f();
  } catch (const ValidationError& e) {
    return std::string("ValidationError ") + name(e.code()).data();
  } catch (const ScoringError& e) {
    return std::string("ScoringError ") + name(e.code()).data();
  } catch (const std::exception& e) {
    return std::string("other: ") + e.what();
  }
  return "nothing";
}

}  // namespace

TEST_CASE("negative targets: a met target scores in full, a missed one 0") {
  const auto score = [](Comparator c, int target, int actual) {
    return testing::score(attainment(Target::quantitative(c, target)), {{"实际完成值", actual}})
        .score;
  };
  CHECK(score(Comparator::at_most, -5, -10) == 10);  // met (was 0)
  CHECK(score(Comparator::at_least, -5, -10) == 0);  // missed (was 10)
  CHECK(score(Comparator::equal, -5, -5) == 10);     // met (was 0)
  CHECK(score(Comparator::at_least, -5, 0) == 10);   // met
  CHECK(score(Comparator::at_most, -5, 0) == 0);     // missed
}

TEST_CASE("an exceeded = target gets no 'strict comparison' note") {
  const auto result = testing::score(attainment(Target::quantitative(Comparator::equal, 100)),
                                     {{"实际完成值", 120}});
  CHECK(result.score == 10);
  CHECK(result.details.notes.empty());
  const auto strict = testing::score(attainment(Target::quantitative(Comparator::above, 100)),
                                     {{"实际完成值", 100}});
  REQUIRE(strict.details.notes.size() == 1);
  CHECK(strict.details.notes[0].find("未满足>100") != std::string::npos);
}

TEST_CASE("overflow inside evaluate() is a ScoringError at the node, never a raw exception") {
  const Framework f = three_leaves();
  Evaluation e;
  e.facts = {{"1.1", {{"x", Decimal::parse("5e35")}}},
             {"1.2", {{"x", Decimal::parse("5e35")}}},
             {"1.3", {{"达标", true}}}};
  // Each leaf scores 5e35; their sum needs 39 digits: the parent "1" reports it.
  CHECK(what_escapes([&] { (void)evaluate(f, e); }) == "ScoringError invalid_input");
  try {
    (void)evaluate(f, e);
  } catch (const ScoringError& error) {
    REQUIRE(error.problems().size() == 1u);
    CHECK(error.problems()[0].indicator == "1");
    CHECK(error.problems()[0].message.find("too_many_digits") != std::string::npos);
  }
  // Rescaling a huge score for a 不适用 sibling overflows too: reported at the root.
  Evaluation rescaled;
  rescaled.facts = {{"1.1", {{"x", Decimal::parse("9e35")}}},  // 38 digits at 2 places
                    {"1.2", LeafFacts{}.not_applicable("无")},
                    {"1.3", {{"达标", true}}}};
  CHECK(what_escapes([&] { (void)evaluate(f, rescaled); }) == "ScoringError invalid_input");
}

TEST_CASE("huge numbers in the framework are problems, never raw exceptions") {
  Framework f = three_leaves();
  f.root.children[0].children[2] =
      leaf("1.3", "其他", 98, IndicatorKind::quantitative,
           Target::percent(Comparator::at_least, Decimal::parse("1e35")),
           rules::RatioTimesWeight(Quantity::input("x")).cap(Decimal::parse("1e37")));
  Evaluation e;
  e.facts = {{"1.1", {{"x", 1}}}, {"1.2", {{"x", 1}}}, {"1.3", {{"x", 1}}}};
  // Target and criterion texts of 1e35 (1e37%) are written without overflowing.
  const Scorecard card = evaluate(f, e);
  CHECK(card.find("1.3")->target.find("%") != std::string::npos);

  Framework big;
  big.declared_total = 100;
  const Decimal huge = Decimal::parse("9e37");
  big.root = group("", "总分", 100,
                   {group("1", "类别", 100, {rate_leaf("1.1", huge), rate_leaf("1.2", huge)})});
  CHECK(what_escapes([&] { (void)evaluate(big, Evaluation{}); }) ==
        "ValidationError points_mismatch");
  const std::vector<Problem> problems = validate(big);
  REQUIRE_FALSE(problems.empty());
  CHECK(problems[0].code == ErrorCode::points_mismatch);
}

TEST_CASE("rounding places that cannot hold the scores are a ValidationError (508)") {
  Framework f = three_leaves();
  f.rounding.total = RoundingStep{39, Rounding::half_up};
  CHECK(what_escapes([&] { (void)validate(f).at(0); }) == "nothing");
  CHECK(validate(f).at(0).code == ErrorCode::invalid_rounding);
  f.rounding.total.reset();
  f.rounding.leaf = RoundingStep{38, Rounding::half_up};  // 100 needs 3 integer digits
  CHECK(validate(f).at(0).code == ErrorCode::invalid_rounding);
  f.rounding.leaf = RoundingStep{35, Rounding::half_up};
  CHECK(validate(f).empty());
  f.rounding.leaf = RoundingStep{-1, Rounding::half_up};
  CHECK(what_escapes([&] { (void)evaluate(f, Evaluation{}); }) ==
        "ValidationError invalid_rounding");
  // score_leaf checks the policy too, as a framework problem.
  CHECK(what_escapes([&] {
          (void)score_leaf(rate_leaf("1.1", 1), {{"x", 1}}, f.rounding);
        }) == "ValidationError invalid_rounding");
}

TEST_CASE("a leaf scored above its 分值 by an uncapped rate counts as full marks") {
  const Framework f = three_leaves();
  Evaluation e;
  e.facts = {{"1.1", {{"x", 1.2_dec}}}, {"1.2", {{"x", 0.5_dec}}}, {"1.3", {{"达标", true}}}};
  const Scorecard card = evaluate(f, e);
  CHECK(card.find("1.1")->score == 1.2_dec);
  CHECK(card.full_marks_count() == 2);  // 1.1 (above) and 1.3
  CHECK(card.deducted_count() == 1);    // 1.2
  CHECK(card.full_marks_count() + card.deducted_count() == card.indicator_count());
}

TEST_CASE("a deduction's printed formula reproduces its score") {
  const Indicator node =
      leaf("2.1", "工作量", 5, IndicatorKind::quantitative, Target{},
           rules::Deduction::per_step_below(Quantity::percent("完成率"), 1, 0.03_dec, 1));
  const auto result = testing::score(node, {{"完成率", Decimal::parse("0.9998485003")}});
  // 5 − 0.0001514997/0.03 = 4.99495… → 4.99; "5−0.005" would give 4.995 → 5.00.
  CHECK(result.score == 4.99_dec);
  CHECK(result.trace.find("得分=5−（0.0001514997/0.03）=4.99分") != std::string::npos);
}

TEST_CASE("satisfaction honours the policy's rate step and a strict > target") {
  const Indicator node = leaf("4.1", "满意度", 10, IndicatorKind::quantitative,
                              Target::percent(Comparator::at_least, 0.95_dec),
                              rules::SurveySatisfaction().below(rules::BelowThreshold::rate));
  RoundingPolicy displayed;
  displayed.rate = RoundingStep{4, Rounding::half_up};
  const LeafFacts facts{{"满意人数", 2469}, {"有效调查人数", 20000}};  // 12.345%
  CHECK(testing::score(node, facts).score == 1.23_dec);                // exact: 1.2345
  CHECK(testing::score(node, facts, displayed).score == 1.24_dec);     // 12.35% × 10
  // With a > target, exactly 95% does not meet it (shown with BelowThreshold::zero, since the
  // proportional score of 95% / 95% would be full anyway).
  const Indicator strict = leaf("4.1", "满意度", 10, IndicatorKind::quantitative,
                                Target::percent(Comparator::above, 0.95_dec),
                                rules::SurveySatisfaction().below(rules::BelowThreshold::zero));
  CHECK(testing::score(strict, {{"满意人数", 19}, {"有效调查人数", 20}}).score == 0);
  CHECK(testing::score(strict, {{"满意人数", 39}, {"有效调查人数", 40}}).score == 10);
}

TEST_CASE("a non-positive rate cap is an invalid rule") {
  const Indicator node = leaf("2.1", "比率", 5, IndicatorKind::quantitative, Target{},
                              rules::RatioTimesWeight(Quantity::input("x")).cap(-1));
  CHECK(testing::error_of(node, {{"x", 1}}) == ErrorCode::invalid_rule);
}

TEST_CASE("trees deeper than max_depth are refused, not a stack overflow") {
  Indicator chain = rate_leaf("x", 100);
  for (int depth = 0; depth < 2 * max_depth; ++depth) {
    chain = group("g" + std::to_string(depth), "层", 100, {std::move(chain)});
  }
  Framework f;
  f.root = group("", "总分", 100, {std::move(chain)});
  const std::vector<Problem> problems = validate(f);
  REQUIRE(problems.size() == 1u);
  CHECK(problems[0].code == ErrorCode::tree_too_deep);
}

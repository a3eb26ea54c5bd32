// evaluate() and score_leaf(): a small framework (two categories, five leaves scored by
// RatioTimesWeight, Checkpoints, TargetAttainment and QualitativeBands) end to end — leaf
// and parent scores, 得分率, total, grade, counts, 偏差, points lost — then 不适用 under both
// policies, facts that cannot be scored (every problem reported), unknown codes, invalid
// frameworks, and rounding policies. Every expected value was computed by hand / python3.
#include <jixiao/jixiao.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// 总分 100
//   1 过程 40:     1.1 预算执行率 20 (实际支出资金/实际到位资金 × 20)
//                  1.2 管理制度健全性 20 (checkpoints 10 + 5 + 5)
//   2 产出效益 60: 2.1 培训人数 30 (target ≥ 240 人)
//                  2.2 社会效益 20 (qualitative bands)
//                  2.3 报送及时性 10 (checkpoints 5 + 5)
Framework make_framework() {
  Framework framework;
  framework.name = "测试项目绩效评价指标体系";
  framework.root = group(
      "", "总分", 100,
      {group(
           "1", "过程", 40,
           {leaf("1.1", "预算执行率", 20, IndicatorKind::quantitative, Target{},
                 rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))),
            leaf("1.2", "管理制度健全性", 20, IndicatorKind::qualitative, Target{},
                 rules::Checkpoints({{"制度已建立", 10}, {"制度合法合规", 5}, {"制度完整", 5}}))}),
       group("2", "产出效益", 60,
             {leaf("2.1", "培训人数", 30, IndicatorKind::quantitative,
                   Target::quantitative(Comparator::at_least, 240, "人"),
                   rules::TargetAttainment(Quantity::input("实际完成值"))),
              leaf("2.2", "社会效益", 20, IndicatorKind::qualitative,
                   Target::qualitative("逐步提高"), rules::QualitativeBands()),
              leaf("2.3", "报送及时性", 10, IndicatorKind::qualitative, Target{},
                   rules::Checkpoints({{"按时报送", 5}, {"资料完整", 5}}))})});
  return framework;
}

// 1.1: 693.68/1994 × 20 = 6.957673… → 6.96   (lost 13.04)
// 1.2: 10 + 5 + 0 = 15                        (lost 5)
// 2.1: 199/240 × 30 = 24.875 → 24.88          (lost 5.12)
// 2.2: 部分达成, 15 (band [12, 16))            (lost 5)
// 2.3: 5 + 5 = 10                             (full marks)
// 过程 21.96, 产出效益 49.88, total 71.84 → 中.
Facts good_facts() {
  return Facts{
      {"1.1", LeafFacts{{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994_dec}}},
      {"1.2", LeafFacts{{"制度已建立", true}, {"制度合法合规", true}, {"制度完整", false}}},
      {"2.1", LeafFacts{{"实际完成值", 199}}},
      {"2.2", LeafFacts{{"等级", "部分达成"}, {"得分", 15}}},
      {"2.3", LeafFacts{{"按时报送", true}, {"资料完整", true}}},
  };
}

Budget seed_budget() {
  Budget budget;
  budget.initial = 1994;
  budget.adjusted = 1994;
  budget.received = 1994;
  budget.spent = 693.68_dec;
  budget.sources = {{"其他资金", 1994.00_dec}};
  return budget;
}

Evaluation good_evaluation() {
  Evaluation evaluation;
  evaluation.title = "测试项目2023年度绩效评价";
  evaluation.facts = good_facts();
  evaluation.budget = seed_budget();
  return evaluation;
}

Evaluation with_not_applicable(std::vector<std::string> codes) {
  Evaluation evaluation = good_evaluation();
  for (const std::string& code : codes) evaluation.facts[code].not_applicable("本年度未开展");
  return evaluation;
}

const NodeScore& row(const Scorecard& card, const std::string& code) {
  const NodeScore* found = card.find(code);
  REQUIRE(found != nullptr);
  return *found;
}

std::vector<std::string> codes_of(const std::vector<const NodeScore*>& rows) {
  std::vector<std::string> out;
  for (const NodeScore* r : rows) out.push_back(r->code);
  return out;
}

// The ScoringError evaluate() throws; fails the test if it throws nothing or something else.
ScoringError scoring_error(const Framework& framework, const Evaluation& evaluation) {
  try {
    (void)evaluate(framework, evaluation);
  } catch (const ScoringError& e) {
    return e;
  }
  FAIL("no ScoringError");
  return ScoringError({Problem{}});
}

}  // namespace

TEST_CASE("end to end: leaf scores, parent sums, total and grade") {
  const Scorecard card = evaluate(make_framework(), good_evaluation());
  CHECK(card.framework == "测试项目绩效评价指标体系");

  REQUIRE(card.nodes.size() == 8u);
  std::vector<std::string> order;
  std::vector<int> depths;
  for (const NodeScore& n : card.nodes) {
    order.push_back(n.code);
    depths.push_back(n.depth);
  }
  CHECK(order == std::vector<std::string>{"", "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3"});
  CHECK(depths == std::vector<int>{0, 1, 2, 2, 1, 2, 2, 2});

  CHECK(row(card, "1.1").score.to_string() == "6.96");
  CHECK(row(card, "1.2").score == 15);
  CHECK(row(card, "2.1").score.to_string() == "24.88");
  CHECK(row(card, "2.2").score == 15);
  CHECK(row(card, "2.3").score == 10);
  CHECK(row(card, "1").score.to_string() == "21.96");
  CHECK(row(card, "2").score.to_string() == "49.88");
  CHECK(row(card, "").score.to_string() == "71.84");
  CHECK(card.total.to_string() == "71.84");
  CHECK(card.out_of == 100);
  CHECK(card.rating.is_rated());
  CHECK(card.rating.label == "中");

  const NodeScore& execution = row(card, "1.1");
  CHECK(execution.leaf);
  CHECK(execution.applicable);
  CHECK(execution.points == 20);
  CHECK(execution.applicable_points == 20);
  CHECK(execution.name == "预算执行率");
  CHECK(execution.trace.rule == "ratio_times_weight");
  REQUIRE_FALSE(execution.trace.steps.empty());
  CHECK(execution.trace.steps.back().value == "6.96分");
  CHECK(execution.criterion == "得分=预算执行率×分值（预算执行率=实际支出资金/实际到位资金×100%）");
  CHECK(row(card, "2.1").target == "≥240人");
  CHECK(row(card, "2.2").kind == IndicatorKind::qualitative);
  CHECK(row(card, "2.2").trace.rule == "qualitative_bands");
  CHECK_FALSE(row(card, "1").leaf);
  CHECK(row(card, "1").applicable_points == 40);
}

TEST_CASE("end to end: 得分率, counts, completion rate, score rate and 偏差") {
  const Scorecard card = evaluate(make_framework(), good_evaluation());
  REQUIRE(row(card, "1").rate().has_value());
  CHECK(*row(card, "1").rate() == Ratio(549, 1000));    // 21.96 / 40
  CHECK(*row(card, "2").rate() == Ratio(1247, 1500));   // 49.88 / 60 = 0.831333…
  CHECK(*row(card, "1.1").rate() == Ratio(348, 1000));  // 6.96 / 20
  CHECK(*row(card, "2.3").rate() == 1);
  CHECK(*row(card, "").rate() == 0.7184_dec);

  CHECK(card.indicator_count() == 5);
  CHECK(card.full_marks_count() == 1);
  CHECK(card.deducted_count() == 4);
  CHECK(row(card, "2.3").full_marks());
  CHECK_FALSE(row(card, "2.2").full_marks());
  CHECK_FALSE(row(card, "2").full_marks());  // only leaves count
  REQUIRE(card.indicator_completion_rate().has_value());
  CHECK(*card.indicator_completion_rate() == Ratio(1, 5));
  REQUIRE(card.score_rate().has_value());
  CHECK(*card.score_rate() == 0.7184_dec);

  // 偏差 = 71.84% − 693.68/1994 = (1432.4896 − 693.68)/1994 = 738.8096/1994 = 0.370516…
  REQUIRE(card.budget.has_value());
  REQUIRE(card.deviation().has_value());
  CHECK(*card.deviation() == Ratio(738.8096_dec, 1994));
  CHECK(card.deviation()->round(4, Rounding::half_up) == 0.3705_dec);
  CHECK(card.deviation()->round(6, Rounding::half_up) == 0.370516_dec);

  // Without a budget, or with nothing received, there is no 偏差.
  Evaluation no_budget = good_evaluation();
  no_budget.budget.reset();
  CHECK_FALSE(evaluate(make_framework(), no_budget).deviation().has_value());
  Evaluation nothing_received = good_evaluation();
  nothing_received.budget->received = 0;
  CHECK_FALSE(evaluate(make_framework(), nothing_received).deviation().has_value());
}

TEST_CASE("points_lost: most lost first, ties in tree order") {
  const Scorecard card = evaluate(make_framework(), good_evaluation());
  const std::vector<const NodeScore*> lost = card.points_lost();
  // 1.1 lost 13.04, 2.1 lost 5.12, 1.2 and 2.2 lost 5 each; 2.3 lost nothing.
  CHECK(codes_of(lost) == std::vector<std::string>{"1.1", "2.1", "1.2", "2.2"});
  REQUIRE(lost.size() == 4u);
  CHECK(lost[0]->lost() == 13.04_dec);
  CHECK(lost[1]->lost() == 5.12_dec);
  CHECK(lost[2]->lost() == 5);
  CHECK(lost[3]->lost() == 5);
  CHECK(row(card, "2.3").lost() == 0);
}

TEST_CASE("categories, leaves_under, at_depth and find") {
  const Scorecard card = evaluate(make_framework(), good_evaluation());
  CHECK(codes_of(card.categories()) == std::vector<std::string>{"1", "2"});
  CHECK(card.categories()[1]->name == "产出效益");
  CHECK(codes_of(card.leaves_under("1")) == std::vector<std::string>{"1.1", "1.2"});
  CHECK(codes_of(card.leaves_under("2")) == std::vector<std::string>{"2.1", "2.2", "2.3"});
  CHECK(codes_of(card.leaves_under("")) ==
        std::vector<std::string>{"1.1", "1.2", "2.1", "2.2", "2.3"});
  CHECK(codes_of(card.leaves_under("2.2")) == std::vector<std::string>{"2.2"});
  CHECK(card.leaves_under("9").empty());
  CHECK(codes_of(card.leaves()) == codes_of(card.leaves_under("")));
  CHECK(card.at_depth(2).size() == 5u);
  CHECK(card.at_depth(3).empty());

  REQUIRE(card.find("2.2") != nullptr);
  CHECK(card.find("2.2")->name == "社会效益");
  CHECK(card.find("")->depth == 0);
  CHECK(card.find("2.4") == nullptr);
  CHECK(card.find("2.") == nullptr);
}

TEST_CASE("不适用 with NotApplicablePolicy::rescale") {
  // 2.1 (30) not applicable: applicable scores 6.96 + 15 + 15 + 10 = 46.96 of 70;
  // total = 46.96 × 100 / 70 = 67.085714… → 67.09 → 中.
  const Framework framework = make_framework();
  const Scorecard card = evaluate(framework, with_not_applicable({"2.1"}));
  CHECK(card.total.to_string() == "67.09");
  CHECK(card.out_of == 100);
  CHECK(card.rating.label == "中");
  CHECK(row(card, "").score == 46.96_dec);
  CHECK(row(card, "").applicable_points == 70);
  CHECK(row(card, "").points == 100);

  const NodeScore& skipped = row(card, "2.1");
  CHECK_FALSE(skipped.applicable);
  CHECK(skipped.score == 0);
  CHECK(skipped.applicable_points == 0);
  CHECK(skipped.points == 30);
  CHECK(skipped.not_applicable_reason == "本年度未开展");
  CHECK_FALSE(skipped.rate().has_value());
  CHECK_FALSE(skipped.full_marks());
  CHECK(skipped.lost() == 0);

  CHECK(row(card, "2").applicable);
  CHECK(row(card, "2").applicable_points == 30);
  CHECK(row(card, "2").score == 25);
  CHECK(*row(card, "2").rate() == Ratio(5, 6));

  CHECK(card.indicator_count() == 4);
  CHECK(card.full_marks_count() == 1);
  CHECK(card.deducted_count() == 3);
  CHECK(*card.indicator_completion_rate() == Ratio(1, 4));
  CHECK(*card.score_rate() == 0.6709_dec);
  CHECK(codes_of(card.points_lost()) == std::vector<std::string>{"1.1", "1.2", "2.2"});
  CHECK(codes_of(card.leaves()).size() == 5u);  // leaves() keeps the 不适用 leaf

  // policy.total rounds the rescaled total.
  Framework truncating = framework;
  truncating.rounding.total = {2, Rounding::down};
  CHECK(evaluate(truncating, with_not_applicable({"2.1"})).total.to_string() == "67.08");
  Framework whole = framework;
  whole.rounding.total = {0, Rounding::half_up};
  CHECK(evaluate(whole, with_not_applicable({"2.1"})).total.to_string() == "67");

  // 1.1 (20) not applicable: 15 + 24.88 + 15 + 10 = 64.88 of 80 → 81.1 → 良.
  const Scorecard other = evaluate(framework, with_not_applicable({"1.1"}));
  CHECK(other.total.to_string() == "81.10");
  CHECK(other.rating.label == "良");
  CHECK(*row(other, "1").rate() == Ratio(3, 4));

  // A whole category not applicable: 49.88 of 60 → 83.1333… → 83.13.
  const Scorecard category = evaluate(framework, with_not_applicable({"1.1", "1.2"}));
  CHECK_FALSE(row(category, "1").applicable);
  CHECK(row(category, "1").applicable_points == 0);
  CHECK_FALSE(row(category, "1").rate().has_value());
  CHECK(category.total.to_string() == "83.13");
  CHECK(category.rating.label == "良");
}

TEST_CASE("不适用 with NotApplicablePolicy::drop") {
  // 2.1 not applicable: the total is the plain sum 46.96, out of 70, graded as it is: 差.
  Framework framework = make_framework();
  framework.not_applicable = NotApplicablePolicy::drop;
  const Scorecard card = evaluate(framework, with_not_applicable({"2.1"}));
  CHECK(card.total.to_string() == "46.96");
  CHECK(card.out_of == 70);
  CHECK(card.rating.label == "差");
  CHECK(*card.score_rate() == Ratio(46.96_dec, 70));
  CHECK(card.indicator_count() == 4);

  // Nothing 不适用: drop and rescale agree.
  const Scorecard full = evaluate(framework, good_evaluation());
  CHECK(full.total.to_string() == "71.84");
  CHECK(full.out_of == 100);
}

TEST_CASE("every leaf not applicable: not ratable, not a low grade") {
  for (const NotApplicablePolicy policy :
       {NotApplicablePolicy::rescale, NotApplicablePolicy::drop}) {
    Framework framework = make_framework();
    framework.not_applicable = policy;
    const Scorecard card =
        evaluate(framework, with_not_applicable({"1.1", "1.2", "2.1", "2.2", "2.3"}));
    CHECK_FALSE(card.rating.is_rated());
    CHECK(card.rating.label.empty());
    CHECK(card.rating.reason == "every indicator is 不适用");
    CHECK(card.total == 0);
    CHECK(card.out_of == 0);
    CHECK_FALSE(row(card, "").applicable);
    CHECK_FALSE(card.score_rate().has_value());
    CHECK_FALSE(card.deviation().has_value());
    CHECK(card.indicator_count() == 0);
    CHECK_FALSE(card.indicator_completion_rate().has_value());
    CHECK(card.points_lost().empty());
  }
}

TEST_CASE("a zero denominator is a ScoringError naming the indicator") {
  Evaluation evaluation = good_evaluation();
  evaluation.facts["1.1"].set("实际到位资金", 0);
  const ScoringError e = scoring_error(make_framework(), evaluation);
  CHECK(e.code() == ErrorCode::zero_denominator);
  CHECK(e.id() == 603);
  REQUIRE(e.problems().size() == 1u);
  CHECK(e.problems()[0].indicator == "1.1");
  CHECK(e.problems()[0].message ==
        "1.1 预算执行率: 实际支出资金/实际到位资金 = 693.68/0: the denominator is zero");
  CHECK(std::string(e.what()) ==
        "[jixiao.invalid_facts.603] 1.1 预算执行率: 实际支出资金/实际到位资金 = 693.68/0: the "
        "denominator is zero");
}

TEST_CASE("several bad leaves: every problem is reported, in tree order") {
  Evaluation evaluation = good_evaluation();
  evaluation.facts["1.1"].set("实际到位资金", 0.00_dec);
  evaluation.facts["1.2"] = LeafFacts{{"制度已建立", true}, {"制度合法合规", true}};
  evaluation.facts["2.1"].set("实际完成值", "很多");
  evaluation.facts["2.2"] = LeafFacts{{"等级", "达成"}, {"得分", 15}};  // 达成 is 16～20
  evaluation.facts = [&] {                                              // 2.3 has no facts at all
    Facts facts;
    for (const auto& [code, leaf_facts] : evaluation.facts.leaves()) {
      if (code != "2.3") facts[code] = leaf_facts;
    }
    return facts;
  }();

  const ScoringError e = scoring_error(make_framework(), evaluation);
  REQUIRE(e.problems().size() == 5u);
  const std::vector<Problem>& p = e.problems();
  CHECK(p[0].code == ErrorCode::zero_denominator);
  CHECK(p[0].indicator == "1.1");
  CHECK(p[0].message ==
        "1.1 预算执行率: 实际支出资金/实际到位资金 = 693.68/0.00: the denominator is zero");
  CHECK(p[1].code == ErrorCode::missing_input);
  CHECK(p[1].message == "1.2 管理制度健全性: input \"制度完整\" is missing");
  CHECK(p[2].code == ErrorCode::invalid_input);
  CHECK(p[2].message == "2.1 培训人数: input \"实际完成值\" must be a number, not text \"很多\"");
  CHECK(p[3].code == ErrorCode::score_outside_band);
  CHECK(p[3].message == "2.2 社会效益: score 15 is outside the band of \"达成\": 16～20分");
  CHECK(p[4].code == ErrorCode::missing_input);
  CHECK(p[4].indicator == "2.3");
  CHECK(p[4].message == "2.3 报送及时性: input \"按时报送\" is missing");
  CHECK(e.code() == ErrorCode::zero_denominator);
  const std::string what = e.what();
  CHECK(what.rfind("[jixiao.invalid_facts.603] 1.1 预算执行率: ", 0) == 0);
  CHECK(what.size() > std::string(" (and 4 more problems)").size());
  CHECK(what.substr(what.size() - std::string(" (and 4 more problems)").size()) ==
        " (and 4 more problems)");
}

TEST_CASE("facts for an unknown code or a non-leaf code: unknown_indicator") {
  Evaluation evaluation = good_evaluation();
  evaluation.facts["9.9"].set("实际完成值", 1);
  evaluation.facts["1"].set("得分", 30);
  const ScoringError e = scoring_error(make_framework(), evaluation);
  REQUIRE(e.problems().size() == 2u);
  CHECK(e.code() == ErrorCode::unknown_indicator);
  CHECK(e.problems()[0].code == ErrorCode::unknown_indicator);
  CHECK(e.problems()[0].indicator == "1");
  CHECK(e.problems()[0].message ==
        "1 过程: facts are given for an indicator that is not a leaf; its score is the sum of "
        "its children (a non-leaf can only be declared 不适用)");
  CHECK(e.problems()[1].code == ErrorCode::unknown_indicator);
  CHECK(e.problems()[1].indicator == "9.9");
  CHECK(e.problems()[1].message ==
        "facts are given for indicator \"9.9\", which the framework does not have");

  // Unknown codes and unscorable leaves are reported together.
  evaluation.facts["2.2"].set("得分", 25);  // above the 分值 20
  const ScoringError together = scoring_error(make_framework(), evaluation);
  REQUIRE(together.problems().size() == 3u);
  CHECK(together.problems()[2].code == ErrorCode::score_out_of_range);
  CHECK(together.problems()[2].indicator == "2.2");
}

TEST_CASE("a category declared 不适用 through its code makes all its leaves 不适用") {
  const Scorecard category = evaluate(make_framework(), with_not_applicable({"2"}));
  CHECK_FALSE(row(category, "2").applicable);
  CHECK(row(category, "2").not_applicable_reason == "本年度未开展");
  for (const char* code : {"2.1", "2.2", "2.3"}) {
    CAPTURE(code);
    CHECK_FALSE(row(category, code).applicable);
    CHECK(row(category, code).not_applicable_reason == "本年度未开展");
    CHECK(row(category, code).score.is_zero());
  }
  CHECK(category.indicator_count() == 2);
  CHECK(category.total == 54.90_dec);  // 21.96 × 100 / 40, rescaled
  CHECK(category.out_of == 100);
  CHECK(category.rating.label == "差");
}

TEST_CASE("an invalid framework is a ValidationError, raised before scoring") {
  Framework framework = make_framework();
  framework.root.children[1].children[1].points = 15;  // 产出效益 60 ≠ 30 + 15 + 10
  Evaluation evaluation = good_evaluation();
  evaluation.facts["1.1"].set("实际到位资金", 0);  // would be a ScoringError
  evaluation.facts["9.9"].set("x", 1);
  try {
    (void)evaluate(framework, evaluation);
    FAIL("no error");
  } catch (const ValidationError& e) {
    REQUIRE(e.problems().size() == 1u);
    CHECK(e.code() == ErrorCode::points_mismatch);
    CHECK(e.problems()[0].indicator == "2");
  } catch (const ScoringError&) {
    FAIL("scored an invalid framework");
  }
}

TEST_CASE("rounding: truncated leaves give a different total from 四舍五入") {
  Framework framework = make_framework();
  framework.rounding.leaf = {2, Rounding::down};
  const Scorecard card = evaluate(framework, good_evaluation());
  CHECK(row(card, "1.1").score.to_string() == "6.95");   // 6.957673… truncated
  CHECK(row(card, "2.1").score.to_string() == "24.87");  // 24.875 truncated
  CHECK(card.total.to_string() == "71.82");
  CHECK(evaluate(make_framework(), good_evaluation()).total.to_string() == "71.84");

  framework.rounding.leaf = {2, Rounding::half_even};
  const Scorecard even = evaluate(framework, good_evaluation());
  CHECK(row(even, "2.1").score.to_string() == "24.88");  // the tie goes to the even 8
}

TEST_CASE("rounding: 4-place leaves, with and without 2-place parents") {
  Framework framework = make_framework();
  framework.rounding.leaf = {4, Rounding::half_up};
  // Without parent rounding: 6.9577 + 15 = 21.9577; 24.8750 + 15 + 10 = 49.8750;
  // root 71.8327. The total is the exact sum unless the policy sets a total step
  // (regression: it used to be re-rounded to 2 places always, which can change a grade).
  const Scorecard plain = evaluate(framework, good_evaluation());
  CHECK(row(plain, "1.1").score.to_string() == "6.9577");
  CHECK(row(plain, "2.1").score.to_string() == "24.8750");
  CHECK(row(plain, "1").score.to_string() == "21.9577");
  CHECK(row(plain, "").score.to_string() == "71.8327");
  CHECK(plain.total.to_string() == "71.8327");
  framework.rounding.total = RoundingStep{2, Rounding::half_up};
  CHECK(evaluate(framework, good_evaluation()).total.to_string() == "71.83");
  framework.rounding.total.reset();

  // Parents re-rounded to 2 places: 21.96 + 49.88 = 71.84.
  framework.rounding.parent = RoundingStep{2, Rounding::half_up};
  const Scorecard rounded = evaluate(framework, good_evaluation());
  CHECK(row(rounded, "1.1").score.to_string() == "6.9577");
  CHECK(row(rounded, "1").score.to_string() == "21.96");
  CHECK(row(rounded, "2").score.to_string() == "49.88");
  CHECK(row(rounded, "").score.to_string() == "71.84");
  CHECK(rounded.total.to_string() == "71.84");

  // Rates rounded to 4 places before multiplying: 0.3479 × 20 = 6.958, 0.8292 × 30 = 24.876.
  framework.rounding.parent.reset();
  framework.rounding.rate = RoundingStep{4, Rounding::half_up};
  const Scorecard displayed = evaluate(framework, good_evaluation());
  CHECK(row(displayed, "1.1").score.to_string() == "6.9580");
  CHECK(row(displayed, "2.1").score.to_string() == "24.8760");
}

TEST_CASE("score_leaf scores one leaf as evaluate() would") {
  const Framework framework = make_framework();
  const Indicator* execution = framework.root.find("1.1");
  REQUIRE(execution != nullptr);
  const LeafFacts facts{{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994_dec}};

  const NodeScore scored = score_leaf(*execution, facts);
  CHECK(scored.code == "1.1");
  CHECK(scored.name == "预算执行率");
  CHECK(scored.points == 20);
  CHECK(scored.leaf);
  CHECK(scored.applicable);
  CHECK(scored.score.to_string() == "6.96");
  CHECK(scored.trace.rule == "ratio_times_weight");
  CHECK_FALSE(scored.criterion.empty());
  CHECK(scored.score == evaluate(framework, good_evaluation()).find("1.1")->score);

  RoundingPolicy four;
  four.leaf = {4, Rounding::half_up};
  CHECK(score_leaf(*execution, facts, four).score.to_string() == "6.9577");
  RoundingPolicy truncate;
  truncate.leaf = {2, Rounding::down};
  CHECK(score_leaf(*execution, facts, truncate).score.to_string() == "6.95");

  const Indicator* training = framework.root.find("2.1");
  REQUIRE(training != nullptr);
  CHECK(score_leaf(*training, LeafFacts{{"实际完成值", 240}}).score == 30);  // target met
  CHECK(score_leaf(*training, LeafFacts{{"实际完成值", 300}}).score == 30);  // no over-scoring
  CHECK(score_leaf(*training, LeafFacts{{"实际完成值", 120}}).score == 15);  // 120/240 × 30

  LeafFacts skipped;
  skipped.not_applicable("不适用");
  const NodeScore na = score_leaf(*training, skipped);
  CHECK_FALSE(na.applicable);
  CHECK(na.score == 0);
  CHECK(na.applicable_points == 0);

  try {
    (void)score_leaf(*execution, LeafFacts{{"实际支出资金", 1}, {"实际到位资金", 0}});
    FAIL("no ScoringError");
  } catch (const ScoringError& e) {
    CHECK(e.code() == ErrorCode::zero_denominator);
    REQUIRE(e.problems().size() == 1u);
    CHECK(e.problems()[0].indicator == "1.1");
  }
  CHECK_THROWS_AS((void)score_leaf(*execution, LeafFacts{}), ScoringError);

  Indicator bare;
  bare.code = "x";
  bare.points = 1;
  try {
    (void)score_leaf(bare, LeafFacts{});
    FAIL("no ValidationError");
  } catch (const ValidationError& e) {  // a framework problem (5xx), not a facts problem
    CHECK(e.code() == ErrorCode::missing_rule);
  }
}

TEST_CASE("only zero-分值 leaves applicable: not ratable under either policy") {
  // Validation allows a 分值 of 0 (only negatives are rejected). With the 100-分 leaf 不适用,
  // nothing applicable is worth anything: there is no total to grade.
  for (const NotApplicablePolicy policy :
       {NotApplicablePolicy::rescale, NotApplicablePolicy::drop}) {
    CAPTURE(static_cast<int>(policy));
    Framework framework;
    framework.name = "零分值";
    framework.not_applicable = policy;
    framework.root = group("", "总分", 100,
                           {leaf("1", "主指标", 100, IndicatorKind::qualitative, Target{},
                                 rules::Checkpoints({{"达标", 100}})),
                            leaf("2", "观察指标", 0, IndicatorKind::qualitative, Target{},
                                 rules::Checkpoints({{"达标", 0}}))});
    REQUIRE(validate(framework).empty());
    Evaluation evaluation;
    evaluation.facts["1"].not_applicable("本年度未开展");
    evaluation.facts["2"].set("达标", true);

    Scorecard card;
    // Regression: rescaling once divided 0 by 0 here and let a DivisionByZeroError escape,
    // and drop rated a total "out of 0" as 差; both are now not ratable.
    CHECK_NOTHROW(card = evaluate(framework, evaluation));
    CHECK_FALSE(card.rating.is_rated());
    CHECK(card.out_of == 0);
    CHECK_FALSE(card.score_rate().has_value());
  }
}

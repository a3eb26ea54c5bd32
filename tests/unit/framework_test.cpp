// Framework validation: validate() lists every problem of an indicator tree (分值 sums, the
// declared total, codes, negative 分值, missing and incoherent rules, the grade scale) in
// tree order, and require_valid() throws them all in one ValidationError.
#include <jixiao/jixiao.hpp>

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// A leaf whose rule accepts any 分值: target attainment against "≥ 100%".
Indicator attainment_leaf(std::string code, std::string name, const Decimal& points) {
  return leaf(std::move(code), std::move(name), points, IndicatorKind::quantitative,
              Target::percent(Comparator::at_least, 1), rules::TargetAttainment());
}

Indicator execution_leaf(std::string code, const Decimal& points) {
  return leaf(std::move(code), "预算执行率", points, IndicatorKind::quantitative, Target{},
              rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金")));
}

Indicator basis_leaf(const Decimal& first, const Decimal& second) {
  return leaf("1.1", "立项依据充分性", 30, IndicatorKind::qualitative, Target{},
              rules::Checkpoints({{"依据充分", first}, {"程序规范", second}}));
}

// 总分 100 = 决策 30 (1.1) + 产出 70 (2.1 40, 2.2 30).
Framework small_framework() {
  Framework framework;
  framework.name = "测试指标体系";
  framework.root =
      group("", "总分", 100,
            {group("1", "决策", 30, {basis_leaf(20, 10)}),
             group("2", "产出", 70,
                   {attainment_leaf("2.1", "实际完成率", 40), execution_leaf("2.2", 30)})});
  return framework;
}

// The only problem of `framework`; fails the test if there is not exactly one.
Problem only_problem(const Framework& framework) {
  const std::vector<Problem> problems = validate(framework);
  REQUIRE(problems.size() == 1u);
  return problems.front();
}

std::vector<std::string> codes_of(const std::vector<Problem>& problems) {
  std::vector<std::string> out;
  for (const Problem& p : problems) out.push_back(p.indicator);
  return out;
}

std::vector<ErrorCode> ids_of(const std::vector<Problem>& problems) {
  std::vector<ErrorCode> out;
  for (const Problem& p : problems) out.push_back(p.code);
  return out;
}

}  // namespace

TEST_CASE("a valid small framework has no problems") {
  const Framework framework = small_framework();
  CHECK(validate(framework).empty());
  CHECK_NOTHROW(require_valid(framework));
  // A root with a code is validated like any other node.
  Framework coded = framework;
  coded.root.code = "0";
  CHECK(validate(coded).empty());
  // 分值 written with different scales still add up.
  Framework scaled = framework;
  scaled.root.points = 100.00_dec;
  scaled.root.children[1].children[0].points = 40.0_dec;
  CHECK(validate(scaled).empty());
}

TEST_CASE("children's 分值 not summing to the parent's: points_mismatch naming the parent") {
  Framework framework = small_framework();
  framework.root.children[1].children[1].points = 25;  // 产出 70 = 40 + 25?
  const Problem problem = only_problem(framework);
  CHECK(problem.code == ErrorCode::points_mismatch);
  CHECK(problem.indicator == "2");
  CHECK(problem.message == "2 产出: the children's 分值 add up to 65, not 70");

  // Sums keep the scale the 分值 were written with.
  framework.root.children[1].children[0].points = 39.5_dec;
  CHECK(only_problem(framework).message == "2 产出: the children's 分值 add up to 64.5, not 70");

  CHECK_THROWS_AS(require_valid(framework), ValidationError);
}

TEST_CASE("一级指标 not summing to an uncoded root: points_mismatch at the root") {
  Framework framework = small_framework();
  framework.root.children[0] = group("1", "决策", 20, {basis_leaf(10, 10)});
  framework.root.children[0].children[0].points = 20;
  const Problem problem = only_problem(framework);
  CHECK(problem.code == ErrorCode::points_mismatch);
  CHECK(problem.indicator.empty());
  CHECK(problem.message == "总分: the children's 分值 add up to 90, not 100");

  // A coded root is named by code and name.
  framework.root.code = "0";
  const Problem coded = only_problem(framework);
  CHECK(coded.code == ErrorCode::points_mismatch);
  CHECK(coded.indicator == "0");
  CHECK(coded.message == "0 总分: the children's 分值 add up to 90, not 100");
}

TEST_CASE("a root 分值 other than the declared total: total_mismatch") {
  Framework framework = small_framework();
  framework.root.points = 90;
  framework.root.children[1].points = 60;
  framework.root.children[1].children[1].points = 20;
  const Problem problem = only_problem(framework);
  CHECK(problem.code == ErrorCode::total_mismatch);
  CHECK(problem.indicator.empty());
  CHECK(problem.message == "总分: the indicators add up to 90, not the declared total 100");

  framework.declared_total = 90;
  CHECK(validate(framework).empty());
}

TEST_CASE("duplicate codes: duplicate_code at the second use") {
  Framework framework = small_framework();
  framework.root.children[1].children[1].code = "2.1";
  const Problem problem = only_problem(framework);
  CHECK(problem.code == ErrorCode::duplicate_code);
  CHECK(problem.indicator == "2.1");
  CHECK(problem.message == "2.1 预算执行率: the code is used twice");

  // A leaf reusing its group's code.
  Framework nested = small_framework();
  nested.root.children[0].children[0].code = "1";
  const Problem again = only_problem(nested);
  CHECK(again.code == ErrorCode::duplicate_code);
  CHECK(again.message == "1 立项依据充分性: the code is used twice");
}

TEST_CASE("a negative 分值: negative_points") {
  Framework framework = small_framework();
  framework.root.children[1].children[0].points = 75;  // 75 + (−5) = 70
  framework.root.children[1].children[1].points = -5;
  const Problem problem = only_problem(framework);
  CHECK(problem.code == ErrorCode::negative_points);
  CHECK(problem.indicator == "2.2");
  CHECK(problem.message == "2.2 预算执行率: 分值 -5 is negative");
}

TEST_CASE("a leaf without a rule, and an empty code: missing_rule") {
  Framework framework = small_framework();
  Indicator bare;
  bare.code = "2.2";
  bare.name = "预算执行率";
  bare.points = 30;
  framework.root.children[1].children[1] = bare;
  const Problem no_rule = only_problem(framework);
  CHECK(no_rule.code == ErrorCode::missing_rule);
  CHECK(no_rule.indicator == "2.2");
  CHECK(no_rule.message == "2.2 预算执行率: a leaf indicator needs a scoring rule");

  Framework uncoded = small_framework();
  uncoded.root.children[1].children[1].code = "";
  const Problem no_code = only_problem(uncoded);
  CHECK(no_code.code == ErrorCode::missing_rule);
  CHECK(no_code.indicator.empty());
  CHECK(no_code.message == "预算执行率: an indicator needs a code");

  // Two uncoded indicators are two missing codes, not a duplicate.
  uncoded.root.children[1].children[0].code = "";
  const std::vector<Problem> both = validate(uncoded);
  REQUIRE(both.size() == 2u);
  CHECK(both[0].code == ErrorCode::missing_rule);
  CHECK(both[1].code == ErrorCode::missing_rule);
  CHECK(both[0].message == "实际完成率: an indicator needs a code");

  // A framework without indicators.
  Framework empty;
  empty.root = group("", "总分", 100, {});
  const Problem nothing = only_problem(empty);
  CHECK(nothing.code == ErrorCode::missing_rule);
  CHECK(nothing.message == "总分: no indicators");
}

TEST_CASE("incoherent rule parameters surface as invalid_rule naming the leaf") {
  Framework framework = small_framework();
  framework.root.children[1].children[1] =
      leaf("2.2", "预算执行率", 30, IndicatorKind::quantitative, Target{},
           rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))
               .cap(0.5_dec)
               .floor(0.8_dec));
  const Problem cap = only_problem(framework);
  CHECK(cap.code == ErrorCode::invalid_rule);
  CHECK(cap.indicator == "2.2");
  CHECK(cap.message == "2.2 预算执行率: the rate cap 0.5 is below the floor 0.8");

  Framework checkpoints = small_framework();
  checkpoints.root.children[0].children[0] = basis_leaf(20, 5);
  const Problem sum = only_problem(checkpoints);
  CHECK(sum.code == ErrorCode::invalid_rule);
  CHECK(sum.indicator == "1.1");
  CHECK(sum.message == "1.1 立项依据充分性: the checkpoints add up to 25, not the 分值 30");

  Framework no_target = small_framework();
  no_target.root.children[1].children[0].target = Target::qualitative("逐步提高");
  const Problem target = only_problem(no_target);
  CHECK(target.code == ErrorCode::invalid_rule);
  CHECK(target.indicator == "2.1");
  CHECK(target.message == "2.1 实际完成率: target attainment needs a numeric target (≥ > = ≤ <)");
}

TEST_CASE("a grade scale with a gap surfaces as invalid_grade_scale") {
  Framework framework = small_framework();
  framework.grades = GradeScale(
      "有缺口", {{"合格", Interval::closed(70, 100)}, {"不合格", Interval::closed_open(0, 60)}});
  const Problem problem = only_problem(framework);
  CHECK(problem.code == ErrorCode::invalid_grade_scale);
  CHECK(problem.indicator.empty());
  CHECK(problem.message == "grade scale 有缺口: bands 1 [0, 60) and 0 [70, 100] leave a gap");
}

TEST_CASE("several problems are all listed, in tree order, the grade scale last") {
  Framework framework;
  framework.name = "多处错误";
  Indicator ruleless;
  ruleless.code = "1.2";
  ruleless.name = "无规则";
  ruleless.points = 0;
  framework.root = group(
      "", "总分", 90,  // declared total 100
      {group("1", "决策", 30, {basis_leaf(20, 5), ruleless}),
       group("2", "产出", 60,
             {attainment_leaf("2.1", "实际完成率", 40), attainment_leaf("2.1", "重复编码", 25),
              attainment_leaf("2.3", "负分值", -5)})});
  framework.grades = GradeScale(
      "有缺口", {{"合格", Interval::closed(70, 100)}, {"不合格", Interval::closed_open(0, 60)}});

  const std::vector<Problem> problems = validate(framework);
  CHECK(ids_of(problems) ==
        std::vector<ErrorCode>{ErrorCode::total_mismatch, ErrorCode::invalid_rule,
                               ErrorCode::missing_rule, ErrorCode::duplicate_code,
                               ErrorCode::negative_points, ErrorCode::invalid_grade_scale});
  CHECK(codes_of(problems) == std::vector<std::string>{"", "1.1", "1.2", "2.1", "2.3", ""});

  try {
    require_valid(framework);
    FAIL("no ValidationError");
  } catch (const ValidationError& e) {
    CHECK(e.code() == ErrorCode::total_mismatch);
    CHECK(e.id() == 502);
    REQUIRE(e.problems().size() == 6u);
    CHECK(e.problems()[3].message == "2.1 重复编码: the code is used twice");
    CHECK(e.problems()[4].message == "2.3 负分值: 分值 -5 is negative");
    CHECK(std::string(e.what()) ==
          "[jixiao.invalid_framework.502] 总分: the indicators add up to 90, not the declared "
          "total 100 (and 5 more problems)");
  }
}

TEST_CASE("two problems: '(and 1 more problem)', and one node can have several") {
  Framework framework = small_framework();
  framework.root.children[1].children[0].points = 75;
  Indicator bad;  // no code, negative 分值, no rule
  bad.name = "坏指标";
  bad.points = -5;
  framework.root.children[1].children[1] = bad;
  const std::vector<Problem> problems = validate(framework);
  CHECK(ids_of(problems) == std::vector<ErrorCode>{ErrorCode::missing_rule,
                                                   ErrorCode::negative_points,
                                                   ErrorCode::missing_rule});
  REQUIRE(problems.size() == 3u);
  CHECK(problems[0].message == "坏指标: an indicator needs a code");
  CHECK(problems[1].message == "坏指标: 分值 -5 is negative");
  CHECK(problems[2].message == "坏指标: a leaf indicator needs a scoring rule");

  Framework two = small_framework();
  two.root.children[1].children[1].code = "2.1";
  two.grades = GradeScale("空", {});
  try {
    require_valid(two);
    FAIL("no ValidationError");
  } catch (const Error& e) {  // catchable as the base class
    CHECK(e.code() == ErrorCode::duplicate_code);
    CHECK(std::string(e.what()) ==
          "[jixiao.invalid_framework.503] 2.1 预算执行率: the code is used twice "
          "(and 1 more problem)");
  }
}

TEST_CASE("a parent's 分值 mismatch is listed before its children's problems") {
  // Scorecard documents tree order as "the root first, then each 一级指标 followed by its
  // descendants"; validate() promises the same order.
  Framework framework = small_framework();
  framework.root.children[1].children[0].code = "";    // 2.1 loses its code
  framework.root.children[1].children[1].points = 25;  // 产出 70 ≠ 40 + 25
  const std::vector<Problem> problems = validate(framework);
  REQUIRE(problems.size() == 2u);
  // Regression: a parent's points_mismatch used to come after its descendants' problems.
  CHECK(codes_of(problems) == std::vector<std::string>{"2", ""});  // 2 产出, then 2.1 (uncoded)
}

TEST_CASE("a tree of depth 5 validates and scores") {
  Framework framework;
  framework.name = "五层";
  framework.root =
      group("", "总分", 100,
            {group("1", "一级", 100,
                   {group("1.1", "二级", 100,
                          {group("1.1.1", "三级", 100,
                                 {group("1.1.1.1", "四级", 100,
                                        {attainment_leaf("1.1.1.1.1", "五级甲", 60),
                                         attainment_leaf("1.1.1.1.2", "五级乙", 40)})})})})});
  CHECK(validate(framework).empty());
  CHECK_NOTHROW(require_valid(framework));

  Evaluation evaluation;
  evaluation.facts["1.1.1.1.1"].set("实际完成值", 1);
  evaluation.facts["1.1.1.1.2"].set("实际完成值", 0.5_dec);  // 50% of ≥ 100% → 20
  const Scorecard card = evaluate(framework, evaluation);
  REQUIRE(card.at_depth(5).size() == 2u);
  CHECK(card.at_depth(5)[0]->score == 60);
  CHECK(card.at_depth(5)[1]->score == 20);
  CHECK(card.find("1.1.1.1")->score == 80);
  CHECK(card.total == 80);
  CHECK(card.rating.label == "良");

  // A mismatch four levels down is found and named.
  framework.root.children[0].children[0].children[0].children[0].children[1].points = 30;
  const Problem problem = only_problem(framework);
  CHECK(problem.code == ErrorCode::points_mismatch);
  CHECK(problem.message == "1.1.1.1 四级: the children's 分值 add up to 90, not 100");
}

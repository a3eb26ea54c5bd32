// jixiao::review_target_setting(): each warning fires on a crafted framework, names what it is
// about, and stays silent on a framework that sets its weights and targets as the 办法 asks.
#include <jixiao/rules.hpp>
#include <jixiao/target_setting.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

Indicator judged(std::string code, const Decimal& points) {
  return leaf(std::move(code), "定性指标", points, IndicatorKind::qualitative, Target{},
              rules::QualitativeBands());
}

Indicator counted(std::string code, const Decimal& points,
                  Target target = Target::quantitative(Comparator::at_least, 10, "个")) {
  return leaf(std::move(code), "数量指标", points, IndicatorKind::quantitative, std::move(target),
              rules::TargetAttainment());
}

// A 部门评价 with 决策 / 过程 / 产出 / 效益 weighted `d` / `p` / `o` / `e`: 产出 has three
// quantitative leaves, 效益 one quantitative and one qualitative (4 of 5 = 80% quantified).
Framework department(int d, int p, int o, int e) {
  Framework f;
  f.scheme = EvaluationScheme::department;
  const Decimal third = Ratio(Decimal(o), Decimal(3)).round(4, Rounding::half_up);
  const Decimal last = Decimal(o) - third - third;
  f.root = group(
      "", "项目", Decimal(d + p + o + e),
      {group("1", "决策", d, {judged("1.1", d)}), group("2", "过程", p, {judged("2.1", p)}),
       group("3", "产出", o, {counted("3.1", third), counted("3.2", third), counted("3.3", last)}),
       group("4", "效益", e, {counted("4.1", Decimal(e) - 5), judged("4.2", 5)})});
  f.declared_total = f.root.points;
  return f;
}

std::vector<std::string> ids(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.id);
  return out;
}

}  // namespace

TEST_CASE("a 部门评价 weighing 产出 + 效益 at 60 or more: no finding") {
  CHECK(review_target_setting(department(20, 20, 30, 30)).empty());
  CHECK(review_target_setting(department(21, 19, 30, 30)).empty());  // the seed: exactly 60
  CHECK(review_target_setting(department(15, 15, 35, 35)).empty());
}

TEST_CASE("JX-T101: 产出 + 效益 below 60% of the total in a 部门评价 or 财政评价") {
  const std::vector<Finding> findings = review_target_setting(department(25, 20, 30, 25));
  REQUIRE(ids(findings) == std::vector<std::string>{"JX-T101"});
  const Finding& f = findings[0];
  CHECK(f.severity == Severity::warning);
  CHECK(f.printed == "55");
  CHECK(f.expected == "≥ 60");
  CHECK(f.trace == "(30+25)/100=55.00%");
  CHECK(f.message_zh.find("部门评价中产出、效益指标合计55分，占总分55.00%，低于60.00%") !=
        std::string::npos);
  // The share counts, not the points: 产出 + 效益 = 59 of 98 is 60.20%, fine.
  CHECK(review_target_setting(department(20, 19, 30, 29)).empty());
  Framework finance = department(30, 20, 25, 25);
  finance.scheme = EvaluationScheme::finance;
  const std::vector<Finding> by_bureau = review_target_setting(finance);
  REQUIRE(ids(by_bureau) == std::vector<std::string>{"JX-T101"});
  CHECK(by_bureau[0].message_zh.rfind("财政评价", 0) == 0);
  // Without a stated scheme, the weights are nobody's business but the evaluator's.
  Framework unstated = department(25, 20, 30, 25);
  unstated.scheme = EvaluationScheme::unspecified;
  CHECK(review_target_setting(unstated).empty());
}

TEST_CASE("JX-T102: a 单位自评 that departs from 10 / 50 / 30 / 10") {
  const auto self_evaluation = [](int execution, int output, int outcome, int satisfaction) {
    Framework f;
    f.scheme = EvaluationScheme::self_evaluation;
    f.root = group("", "项目", Decimal(execution + output + outcome + satisfaction),
                   {group("1", "预算执行率", execution, {counted("1.1", execution)}),
                    group("2", "产出指标", output, {counted("2.1", output)}),
                    group("3", "效益指标", outcome, {counted("3.1", outcome)}),
                    group("4", "满意度指标", satisfaction, {counted("4.1", satisfaction)})});
    f.declared_total = f.root.points;
    return f;
  };
  CHECK(review_target_setting(self_evaluation(10, 50, 30, 10)).empty());
  const std::vector<Finding> findings = review_target_setting(self_evaluation(10, 40, 40, 10));
  REQUIRE(ids(findings) == std::vector<std::string>{"JX-T102"});
  CHECK(findings[0].printed == "预算执行率 10 / 产出 40 / 效益 40 / 满意度 10");
  CHECK(findings[0].expected == "预算执行率 10 / 产出 50 / 效益 30 / 满意度 10");
  // A total other than 100 is held to the same shares: 20 / 100 / 60 / 20 of 200 is fine.
  CHECK(review_target_setting(self_evaluation(20, 100, 60, 20)).empty());
  // A category the 自评表 does not have is a departure too.
  Framework extra = self_evaluation(10, 50, 30, 10);
  extra.root.children[1].points = 45;
  extra.root.children[1].children[0].points = 45;
  extra.root.children.push_back(group("5", "其他", 5, {counted("5.1", 5)}));
  const std::vector<Finding> other = review_target_setting(extra);
  REQUIRE(ids(other) == std::vector<std::string>{"JX-T102"});
  CHECK(other[0].printed.find("其他 5") != std::string::npos);
}

TEST_CASE("JX-T201: fewer than 70% of the 绩效指标 quantitative") {
  Framework f = department(20, 20, 30, 30);
  // 3 of 5 quantitative: 60.00%.
  f.root.children[3].children[0] = judged("4.1", 25);
  const std::vector<Finding> findings = review_target_setting(f);
  REQUIRE(ids(findings) == std::vector<std::string>{"JX-T201"});
  CHECK(findings[0].printed == "60.00%");
  CHECK(findings[0].trace == "3/5=60.00%");
  CHECK(findings[0].message_zh.find("绩效指标5个，其中定量指标3个，指标量化率60.00%") !=
        std::string::npos);
  // 决策 and 过程 indicators are not 绩效指标: making them all qualitative changes nothing.
  CHECK(review_target_setting(department(20, 20, 30, 30)).empty());
  // The threshold is an option.
  TargetSettingOptions lenient;
  lenient.minimum_quantified_share = 0.6_dec;
  CHECK(review_target_setting(f, lenient).empty());
}

TEST_CASE("JX-T202, T203, T204: a quantitative 绩效指标 needs a numeric target with a unit") {
  Framework f = department(20, 20, 30, 30);
  f.root.children[2].children[0] = counted("3.1", 10, Target{});
  f.root.children[2].children[1] = counted("3.2", 10, Target::qualitative("效果明显"));
  f.root.children[2].children[2] =
      counted("3.3", 10, Target::quantitative(Comparator::at_least, 95));
  const std::vector<Finding> findings = review_target_setting(f);
  REQUIRE(ids(findings) == std::vector<std::string>{"JX-T202", "JX-T203", "JX-T204"});
  CHECK(findings[0].indicator == "3.1");
  CHECK(findings[0].message_zh == "3.1 数量指标 是定量指标，但没有设定指标值（如“≥95%”）。");
  CHECK(findings[1].indicator == "3.2");
  CHECK(findings[1].printed == "效果明显");
  CHECK(findings[2].indicator == "3.3");
  CHECK(findings[2].printed == "≥95");
  // A qualitative indicator with a prose target is as it should be (but now 3 of 5 are
  // quantitative).
  f.root.children[2].children[1].kind = IndicatorKind::qualitative;
  CHECK(ids(review_target_setting(f)) == std::vector<std::string>{"JX-T201", "JX-T202", "JX-T204"});
  // 过程 indicators are measured by their formulas: no target needed.
  Framework process = department(20, 20, 30, 30);
  process.root.children[1].children[0] = counted("2.1", 20, Target{});
  CHECK(review_target_setting(process).empty());
}

TEST_CASE("一级指标 are recognised by the start of their names") {
  CHECK(category_role("产出指标") == CategoryRole::output);
  CHECK(category_role("效益") == CategoryRole::outcome);
  CHECK(category_role("满意度指标") == CategoryRole::satisfaction);
  CHECK(category_role("预算执行率") == CategoryRole::budget_execution);
  CHECK(category_role("决策") == CategoryRole::decision);
  CHECK(category_role("过程") == CategoryRole::process);
  CHECK(category_role("社会效益") == CategoryRole::other);  // a 二级 name, not a 一级 one
}

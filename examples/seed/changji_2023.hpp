// The seed evaluation, in code: 昌吉州党委组织部《机关运行补助项目》2023 年度绩效评价
// (shared/reference/changji-2023-report.txt).
//
// framework() is the report's 指标体系 with each indicator's 分值 and the rule its 评分标准
// describes; evaluation() holds the facts the report states per indicator; printed() holds
// the numbers the report prints elsewhere (category scores, totals, counts), and
// disagreements() lists where those printed numbers contradict what the indicator-level
// facts give. The library never bends a rule to reproduce a printed number.
//
// Where the report does not print a rule's parameters, the choice is stated below.
#ifndef JIXIAO_EXAMPLES_SEED_CHANGJI_2023_HPP
#define JIXIAO_EXAMPLES_SEED_CHANGJI_2023_HPP

#include <jixiao/jixiao.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace seed {

using namespace jixiao;
using namespace jixiao::literals;

// A 定性 indicator judged by the evaluator against its 评价要点. The report prints only the
// outcome ("根据评分标准得5.00分"), not how the points split among the 评价要点, so it is
// modelled as the 办法's qualitative levels with the evaluator's score.
inline Indicator judged(std::string code, std::string name, const Decimal& points) {
  return leaf(std::move(code), std::move(name), points, IndicatorKind::qualitative, Target{},
              rules::QualitativeBands());
}

inline Framework framework() {
  const RoundingStep displayed{4, Rounding::half_up};  // rates as printed: 34.79%
  Framework f;
  f.name = "机关运行补助项目绩效评价指标体系";
  f.root = group(
      "", "机关运行补助项目", 100,
      {
          group("1", "决策", 21,
                {
                    group("1.1", "项目立项", 8,
                          {
                              judged("1.1.1", "立项依据充分性", 5),
                              judged("1.1.2", "立项程序规范性", 3),
                          }),
                    group("1.2", "绩效目标", 7,
                          {
                              judged("1.2.1", "绩效目标合理性", 4),
                              judged("1.2.2", "绩效指标明确性", 3),
                          }),
                    group("1.3", "资金投入", 6,
                          {
                              judged("1.3.1", "预算编制科学性", 4),
                              judged("1.3.2", "资金分配合理性", 2),
                          }),
                }),
          group(
              "2", "过程", 19,
              {
                  group(
                      "2.1", "资金管理", 13,
                      {
                          // 资金到位率=（实际到位资金/预算资金）×100.00%；得分=资金到位率*分值
                          leaf("2.1.1", "资金到位率", 4, IndicatorKind::quantitative, Target{},
                               rules::RatioTimesWeight(Quantity::ratio("实际到位资金", "预算资金"))
                                   .label("资金到位率")
                                   .displayed_rate(displayed)),
                          // 预算执行率=（实际支出资金/实际到位资金）×100.00%；得分=预算执行率*分值
                          leaf("2.1.2", "预算执行率", 5, IndicatorKind::quantitative, Target{},
                               rules::RatioTimesWeight(
                                   Quantity::ratio("实际支出资金", "实际到位资金"))
                                   .label("预算执行率")
                                   .displayed_rate(displayed)),
                          // The report finds no 截留、挤占、挪用、虚列支出 and gives 4 of 4. It does not
                          // print the deduction per finding; 1 分 per finding is the common table value,
                          // and with no findings the score is the same whatever it is.
                          leaf("2.1.3", "资金使用合规性", 4, IndicatorKind::qualitative, Target{},
                               rules::Deduction::per_finding("违规情况", 1)),
                      }),
                  group("2.2", "组织实施", 6,
                        {
                            judged("2.2.1", "管理制度健全性", 2),
                            judged("2.2.2", "制度执行有效性", 4),
                        }),
              }),
          group(
              "3", "产出", 30,
              {
                  group("3.1", "产出数量", 12,
                        {
                            leaf("3.1.1", "支出分类", 12, IndicatorKind::quantitative,
                                 Target::quantitative(Comparator::at_most, 5, "个"),
                                 rules::TargetAttainment(Quantity::input("实际完成值"))),
                        }),
                  group("3.2", "产出质量", 3,
                        {
                            leaf("3.2.1", "各项保运转工作完成率", 3, IndicatorKind::quantitative,
                                 Target::percent(Comparator::equal, 1),
                                 rules::TargetAttainment(Quantity::percent("实际完成值"))),
                        }),
                  group("3.3", "产出时效", 2,
                        {
                            leaf("3.3.1", "各项工作完成及时率", 2, IndicatorKind::quantitative,
                                 Target::percent(Comparator::equal, 1),
                                 rules::TargetAttainment(Quantity::percent("实际完成值"))),
                        }),
                  group(
                      "3.4", "产出成本", 13,
                      {
                          // Target ≤ 100%, actual 34.79%: the target is met, yet the evaluator scored
                          // 34.79% × 13 = 4.52, i.e. rate × 分值. That is what the report did, so that is
                          // the rule here; the trace points out that the target was met.
                          leaf("3.4.1", "预算成本控制率", 13, IndicatorKind::quantitative,
                               Target::percent(Comparator::at_most, 1),
                               rules::RatioTimesWeight(Quantity::percent("实际完成值"))
                                   .label("预算成本控制率")),
                      }),
              }),
          group("4", "效益", 30,
                {
                    group("4.1", "社会效益", 20,
                          {
                              leaf("4.1.1", "调动职工的积极性、主动性、创造性", 10,
                                   IndicatorKind::qualitative, Target::qualitative("逐步提高"),
                                   rules::QualitativeBands()),
                              leaf("4.1.2", "提高组织工作效率", 10, IndicatorKind::qualitative,
                                   Target::qualitative("不断提高"), rules::QualitativeBands()),
                          }),
                    group("4.2", "满意度", 10,
                          {
                              leaf("4.2.1", "各项工作满意度", 10, IndicatorKind::quantitative,
                                   Target::percent(Comparator::at_least, 0.95_dec),
                                   rules::SurveySatisfaction(
                                       Quantity::ratio("满意人数", "有效调查人数"))),
                          }),
                }),
      });
  return f;
}

// "达成" with the evaluator's score, as the report gives it ("根据评分标准得X分").
inline LeafFacts achieved(const Decimal& score) { return {{"等级", "达成"}, {"得分", score}}; }

inline Evaluation evaluation() {
  Evaluation e;
  e.title = "昌吉州党委组织部机关运行补助项目2023年度绩效评价";
  e.facts = {
      {"1.1.1", achieved(5)},
      {"1.1.2", achieved(3)},
      {"1.2.1", achieved(4)},
      {"1.2.2", achieved(3)},  // 指标量化率 5/7 = 71.43%, 达70.00%以上
      {"1.3.1", achieved(4)},
      {"1.3.2", achieved(2)},
      {"2.1.1", {{"实际到位资金", 1994.00_dec}, {"预算资金", 1994.00_dec}}},
      {"2.1.2", {{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994.00_dec}}},
      {"2.1.3", {{"违规情况", 0}}},
      {"2.2.1", achieved(2)},
      {"2.2.2", achieved(4)},
      {"3.1.1", {{"实际完成值", 5}}},
      {"3.2.1", {{"实际完成值", 1.0000_dec}}},
      {"3.3.1", {{"实际完成值", 1.0000_dec}}},
      {"3.4.1", {{"实际完成值", 0.3479_dec}}},
      {"4.1.1", achieved(10)},                              // 基本达成逐步提高目标
      {"4.1.2", achieved(10)},                              // 基本达成不断提高目标
      {"4.2.1", {{"满意人数", 19}, {"有效调查人数", 20}}},  // 20 份问卷, 95.00%
  };
  Budget b;
  b.initial = 1994.00_dec;
  b.adjusted = 1994.00_dec;
  b.received = 1994.00_dec;
  b.spent = 693.68_dec;
  b.sources = {{"财政资金", 0.00_dec}, {"其他资金", 1994.00_dec}};
  b.uses = {{"重点人才项目费用", 262.60_dec},   {"培训费", 151.60_dec},
            {"高层次人才培养费用", 105.45_dec}, {"等保测评及软件开发", 21.29_dec},
            {"乡土人才大比武", 16.30_dec},      {"大学生暑期实践活动", 3.35_dec}};
  e.budget = b;
  return e;
}

// A number as the report prints it, and where.
struct PrintedNumber {
  std::string what;   // e.g. "决策 得分"
  std::string where;  // e.g. "四（一）"
  Decimal value;      // as printed; rates as fractions (95.24% is 0.9524)
  bool percent;       // printed as a percentage
};

// The report's own numbers, beyond the indicator-level facts.
inline std::vector<PrintedNumber> printed() {
  return {
      {"决策 得分", "四（一）", 20.00_dec, false},
      {"过程 得分", "四（二）", 15.74_dec, false},
      {"产出 得分", "四（三）", 21.52_dec, false},
      {"效益 得分", "四（四）", 30.00_dec, false},
      {"决策 得分率", "三（二）", 0.9524_dec, true},
      {"过程 得分率", "三（二）", 0.8284_dec, true},
      {"产出 得分率", "三（二）", 0.7174_dec, true},
      {"效益 得分率", "三（二）", 1.0000_dec, true},
      {"决策 满分指标数", "三（二）", 5, false},
      {"过程 满分指标数", "三（二）", 4, false},
      {"产出 满分指标数", "三（二）", 3, false},
      {"效益 满分指标数", "三（二）", 3, false},
      {"总分", "三（二）", 87.26_dec, false},
      {"三级指标数量", "三（二）、四.5", 18, false},
      {"满分指标数量", "四.5", 15, false},
      {"扣分指标数量", "四.5", 3, false},
      {"实现三级指标数量", "三（二）", 15, false},
      {"总体完成率（实现指标/全部指标）", "三（二）", 0.8333_dec, true},
      {"总体完成率（总分/100）", "四.5", 0.8726_dec, true},
      {"预算执行率", "一（一）5、四.5", 0.3479_dec, true},
      {"资金到位率", "一（一）5", 1.0000_dec, true},
      {"偏差（总体完成率−预算执行率）", "四.5", 0.5247_dec, true},
      {"资金用途合计（实际支出资金）", "一（一）5", 693.68_dec, false},
  };
}

inline const std::string printed_grade = "良";  // 三（二）: 绩效评级为"良"

// One printed number that the indicator-level facts contradict.
struct Disagreement {
  PrintedNumber printed;
  Decimal computed;  // at the printed precision
};

// The computed value of each printed number, at the precision the report printed it.
inline Decimal computed_value(const Scorecard& card, const PrintedNumber& p) {
  const auto at_printed_places = [&](const Ratio& r) {
    return r.round(p.value.scale(), Rounding::half_up);
  };
  const auto category = [&](const std::string& name) -> const NodeScore& {
    for (const NodeScore* c : card.categories()) {
      if (c->name == name) return *c;
    }
    throw std::logic_error("no category " + name);
  };
  const std::string name = p.what.substr(0, p.what.find(' '));
  if (p.what.find(" 得分率") != std::string::npos) return at_printed_places(*category(name).rate());
  if (p.what.find(" 满分指标数") != std::string::npos) {
    return card.full_marks_count(category(name).code);
  }
  if (p.what.find(" 得分") != std::string::npos) return category(name).score;
  if (p.what == "总分") return card.total;
  if (p.what == "三级指标数量") return card.indicator_count();
  if (p.what == "满分指标数量" || p.what == "实现三级指标数量") return card.full_marks_count();
  if (p.what == "扣分指标数量") return card.deducted_count();
  if (p.what == "总体完成率（实现指标/全部指标）")
    return at_printed_places(*card.indicator_completion_rate());
  if (p.what == "总体完成率（总分/100）") return at_printed_places(*card.score_rate());
  if (p.what == "预算执行率") return at_printed_places(*card.budget->execution_rate());
  if (p.what == "资金到位率") return at_printed_places(*card.budget->arrival_rate());
  if (p.what == "偏差（总体完成率−预算执行率）") return at_printed_places(*card.deviation());
  if (p.what == "资金用途合计（实际支出资金）") {
    Decimal sum;
    for (const BudgetLine& line : card.budget->uses) sum += line.amount;
    return sum;
  }
  throw std::logic_error("no computation for " + p.what);
}

inline std::vector<Disagreement> disagreements(const Scorecard& card) {
  std::vector<Disagreement> out;
  for (const PrintedNumber& p : printed()) {
    const Decimal computed = computed_value(card, p);
    if (computed != p.value) out.push_back({p, computed});
  }
  return out;
}

}  // namespace seed

#endif  // JIXIAO_EXAMPLES_SEED_CHANGJI_2023_HPP

// Every built-in rule kind's documented example, re-expressed as a formula, scores the same:
// over random facts in the rule's domain, in every rounding mode (of the leaf score and of a
// displayed rate), through evaluate() and through batch scoring (PreparedFramework). Facts
// that one side cannot score must be refused by the other too.
//
// The domains: where a built-in rule refuses facts a formula has no way to refuse (a
// category not in its list, a qualitative score outside its level's band, a satisfaction
// above 100%), the random facts stay inside what the built-in rule accepts; zero
// denominators, negative rates and missed targets are drawn, since both sides handle them.
#include <jixiao/formula.hpp>
#include <jixiao/jixiao.hpp>
#include <jixiao/rules/formula_score.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

constexpr Rounding modes[] = {Rounding::half_up, Rounding::half_even, Rounding::half_down,
                              Rounding::up,      Rounding::down,      Rounding::ceiling,
                              Rounding::floor};

std::string mode_name(Rounding mode) { return std::string(jixiao::rounding_name(mode)); }

class Draw {
 public:
  explicit Draw(std::uint64_t seed) : random_(seed) {}
  std::uint64_t below(std::uint64_t n) { return random_() % n; }
  // A decimal in [low, high] with `places` places.
  Decimal between(std::int64_t low, std::int64_t high, int places) {
    std::int64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    const auto span = static_cast<std::uint64_t>((high - low) * scale + 1);
    return Decimal::from_scaled(low * scale + static_cast<std::int64_t>(below(span)), places);
  }
  bool coin() { return below(2) == 0; }

 private:
  std::mt19937_64 random_;
};

struct Case {
  const char* name;
  Decimal points;
  Target target;
  std::function<std::shared_ptr<const Rule>(Rounding)> builtin;  // the mode of its displayed rate
  std::string formula;  // "{mode}" stands for the displayed rate's mode
  std::function<LeafFacts(Draw&)> facts;
};

template <class R>
std::function<std::shared_ptr<const Rule>(Rounding)> fixed(R rule) {
  return [rule](Rounding) { return std::make_shared<const R>(rule); };
}

std::string with_mode(std::string text, Rounding mode) {
  for (std::size_t at = text.find("{mode}"); at != std::string::npos; at = text.find("{mode}"))
    text.replace(at, 6, mode_name(mode));
  return text;
}

std::vector<Case> cases() {
  std::vector<Case> out;
  const auto amounts = [](Draw& d) {
    const Decimal received = d.below(10) == 0 ? Decimal() : d.between(0, 5000, 2);
    return LeafFacts{{"实际支出资金", d.between(0, 6000, 2)}, {"实际到位资金", received}};
  };
  out.push_back({"ratio_times_weight 预算执行率, printed rate, 满分为止", 5, Target{},
                 [](Rounding m) {
                   return std::make_shared<const rules::RatioTimesWeight>(
                       rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))
                           .displayed_rate({4, m})
                           .cap(1)
                           .floor(0));
                 },
                 "clamp(round(实际支出资金 / 实际到位资金, 4, {mode}), 0, 1) × 分值", amounts});
  out.push_back({"ratio_times_weight, exact rate", 5, Target{},
                 fixed(rules::RatioTimesWeight(Quantity::ratio("实际支出资金", "实际到位资金"))
                           .cap(1)),
                 "min(实际支出资金 / 实际到位资金, 1) × 分值", amounts});

  const auto fraction = [](Draw& d) {
    return LeafFacts{{"实际完成值", d.between(-100, 1200, 3) * 0.001_dec}};
  };
  out.push_back({"target_attainment 正向 ≥ 95%", 10, Target::percent(Comparator::at_least, 0.95_dec),
                 [](Rounding m) {
                   return std::make_shared<const rules::TargetAttainment>(
                       rules::TargetAttainment(Quantity::percent("实际完成值")).displayed_rate({4, m}));
                 },
                 "round(if(实际完成值 >= 目标值, 1, max(实际完成值, 0) / 目标值), 4, {mode}) × 分值",
                 fraction});
  const auto count = [](Draw& d) { return LeafFacts{{"实际完成值", d.between(0, 20, d.coin() ? 0 : 1)}}; };
  out.push_back({"target_attainment 反向 ≤ 5个, ratio", 12,
                 Target::quantitative(Comparator::at_most, 5, "个"),
                 [](Rounding m) {
                   return std::make_shared<const rules::TargetAttainment>(
                       rules::TargetAttainment().displayed_rate({4, m}));
                 },
                 "round(if(实际完成值 <= 目标值, 1, 目标值 / 实际完成值), 4, {mode}) × 分值", count});
  out.push_back({"target_attainment 反向 ≤ 5个, linear", 12,
                 Target::quantitative(Comparator::at_most, 5, "个"),
                 fixed(rules::TargetAttainment().reverse(rules::ReverseScoring::linear)),
                 "if(实际完成值 <= 目标值, 1, if(实际完成值 >= 2 × 目标值, 0, (2 × 目标值 - "
                 "实际完成值) / 目标值)) × 分值",
                 count});

  const auto share = [](Draw& d) { return LeafFacts{{"重点支出安排率", d.between(0, 1100, 1) * 0.001_dec}}; };
  out.push_back({"step_bands 重点支出安排率", 5, Target{},
                 fixed(rules::StepBands(Quantity::percent("重点支出安排率"),
                                        {{Interval::below(0.6_dec), 0},
                                         {Interval::closed_open(0.6_dec, 0.7_dec), 2},
                                         {Interval::closed_open(0.7_dec, 0.8_dec), 3},
                                         {Interval::closed_open(0.8_dec, 0.9_dec), 4},
                                         {Interval::at_least(0.9_dec), 5}})),
                 "if(重点支出安排率 >= 90%, 5, if(重点支出安排率 >= 80%, 4, if(重点支出安排率 >= 70%, "
                 "3, if(重点支出安排率 >= 60%, 2, 0))))",
                 share});
  const auto adjustment = [](Draw& d) {
    return LeafFacts{{"预算调整率", d.coin() ? Decimal() : d.between(0, 400, 1) * 0.001_dec}};
  };
  out.push_back({"step_bands 预算调整率", 3, Target{},
                 fixed(rules::StepBands(Quantity::percent("预算调整率"),
                                        {{Interval::exactly(0), 3},
                                         {Interval::open_closed(0, 0.1_dec), 2},
                                         {Interval::open_closed(0.1_dec, 0.2_dec), 1},
                                         {Interval::open_closed(0.2_dec, 0.3_dec), 0.5_dec},
                                         {Interval::above(0.3_dec), 0}})),
                 "if(预算调整率 = 0, 3, if(预算调整率 <= 10%, 2, if(预算调整率 <= 20%, 1, "
                 "if(预算调整率 <= 30%, 0.5, 0))))",
                 adjustment});

  const auto control = [](Draw& d) { return LeafFacts{{"控制率", d.between(900, 1200, 1) * 0.001_dec}}; };
  const std::pair<rules::Counting, const char*> countings[] = {
      {rules::Counting::proportional, "超出 / 1%"},
      {rules::Counting::whole_steps, "round(超出 / 1%, 0, floor)"},
      {rules::Counting::started_steps, "round(超出 / 1%, 0, ceiling)"}};
  for (const auto& [counting, steps] : countings) {
    out.push_back({"deduction 财政供养人员控制率", 5, Target{},
                   fixed(rules::Deduction::per_point_above(Quantity::percent("控制率"), 1, 0.5_dec)
                             .counting(counting)),
                   std::string("超出 = 控制率 - 100%; 扣分 = if(超出 <= 0, 0, min(分值, ") + steps +
                       " × 0.5)); 分值 - 扣分",
                   control});
  }
  out.push_back({"deduction 每发现1处违规扣1分", 4, Target{},
                 fixed(rules::Deduction::per_finding("违规次数", 1)),
                 "分值 - min(分值, 违规次数 × 1)",
                 [](Draw& d) { return LeafFacts{{"违规次数", d.between(0, 6, 0)}}; }});

  out.push_back({"checkpoints 管理制度健全性", 20, Target{},
                 fixed(rules::Checkpoints({{"制度已建立", 10}, {"制度合法合规", 5}, {"制度完整", 5}})),
                 "if(制度已建立, 10, 0) + if(制度合法合规, 5, 0) + if(制度完整, 5, 0)",
                 [](Draw& d) {
                   return LeafFacts{{"制度已建立", d.coin()}, {"制度合法合规", d.coin()},
                                    {"制度完整", d.coin()}};
                 }});
  out.push_back({"categorical 实际支出与预算相符情况", 10, Target{},
                 fixed(rules::Categorical("支出与预算", {{"相符", 10}, {"基本相符", 6}, {"调整较大", 0}})),
                 "if(支出与预算 = \"相符\", 10, if(支出与预算 = \"基本相符\", 6, 0))",
                 [](Draw& d) {
                   const char* labels[] = {"相符", "基本相符", "调整较大"};
                   return LeafFacts{{"支出与预算", std::string(labels[d.below(3)])}};
                 }});

  const auto survey = [](Draw& d) {
    const Decimal asked = d.between(1, 200, 0);
    const Decimal satisfied = Decimal::from_scaled(
        static_cast<std::int64_t>(d.below(std::stoull(asked.to_string()) + 1)), 0);
    return LeafFacts{{"满意人数", satisfied}, {"有效调查人数", asked}};
  };
  const std::pair<rules::BelowThreshold, const char*> belows[] = {
      {rules::BelowThreshold::proportional, "满意度 / 95% × 分值"},
      {rules::BelowThreshold::rate, "满意度 × 分值"},
      {rules::BelowThreshold::zero, "0"}};
  for (const auto& [below, score] : belows) {
    const rules::BelowThreshold how = below;
    out.push_back({"survey_satisfaction ≥ 95%", 10, Target::percent(Comparator::at_least, 0.95_dec),
                   [how](Rounding m) {
                     return std::make_shared<const rules::SurveySatisfaction>(
                         rules::SurveySatisfaction().threshold(0.95_dec).below(how).displayed_rate({4, m}));
                   },
                   std::string("满意度 = round(满意人数 / 有效调查人数, 4, {mode}); if(满意度 >= 95%, "
                               "分值, ") + score + ")",
                   survey});
  }

  out.push_back({"qualitative_bands (the evaluator's score inside the level's band)", 10,
                 Target::qualitative("逐步提高"), fixed(rules::QualitativeBands()), "得分",
                 [](Draw& d) {
                   const char* levels[] = {"达成", "部分达成", "未达成"};
                   const std::int64_t low[] = {80, 60, 0};
                   const std::int64_t high[] = {100, 79, 59};  // tenths of a point: [8, 10], [6, 8), [0, 6)
                   const std::uint64_t i = d.below(3);
                   return LeafFacts{{"等级", std::string(levels[i])},
                                    {"得分", d.between(low[i], high[i], 0) * 0.1_dec}};
                 }});
  out.push_back({"manual_score with the platform's 扣分", 6, Target{},
                 fixed(rules::ManualScore().deduction("扣分")), "max(0, 得分 - 扣分)",
                 [](Draw& d) {
                   return LeafFacts{{"得分", d.between(0, 60, 0) * 0.1_dec},
                                    {"扣分", d.between(0, 80, 0) * 0.1_dec},
                                    {"评分理由", "抽查发现问题"}};
                 }});
  return out;
}

Indicator leaf_of(const Case& c, std::shared_ptr<const Rule> rule) {
  Indicator leaf;
  leaf.code = "1.1.1";
  leaf.name = "指标";
  leaf.points = c.points;
  leaf.target = c.target;
  leaf.rule = std::move(rule);
  return leaf;
}

// The leaf's score as text, or "error" when its facts cannot be scored.
std::string outcome(const Case& c, std::shared_ptr<const Rule> rule, const LeafFacts& facts,
                    const RoundingPolicy& policy) {
  const Indicator leaf = leaf_of(c, std::move(rule));
  try {
    return score_leaf(leaf, facts, policy).score.to_string();
  } catch (const ProblemsError&) {
    return "error";
  }
}

}  // namespace

TEST_CASE("formulas score as the built-in kinds, in every rounding mode, row by row and in batch") {
  Draw draw(20261207);
  int compared = 0;
  int refused = 0;
  for (const Case& c : cases()) {
    CAPTURE(c.name);
    for (const Rounding mode : modes) {
      CAPTURE(mode_name(mode));
      RoundingPolicy policy;
      policy.leaf = RoundingStep{2, mode};
      const auto formula_rule = std::make_shared<const rules::FormulaScore>(
          Formula::parse(with_mode(c.formula, mode)));

      Framework framework;
      framework.declared_total = c.points;
      framework.rounding = policy;
      framework.root =
          group("", "总分", c.points,
                {group("1", "一级", c.points, {group("1.1", "二级", c.points, {leaf_of(c, formula_rule)})})});
      const PreparedFramework prepared(framework);
      CHECK(prepared.fully_compiled());
      InputRow row = prepared.make_row();
      RowScore result = prepared.make_result();

      for (int i = 0; i < 120; ++i) {
        const LeafFacts facts = c.facts(draw);
        const std::string expected = outcome(c, c.builtin(mode), facts, policy);
        const std::string got = outcome(c, formula_rule, facts, policy);
        CAPTURE(i);
        REQUIRE(got == expected);
        // Batch scoring gives what evaluate() gives, for the formula.
        Facts all;
        all["1.1.1"] = facts;
        prepared.fill(all, row);
        std::string batch = "error";
        try {
          prepared.score(row, result);
          batch = result.scores.back().to_string();
        } catch (const Error&) {
        }
        CHECK(batch == got);
        ++compared;
        if (got == "error") ++refused;
      }
    }
  }
  CHECK(compared > 10000);
  CHECK(refused > 0);  // zero denominators were drawn, and refused by both
}

// The formula rule kind: the language at its edges, exact results, traces in report wording,
// and errors that name the column of the formula or the indicator.
#include <jixiao/formula.hpp>
#include <jixiao/rules/formula_score.hpp>
#include <jixiao/testing.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

Indicator formula_leaf(const std::string& text, Decimal points = 5, Target target = {},
                       rules::OutsidePoints outside = rules::OutsidePoints::error) {
  return leaf("1.1.1", "预算执行率", points, IndicatorKind::quantitative, std::move(target),
              rules::FormulaScore(Formula::parse(text)).outside_points(outside));
}

// The error parse() raises for `text`, as "message|column".
std::string parse_error(const std::string& text) {
  try {
    (void)Formula::parse(text);
  } catch (const FormulaError& e) {
    CHECK(e.code() == ErrorCode::invalid_formula);
    return std::string(e.message()) + "|" + std::to_string(e.column());
  }
  return "parsed";
}

}  // namespace

TEST_CASE("formula: 预算执行率 as the seed prints it, step by step") {
  const Indicator execution = formula_leaf(
      "执行率 = round((实际支出资金 / 实际到位资金) × 100%, 4, 四舍五入)；得分 = 执行率 × 分值");
  const auto result =
      testing::score(execution, {{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994_dec}});
  CHECK(result.score == 1.74_dec);
  CHECK(result.trace == "执行率=（693.68/1994）×100%=34.79%；得分=34.79%×5=1.74分");
  CHECK(result.criterion ==
        "执行率=round（（实际支出资金/实际到位资金）×100%，4，half_up）；得分=执行率×分值");
  CHECK(result.details.rule == "formula");
}

TEST_CASE("formula: without a rounding the exact quotient is multiplied, and printed as such") {
  const Indicator execution =
      formula_leaf("执行率 = 实际支出资金 / 实际到位资金 × 100%; 执行率 × 分值");
  const auto result =
      testing::score(execution, {{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994_dec}});
  CHECK(result.score == 1.74_dec);  // 1.739418… rounded once
  CHECK(result.trace == "执行率=693.68/1994×100%=34.79%；得分=（693.68/1994）×5=1.74分");
}

TEST_CASE("formula: 资金结余 compares two facts: none 3, at most 上年结转 2, more 0") {
  const Indicator balance =
      formula_leaf("if(资金结余 = 0, 3, if(资金结余 <= 上年结转, 2, 0))", 3);
  CHECK(testing::score(balance, {{"资金结余", 0}, {"上年结转", 20}}).score == 3);
  CHECK(testing::score(balance, {{"资金结余", 12}, {"上年结转", 20}}).score == 2);
  CHECK(testing::score(balance, {{"资金结余", 20}, {"上年结转", 20}}).score == 2);
  CHECK(testing::score(balance, {{"资金结余", 20.01_dec}, {"上年结转", 20}}).score == 0);
  const auto traced = testing::score(balance, {{"资金结余", 12}, {"上年结转", 20}});
  REQUIRE(traced.details.notes.size() == 2);
  CHECK(traced.details.notes[0] == "条件资金结余=0（12=0）不成立");
  CHECK(traced.details.notes[1] == "条件资金结余≤上年结转（12≤20）成立");
  CHECK(traced.trace == "得分=2=2.00分");
}

TEST_CASE("formula: 目标值 and percentages; a fact compared with a percentage is a rate") {
  const Indicator coverage = formula_leaf(
      "if(实际完成值 >= 目标值, 分值, 实际完成值 / 目标值 × 分值)", 10,
      Target::percent(Comparator::at_least, 0.95_dec));
  CHECK(testing::score(coverage, {{"实际完成值", 0.98_dec}}).score == 10);
  const auto short_of = testing::score(coverage, {{"实际完成值", 0.9_dec}});
  CHECK(short_of.score == 9.47_dec);  // 0.9 / 0.95 × 10 = 9.4736…
  CHECK(short_of.trace == "得分=90.00%/95.00%×10=9.47分");
  CHECK(coverage.rule->percent_inputs(coverage) == std::vector<std::string>{"实际完成值"});
  // 目标值 needs a target with a value.
  const Indicator no_target = formula_leaf("目标值 × 分值");
  CHECK(testing::error_of(no_target, {}) == ErrorCode::invalid_rule);
}

TEST_CASE("formula: texts, yes/no facts, and/or/not, min/max/clamp/abs, truncate") {
  const Indicator level = formula_leaf(
      "if(等级 = “相符”, 10, if(等级 == \"基本相符\", 6, 0))", 10);
  CHECK(testing::score(level, {{"等级", "基本相符"}}).score == 6);
  CHECK(testing::score(level, {{"等级", "不符"}}).score == 0);
  CHECK(testing::error_of(level, {{"等级", 3}}) == ErrorCode::invalid_input);

  const Indicator checks = formula_leaf("if(制度健全 且 非 有违规, 2, 0) + if(按时完成 or 延期批准, 1, 0)", 3);
  CHECK(testing::score(checks, {{"制度健全", true}, {"有违规", false}, {"按时完成", false},
                                {"延期批准", true}})
            .score == 3);
  CHECK(testing::score(checks, {{"制度健全", true}, {"有违规", true}, {"按时完成", false},
                                {"延期批准", false}})
            .score == 0);

  const Indicator bounded = formula_leaf("clamp(abs(a - b), 1, 4) + min(a, b, 0.5) - max(0, -1)", 5);
  CHECK(testing::score(bounded, {{"a", 2}, {"b", 9}}).score == 4.5_dec);
  const Indicator cut = formula_leaf("truncate(a / 3, 2) + round(0.125, 2, half_even)", 5);
  CHECK(testing::score(cut, {{"a", 2}}).score == 0.78_dec);  // 0.66 + 0.12
}

TEST_CASE("formula: 满分为止 and 扣完为止 only when declared") {
  const Indicator plain = formula_leaf("实际 / 计划 × 分值", 5);
  const auto over = testing::problem_of(plain, {{"实际", 12}, {"计划", 10}});
  REQUIRE(over);
  CHECK(over->code == ErrorCode::score_out_of_range);
  CHECK(over->message.find("the formula gives 6 (12/10×5), outside [0, 5]") != std::string::npos);
  const Indicator capped =
      formula_leaf("实际 / 计划 × 分值", 5, {}, rules::OutsidePoints::clamp);
  const auto result = testing::score(capped, {{"实际", 12}, {"计划", 10}});
  CHECK(result.score == 5);
  CHECK(result.details.notes == std::vector<std::string>{"公式得分6高于分值，按分值计"});
  CHECK(testing::score(capped, {{"实际", -1}, {"计划", 10}}).score == 0);
}

TEST_CASE("formula: errors at scoring name the indicator, the column and the facts there are") {
  const Indicator execution = formula_leaf("实际支出资金 / 实际到位资金 × 分值");
  const auto zero = testing::problem_of(execution, {{"实际支出资金", 1}, {"实际到位资金", 0}});
  REQUIRE(zero);
  CHECK(zero->code == ErrorCode::zero_denominator);
  CHECK(zero->message ==
        "1.1.1 预算执行率: the formula at column 8: 实际支出资金/实际到位资金: the "
        "denominator is zero");
  const auto missing = testing::problem_of(execution, {{"实际支出资金", 1}, {"到位资金", 2}});
  REQUIRE(missing);
  CHECK(missing->code == ErrorCode::missing_input);
  CHECK(missing->message.find("\"实际到位资金\" (column 10), which is not a fact of this "
                              "indicator (its facts: 到位资金, 实际支出资金)") != std::string::npos);
  // A branch not taken is not computed: no division by zero, no missing fact.
  const Indicator guarded = formula_leaf("if(到位 = 0, 0, 支出 / 到位 × 分值)");
  CHECK(testing::score(guarded, {{"到位", 0}}).score == 0);
}

TEST_CASE("formula: parse errors say what and at which column (in characters)") {
  CHECK(parse_error("执行率 = 实际支出资金 /") ==
        "expected a value, found the end of the formula at column 15|15");
  CHECK(parse_error("sqrt(2)") ==
        "unknown function \"sqrt\" (if, min, max, clamp, abs, round, truncate) at column 1|1");
  CHECK(parse_error("round(a, 2)") == "round() takes 3 arguments, not 2 at column 1|1");
  CHECK(parse_error("round(a, 2, nearest)").find("expected a rounding mode") == 0);
  CHECK(parse_error("1 < a < 3") ==
        "comparisons do not chain: write \"a < b and b < c\" at column 7|7");
  CHECK(parse_error("a + 1; a = 2") == "\"a\" is used before it is computed at column 1|1");
  CHECK(parse_error("x = 1; x = 2; x") == "\"x\" is computed twice at column 8|8");
  CHECK(parse_error("等级 = \"达成\"") ==
        "the last statement gives the score, which must be a number, not a text at column 1|1");
  CHECK(parse_error("if(等级 = \"达成\", 等级 + 1, 0)") ==
        "\"等级\" is used as a number here but as a text before (column 4) at column 15|15");
  CHECK(parse_error("a > 1 + (b or c)").find("needs a yes/no, not a number") == std::string::npos);
  CHECK(parse_error("1 + (a > 2)") == "'+' at column 3 needs a number, not a yes/no at column 5|5");
  CHECK(parse_error("") == "the formula is empty at column 1|1");
  CHECK(parse_error("；\n") == "the formula is empty at column 3|3");
  CHECK(parse_error("3 $") == "unexpected character '$' at column 3|3");
  CHECK(parse_error("\"open") == "a text opened with \" and not closed at column 1|1");
  CHECK(parse_error("#未闭合") == "a name opened with '#' and not closed at column 1|1");
  CHECK(parse_error("1.5.2").find("a number followed by '.'") == 0);
  CHECK(parse_error(std::string(1, '\xff')).find("a byte that is not UTF-8") == 0);
  CHECK(parse_error(std::string(50, '9')).find("is beyond 38 digits at column 1|1") !=
        std::string::npos);
  CHECK(parse_error("0." + std::string(40, '1')).find("is beyond 38 digits") != std::string::npos);
  CHECK(parse_error("if(a, 1)") == "if() takes 3 arguments, not 2 at column 1|1");
  CHECK(parse_error("min(1)") == "min() takes 2 or more arguments, not 1 at column 1|1");
}

TEST_CASE("formula: hostile formulas end with a located error, quickly") {
  // The 65th level opens at column 65 (the whole formula is the first).
  CHECK(parse_error(std::string(100, '(') + "1" + std::string(100, ')')) ==
        "the formula nests deeper than 64 levels at column 65|65");
  CHECK(parse_error(std::string(100, '-') + "1") ==
        "the formula nests deeper than 64 levels at column 64|64");
  std::string chain = "1";
  for (int i = 0; i < 2000; ++i) chain += "+1";
  CHECK(parse_error(chain) ==
        "the formula has more than 1000 operations in a row; split it into named steps at "
        "column 2000|2000");
  std::string million = "1";
  for (int i = 0; i < 1000000; ++i) million += "+1";
  CHECK(parse_error(million) == "the formula is longer than 65536 bytes at column 65537|65537");
  // Names, spaces and full-width forms count as one column per character.
  CHECK(parse_error("（实际　＋ ） ") == "expected a value, found '）' at column 7|7");
}

TEST_CASE("formula: names between '#', the platform's placeholders, full-width operators") {
  const Indicator platform = formula_leaf("#actualvalue#／#indexval#＊#weight#", 10,
                                          Target::quantitative(Comparator::at_least, 20, "人"));
  CHECK(testing::score(platform, {{"实际完成值", 15}}).score == 7.5_dec);
  const Indicator spaced = formula_leaf("#年度资金总额（万元）# ÷ 2 − 1", 10);
  const auto result = testing::score(spaced, {{"年度资金总额（万元）", 8}});
  CHECK(result.score == 3);
  CHECK(result.trace == "得分=8÷2-1=3.00分");
  // Multi-line: a line break separates statements, except inside brackets.
  const Indicator lines = formula_leaf("a = 1\nb = if(a > 0,\n 2, 3)\nb + a", 5);
  CHECK(testing::score(lines, {}).score == 3);
}

TEST_CASE("formula: exact where binary floating point is not, and overflow is an error") {
  const Indicator tenth = formula_leaf("0.1 + 0.2 - 0.3 + 分值 / 3 × 3", 5);
  CHECK(testing::score(tenth, {}).score == 5);
  const Indicator third = formula_leaf("x = 1 / 3; y = x × 3; if(y = 1, 分值, 0)", 5);
  CHECK(testing::score(third, {}).score == 5);
  const Indicator huge = formula_leaf("a × a × a × a × a - a × a × a × a × a", 5);
  CHECK(testing::error_of(huge, {{"a", Decimal::parse("1" + std::string(10, '0'))}}) ==
        ErrorCode::invalid_input);  // 10^50 does not fit 38 digits: the overflow is reported
}

TEST_CASE("formula: a fact renamed everywhere it is read, and nowhere else") {
  const Formula formula = Formula::parse(
      "比率 = #实际值# / 目标值 × 100%; min(比率, 1) × 分值 + if(实际值 > 0, 0, 0)");
  const Formula renamed = formula.with_fact_renamed("实际值", "实际完成值");
  CHECK(renamed.text() ==
        "比率 = 实际完成值 / 目标值 × 100%; min(比率, 1) × 分值 + if(实际完成值 > 0, 0, 0)");
  CHECK(formula.with_fact_renamed("实际值", "完成值（%）").text() ==
        "比率 = #完成值（%）# / 目标值 × 100%; min(比率, 1) × 分值 + if(#完成值（%）# > 0, 0, 0)");
  // A step or a function of the same name as the fact asked for is left alone.
  CHECK(formula.with_fact_renamed("比率", "x").text() == formula.text());
  CHECK(formula.with_fact_renamed("min", "x").text() == formula.text());
}

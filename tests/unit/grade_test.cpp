// GradeScale and Rating: the three preset scales at every band edge, totals outside the
// scale (not ratable, with a reason, which is not a low grade), and check() on custom
// scales with gaps, overlaps and duplicate labels (ErrorCode::invalid_grade_scale).
#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/grade.hpp>
#include <jixiao/interval.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// The label of a rated total; "<not ratable>" otherwise, so a failure shows what happened.
std::string grade_of(const GradeScale& scale, const Decimal& total) {
  const Rating rating = scale.rate(total);
  return rating.is_rated() ? rating.label : "<not ratable>";
}

}  // namespace

TEST_CASE("财预〔2020〕10号: 优 〔90, 100〕, 良 〔80, 90), 中 〔60, 80), 差 〔0, 60)") {
  const GradeScale scale = GradeScale::finance_ministry_2020();
  CHECK(scale.name() == "财预〔2020〕10号");
  CHECK(scale.bands().size() == 4u);
  CHECK(grade_of(scale, 100_dec) == "优");
  CHECK(grade_of(scale, 100.00_dec) == "优");
  CHECK(grade_of(scale, 90_dec) == "优");
  CHECK(grade_of(scale, 90.00_dec) == "优");
  CHECK(grade_of(scale, 89.99_dec) == "良");
  CHECK(grade_of(scale, 89.9999999999_dec) == "良");
  CHECK(grade_of(scale, 87.26_dec) == "良");  // the seed report
  CHECK(grade_of(scale, 80_dec) == "良");
  CHECK(grade_of(scale, 79.99_dec) == "中");
  CHECK(grade_of(scale, 60_dec) == "中");
  CHECK(grade_of(scale, 59.99_dec) == "差");
  CHECK(grade_of(scale, 0_dec) == "差");
  CHECK(grade_of(scale, 0.00_dec) == "差");
}

TEST_CASE("财预〔2020〕10号: totals outside 〔0, 100〕 are not ratable, with the reason") {
  const GradeScale scale = GradeScale::finance_ministry_2020();
  const Rating over = scale.rate(100.01_dec);
  CHECK_FALSE(over.is_rated());
  CHECK(over.status == Rating::Status::not_ratable);
  CHECK(over.label.empty());
  CHECK(over.reason == "total 100.01 is outside the grade scale 财预〔2020〕10号");

  const Rating under = scale.rate(-0.01_dec);
  CHECK_FALSE(under.is_rated());
  CHECK(under.label.empty());
  CHECK(under.reason == "total -0.01 is outside the grade scale 财预〔2020〕10号");
}

TEST_CASE("self-evaluation 80/70/60: 优 〔80, 100〕, 良 〔70, 80), 中 〔60, 70), 差 〔0, 60)") {
  const GradeScale scale = GradeScale::self_evaluation_80_70_60();
  CHECK(scale.name() == "自评 80/70/60");
  CHECK(grade_of(scale, 87.26_dec) == "优");  // 良 on the finance-ministry scale
  CHECK(grade_of(scale, 100_dec) == "优");
  CHECK(grade_of(scale, 80_dec) == "优");
  CHECK(grade_of(scale, 79.99_dec) == "良");
  CHECK(grade_of(scale, 70_dec) == "良");
  CHECK(grade_of(scale, 69.99_dec) == "中");
  CHECK(grade_of(scale, 60_dec) == "中");
  CHECK(grade_of(scale, 59.99_dec) == "差");
  CHECK(grade_of(scale, 0_dec) == "差");
  CHECK_FALSE(scale.rate(100.01_dec).is_rated());
  CHECK_FALSE(scale.rate(-0.01_dec).is_rated());
}

TEST_CASE("OMB PART: Effective 〔85, 100〕, Moderately Effective 〔70, 85), Adequate 〔50, 70)") {
  const GradeScale scale = GradeScale::omb_part();
  CHECK(scale.name() == "OMB PART");
  CHECK(grade_of(scale, 100_dec) == "Effective");
  CHECK(grade_of(scale, 85_dec) == "Effective");
  CHECK(grade_of(scale, 84.99_dec) == "Moderately Effective");
  CHECK(grade_of(scale, 70_dec) == "Moderately Effective");
  CHECK(grade_of(scale, 69.99_dec) == "Adequate");
  CHECK(grade_of(scale, 50_dec) == "Adequate");
  CHECK(grade_of(scale, 49.99_dec) == "Ineffective");
  CHECK(grade_of(scale, 0_dec) == "Ineffective");
  const Rating beyond = scale.rate(100.5_dec);
  CHECK_FALSE(beyond.is_rated());
  CHECK(beyond.reason == "total 100.5 is outside the grade scale OMB PART");
}

TEST_CASE("the presets pass check()") {
  CHECK(GradeScale::finance_ministry_2020().check().empty());
  CHECK(GradeScale::self_evaluation_80_70_60().check().empty());
  CHECK(GradeScale::omb_part().check().empty());
}

TEST_CASE("custom scales: bands in any order, unbounded ends") {
  const GradeScale pass_fail("合格/不合格",
                             {{"不合格", Interval::below(60)}, {"合格", Interval::at_least(60)}});
  CHECK(pass_fail.check().empty());
  CHECK(grade_of(pass_fail, -5_dec) == "不合格");
  CHECK(grade_of(pass_fail, 59.99_dec) == "不合格");
  CHECK(grade_of(pass_fail, 60_dec) == "合格");
  CHECK(grade_of(pass_fail, 1000_dec) == "合格");

  // Listed from the lowest, the other way round from the presets.
  const GradeScale ascending("升序", {{"C", Interval::closed_open(0, 50)},
                                      {"B", Interval::closed_open(50, 75)},
                                      {"A", Interval::closed(75, 100)}});
  CHECK(ascending.check().empty());
  CHECK(grade_of(ascending, 75_dec) == "A");
  CHECK(grade_of(ascending, 74.99_dec) == "B");
}

TEST_CASE("a custom scale with a gap is invalid_grade_scale") {
  const GradeScale scale(
      "有缺口", {{"合格", Interval::closed(70, 100)}, {"不合格", Interval::closed_open(0, 60)}});
  const std::vector<Problem> problems = scale.check();
  REQUIRE(problems.size() == 1u);
  CHECK(problems[0].code == ErrorCode::invalid_grade_scale);
  CHECK(problems[0].indicator.empty());
  // Bands are numbered after sorting from the lowest.
  CHECK(problems[0].message == "grade scale 有缺口: bands 1 [0, 60) and 0 [70, 100] leave a gap");
  // A total in the gap is not ratable.
  CHECK_FALSE(scale.rate(65_dec).is_rated());
}

TEST_CASE("a custom scale with an overlap is invalid_grade_scale") {
  const GradeScale scale("有重叠",
                         {{"A", Interval::closed(80, 100)}, {"B", Interval::closed_open(0, 85)}});
  const std::vector<Problem> problems = scale.check();
  REQUIRE(problems.size() == 1u);
  CHECK(problems[0].code == ErrorCode::invalid_grade_scale);
  CHECK(problems[0].message == "grade scale 有重叠: bands 1 [0, 85) and 0 [80, 100] overlap");

  const GradeScale shared("共用边界",
                          {{"A", Interval::closed(60, 100)}, {"B", Interval::closed(0, 60)}});
  REQUIRE(shared.check().size() == 1u);
  CHECK(shared.check()[0].code == ErrorCode::invalid_grade_scale);
  CHECK(shared.check()[0].message ==
        "grade scale 共用边界: bands 1 [0, 60] and 0 [60, 100] overlap at 60");

  const GradeScale excluded(
      "漏掉边界", {{"A", Interval::open_closed(60, 100)}, {"B", Interval::closed_open(0, 60)}});
  REQUIRE(excluded.check().size() == 1u);
  CHECK(excluded.check()[0].message ==
        "grade scale 漏掉边界: bands 1 [0, 60) and 0 (60, 100] leave out 60");
}

TEST_CASE("a custom scale with a duplicate label is invalid_grade_scale") {
  const GradeScale scale(
      "重复", {{"合格", Interval::closed(60, 100)}, {"合格", Interval::closed_open(0, 60)}});
  const std::vector<Problem> problems = scale.check();
  REQUIRE(problems.size() == 1u);
  CHECK(problems[0].code == ErrorCode::invalid_grade_scale);
  CHECK(problems[0].message == "grade scale 重复: grade \"合格\" appears twice");

  // A duplicate and a gap: both are reported, the duplicate first.
  const GradeScale both("两处",
                        {{"A", Interval::closed(70, 100)}, {"A", Interval::closed_open(0, 60)}});
  const std::vector<Problem> two = both.check();
  REQUIRE(two.size() == 2u);
  CHECK(two[0].message == "grade scale 两处: grade \"A\" appears twice");
  CHECK(two[1].message == "grade scale 两处: bands 1 [0, 60) and 0 [70, 100] leave a gap");
  CHECK(two[1].code == ErrorCode::invalid_grade_scale);
}

TEST_CASE("a scale without grades is invalid_grade_scale and rates nothing") {
  const GradeScale scale("空", {});
  const std::vector<Problem> problems = scale.check();
  REQUIRE(problems.size() == 1u);
  CHECK(problems[0].code == ErrorCode::invalid_grade_scale);
  CHECK(problems[0].message == "grade scale 空: no grades");
  CHECK_FALSE(scale.rate(50_dec).is_rated());
}

TEST_CASE("a one-value band beside an open band sharing its lower edge, in any order") {
  // {0} then (0, 60) … is a partition; GradeScale documents bands "in any order".
  const GradeScale zero_first("零分单列", {{"零", Interval::exactly(0)},
                                           {"差", Interval::open(0, 60)},
                                           {"合格", Interval::closed(60, 100)}});
  CHECK(zero_first.check().empty());
  const GradeScale zero_last("零分单列", {{"差", Interval::open(0, 60)},
                                          {"合格", Interval::closed(60, 100)},
                                          {"零", Interval::exactly(0)}});
  // Regression: bands tying on their lower value kept their given order, so (0, 60) before
  // {0} was reported as a spurious overlap.
  CHECK(zero_last.check().empty());
  CHECK(grade_of(zero_last, 0_dec) == "零");
  CHECK(grade_of(zero_last, 0.01_dec) == "差");
}

TEST_CASE("not ratable is not a low grade") {
  const GradeScale scale = GradeScale::finance_ministry_2020();
  const Rating lowest = scale.rate(0_dec);
  const Rating outside = scale.rate(-1_dec);
  CHECK(lowest.is_rated());
  CHECK(lowest.status == Rating::Status::rated);
  CHECK(lowest.label == "差");
  CHECK(lowest.reason.empty());
  CHECK_FALSE(outside.is_rated());
  CHECK(outside.label != "差");
  CHECK(outside.label.empty());
  CHECK_FALSE(outside.reason.empty());

  const Rating made = Rating::not_ratable("Results Not Demonstrated");
  CHECK_FALSE(made.is_rated());
  CHECK(made.reason == "Results Not Demonstrated");
  CHECK(made.label.empty());
  const Rating given = Rating::rated("差");
  CHECK(given.is_rated());
  CHECK(given.label == "差");
  // A default Rating is not ratable (no grade given yet).
  CHECK_FALSE(Rating{}.is_rated());
}

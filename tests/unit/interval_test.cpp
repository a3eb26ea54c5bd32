// Interval (the shape of score, qualitative and grade bands): membership at each edge for
// every factory, with decimals and exact ratios; empty(); to_string(); equality; and
// check_partition(), which names the offending bands by their 1-based position.
#include <jixiao/decimal.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

TEST_CASE("closed 〔a, b〕 holds both edges") {
  const Interval band = Interval::closed(0.8_dec, 0.9_dec);
  CHECK(band.contains(0.8_dec));
  CHECK(band.contains(0.9_dec));
  CHECK(band.contains(0.85_dec));
  CHECK(band.contains(Ratio(4, 5)));
  CHECK(band.contains(Ratio(9, 10)));
  CHECK(band.contains(0.900_dec));
  CHECK_FALSE(band.contains(0.79999_dec));
  CHECK_FALSE(band.contains(0.90001_dec));
  CHECK_FALSE(band.contains(Ratio(899, 1000) + Ratio(2, 1000)));  // 0.901
  CHECK_FALSE(band.contains(Ratio(7, 9)));                        // 0.777…
}

TEST_CASE("closed_open 〔a, b) holds the lower edge only") {
  const Interval band = Interval::closed_open(0.8_dec, 0.9_dec);
  CHECK(band.contains(0.8_dec));
  CHECK(band.contains(Ratio(4, 5)));
  CHECK(band.contains(Ratio(8, 9)));  // 0.888…
  CHECK_FALSE(band.contains(0.9_dec));
  CHECK_FALSE(band.contains(Ratio(9, 10)));
  CHECK_FALSE(band.contains(Ratio(18, 20)));
  CHECK(band.contains(0.8999999999999999999999999999999999999_dec));
  CHECK_FALSE(band.contains(0.7999999999999999999999999999999999999_dec));
}

TEST_CASE("open_closed (a, b〕 holds the upper edge only") {
  const Interval band = Interval::open_closed(0.8_dec, 0.9_dec);
  CHECK_FALSE(band.contains(0.8_dec));
  CHECK_FALSE(band.contains(Ratio(4, 5)));
  CHECK(band.contains(0.9_dec));
  CHECK(band.contains(Ratio(9, 10)));
  CHECK(band.contains(0.80000000001_dec));
  CHECK_FALSE(band.contains(0.90000000001_dec));
}

TEST_CASE("open (a, b) holds neither edge") {
  const Interval band = Interval::open(0.8_dec, 0.9_dec);
  CHECK_FALSE(band.contains(0.8_dec));
  CHECK_FALSE(band.contains(0.9_dec));
  CHECK_FALSE(band.contains(Ratio(4, 5)));
  CHECK_FALSE(band.contains(Ratio(9, 10)));
  CHECK(band.contains(Ratio(17, 20)));  // 0.85
  CHECK(band.contains(0.81_dec));
}

TEST_CASE("half-lines: at_least, above, at_most, below") {
  const Interval at_least = Interval::at_least(0.95_dec);
  CHECK(at_least.contains(0.95_dec));
  CHECK(at_least.contains(Ratio(19, 20)));
  CHECK(at_least.contains(Decimal::parse("99999999999999999999")));
  CHECK_FALSE(at_least.contains(0.9499_dec));
  CHECK_FALSE(at_least.contains(Ratio(189, 200)));  // 0.945

  const Interval above = Interval::above(0);
  CHECK_FALSE(above.contains(0));
  CHECK_FALSE(above.contains(0.000_dec));
  CHECK_FALSE(above.contains(Ratio(0, 7)));
  CHECK(above.contains(Ratio(1, 1000000)));
  CHECK(above.contains(0.00000000000000000000000000000000000001_dec));
  CHECK_FALSE(above.contains(-1));

  const Interval at_most = Interval::at_most(0.1_dec);
  CHECK(at_most.contains(0.1_dec));
  CHECK(at_most.contains(Ratio(1, 10)));
  CHECK(at_most.contains(-1000));
  CHECK_FALSE(at_most.contains(Ratio(1, 9)));

  const Interval below = Interval::below(0.1_dec);
  CHECK_FALSE(below.contains(0.1_dec));
  CHECK_FALSE(below.contains(Ratio(1, 10)));
  CHECK(below.contains(Ratio(1, 11)));
  CHECK(below.contains(Decimal::parse("-99999999999999999999")));
}

TEST_CASE("exactly holds one value, compared exactly") {
  const Interval one = Interval::exactly(1);
  CHECK(one.contains(1));
  CHECK(one.contains(1.000_dec));
  CHECK(one.contains(Ratio(3, 3)));
  CHECK_FALSE(one.contains(0.9999_dec));
  CHECK_FALSE(one.contains(Ratio(10001, 10000)));
  CHECK_FALSE(one.empty());
  CHECK(Interval::exactly(0).contains(Ratio(0, -5)));
}

TEST_CASE("the default interval holds every value") {
  const Interval all;
  CHECK_FALSE(all.lower().has_value());
  CHECK_FALSE(all.upper().has_value());
  CHECK(all.contains(0));
  CHECK(all.contains(Decimal::parse("-99999999999999999999999999999999999999")));
  CHECK(all.contains(Decimal::parse("99999999999999999999999999999999999999")));
  CHECK(all.contains(Ratio(-1, 3)));
  CHECK_FALSE(all.empty());
  CHECK(all.to_string() == "(−∞, +∞)");
}

TEST_CASE("negative edges and edges written with different scales") {
  const Interval band = Interval::closed_open(-1, 0.50_dec);
  CHECK(band.contains(-1));
  CHECK(band.contains(-1.000_dec));
  CHECK(band.contains(Ratio(-2, 2)));
  CHECK_FALSE(band.contains(Ratio(-1001, 1000)));
  CHECK_FALSE(band.contains(0.5_dec));
  CHECK_FALSE(band.contains(Ratio(1, 2)));
  CHECK(band.contains(Ratio(49, 100)));
}

TEST_CASE("the factories set the edges they say") {
  const Interval band = Interval::open_closed(1, 2);
  REQUIRE(band.lower().has_value());
  REQUIRE(band.upper().has_value());
  CHECK(band.lower()->value == 1);
  CHECK_FALSE(band.lower()->inclusive);
  CHECK(band.upper()->value == 2);
  CHECK(band.upper()->inclusive);
  CHECK_FALSE(Interval::at_least(5).upper().has_value());
  CHECK(Interval::at_least(5).lower()->inclusive);
  CHECK_FALSE(Interval::above(5).lower()->inclusive);
  CHECK_FALSE(Interval::at_most(5).lower().has_value());
  CHECK(Interval::at_most(5).upper()->inclusive);
  CHECK_FALSE(Interval::below(5).upper()->inclusive);
  // The explicit constructor is the same as the factories.
  CHECK(Interval(Bound{0.8_dec, true}, Bound{0.9_dec, false}) ==
        Interval::closed_open(0.8_dec, 0.9_dec));
  CHECK(Interval(std::nullopt, Bound{3, true}) == Interval::at_most(3));
}

TEST_CASE("empty: reversed edges, or one value with an open edge") {
  CHECK(Interval::closed(2, 1).empty());
  CHECK(Interval::closed_open(1, 1).empty());
  CHECK(Interval::open_closed(1, 1).empty());
  CHECK(Interval::open(1, 1).empty());
  CHECK(Interval::open(1.0_dec, 1.00_dec).empty());
  CHECK_FALSE(Interval::closed(1, 1).empty());
  CHECK_FALSE(Interval::closed(1.0_dec, 1).empty());
  CHECK_FALSE(Interval::open(1, 1.0000000001_dec).empty());  // no integer inside, still values
  CHECK_FALSE(Interval::closed(1, 2).empty());
  CHECK_FALSE(Interval::at_least(5).empty());
  CHECK_FALSE(Interval::below(-5).empty());
  // An empty interval contains nothing, not even its edges.
  CHECK_FALSE(Interval::closed(2, 1).contains(1));
  CHECK_FALSE(Interval::closed(2, 1).contains(2));
  CHECK_FALSE(Interval::closed(2, 1).contains(Ratio(3, 2)));
  CHECK_FALSE(Interval::closed_open(1, 1).contains(1));
}

TEST_CASE("to_string uses interval notation, keeping each edge's scale") {
  CHECK(Interval::closed(0.8_dec, 0.9_dec).to_string() == "[0.8, 0.9]");
  CHECK(Interval::closed_open(0.8_dec, 0.9_dec).to_string() == "[0.8, 0.9)");
  CHECK(Interval::open_closed(0, 0.10_dec).to_string() == "(0, 0.10]");
  CHECK(Interval::open(-1, 1).to_string() == "(-1, 1)");
  CHECK(Interval::at_least(90).to_string() == "[90, +∞)");
  CHECK(Interval::above(0).to_string() == "(0, +∞)");
  CHECK(Interval::at_most(60).to_string() == "(−∞, 60]");
  CHECK(Interval::below(60.00_dec).to_string() == "(−∞, 60.00)");
  CHECK(Interval::exactly(0).to_string() == "{0}");
  CHECK(Interval::closed(1, 1).to_string() == "{1}");
  CHECK(Interval::closed(1.0_dec, 1).to_string() == "{1.0}");  // the lower edge as written
  CHECK(Interval::closed_open(1, 1).to_string() == "[1, 1)");
}

TEST_CASE("equality compares edge values exactly and inclusivity") {
  CHECK(Interval::closed(0.8_dec, 0.9_dec) == Interval::closed(0.80_dec, 0.900_dec));
  CHECK(Interval::exactly(1) == Interval::closed(1, 1));
  CHECK(Interval() == Interval(std::nullopt, std::nullopt));
  CHECK(Interval::closed(0, 1) != Interval::closed_open(0, 1));
  CHECK(Interval::closed(0, 1) != Interval::open_closed(0, 1));
  CHECK(Interval::at_least(0) != Interval::closed(0, 1));
  CHECK(Interval::at_most(1) != Interval::closed(0, 1));
  CHECK(Interval::above(0) != Interval::at_least(0));
}

TEST_CASE("check_partition accepts ordered bands that meet with the edge in one of them") {
  const std::vector<Interval> grades = {Interval::closed_open(0, 60), Interval::closed_open(60, 80),
                                        Interval::closed_open(80, 90), Interval::closed(90, 100)};
  CHECK(check_partition(grades).ok());
  CHECK(check_partition(grades).problem.empty());

  // Upper edges included, as in 预算调整率 bands.
  CHECK(check_partition({Interval::exactly(0), Interval::open_closed(0, 0.1_dec),
                         Interval::open_closed(0.1_dec, 0.2_dec), Interval::above(0.2_dec)})
            .ok());
  // Unbounded at both ends.
  CHECK(
      check_partition({Interval::below(60), Interval::closed_open(60, 80), Interval::at_least(80)})
          .ok());
  // Edges written with different scales still meet.
  CHECK(check_partition({Interval::closed_open(0, 0.6_dec), Interval::closed(0.60_dec, 1)}).ok());
  // Nothing, or one band, is trivially a partition.
  CHECK(check_partition({}).ok());
  CHECK(check_partition({Interval::closed(0, 1)}).ok());
  CHECK(check_partition({Interval()}).ok());
}

TEST_CASE("check_partition: overlapping bands") {
  const PartitionCheck check =
      check_partition({Interval::closed_open(0, 70), Interval::closed_open(60, 80)});
  CHECK_FALSE(check.ok());
  CHECK(check.problem == "bands 0 [0, 70) and 1 [60, 80) overlap");

  // In the second pair: the numbers are those of the pair.
  CHECK(check_partition({Interval::closed_open(0, 60), Interval::closed_open(60, 85),
                         Interval::closed(80, 100)})
            .problem == "bands 1 [60, 85) and 2 [80, 100] overlap");

  // A band unbounded above cannot be followed by anything.
  CHECK(check_partition({Interval::at_least(0), Interval::at_least(60)}).problem ==
        "bands 0 [0, +∞) and 1 [60, +∞) overlap");
  // A band unbounded below cannot follow anything.
  CHECK(check_partition({Interval::below(0), Interval::below(60)}).problem ==
        "bands 0 (−∞, 0) and 1 (−∞, 60) overlap");
}

TEST_CASE("check_partition: a gap between neighbours") {
  const PartitionCheck check =
      check_partition({Interval::closed_open(0, 60), Interval::closed(70, 100)});
  CHECK_FALSE(check.ok());
  CHECK(check.problem == "bands 0 [0, 60) and 1 [70, 100] leave a gap");
  CHECK(check_partition({Interval::closed_open(0, 60), Interval::closed_open(60, 80),
                         Interval::closed(80.01_dec, 100)})
            .problem == "bands 1 [60, 80) and 2 [80.01, 100] leave a gap");
}

TEST_CASE("check_partition: a shared edge included in both bands") {
  const PartitionCheck check =
      check_partition({Interval::closed(0, 60), Interval::closed_open(60, 80)});
  CHECK_FALSE(check.ok());
  CHECK(check.problem == "bands 0 [0, 60] and 1 [60, 80) overlap at 60");
  CHECK(check_partition(
            {Interval::closed_open(0, 60), Interval::closed(60, 80), Interval::closed(80, 100)})
            .problem == "bands 1 [60, 80] and 2 [80, 100] overlap at 80");
}

TEST_CASE("check_partition: a shared edge excluded from both bands") {
  const PartitionCheck check =
      check_partition({Interval::closed_open(0, 60), Interval::open(60, 80)});
  CHECK_FALSE(check.ok());
  CHECK(check.problem == "bands 0 [0, 60) and 1 (60, 80) leave out 60");
  CHECK(check_partition({Interval::below(0.6_dec), Interval::above(0.6_dec)}).problem ==
        "bands 0 (−∞, 0.6) and 1 (0.6, +∞) leave out 0.6");
}

TEST_CASE("check_partition: bands listed from the highest are out of order") {
  const PartitionCheck check =
      check_partition({Interval::closed_open(60, 80), Interval::closed_open(0, 60)});
  CHECK_FALSE(check.ok());
  CHECK(check.problem ==
        "bands 0 [60, 80) and 1 [0, 60) are out of order (list bands from the lowest)");
  // The first pair meets; the second runs backwards.
  CHECK(check_partition({Interval::closed_open(60, 80), Interval::closed(80, 100),
                         Interval::closed_open(0, 60)})
            .problem ==
        "bands 1 [80, 100] and 2 [0, 60) are out of order (list bands from the lowest)");
  // Order is checked first: disorder is reported before the gap it causes.
  CHECK(check_partition({Interval::closed_open(0, 60), Interval::closed(90, 100),
                         Interval::closed_open(60, 90)})
            .problem ==
        "bands 1 [90, 100] and 2 [60, 90) are out of order (list bands from the lowest)");
  // check_partition_any_order sorts first, so the same bands are a partition.
  CHECK(check_partition_any_order({Interval::closed_open(0, 60), Interval::closed(90, 100),
                                   Interval::closed_open(60, 90)})
            .ok());
}

TEST_CASE("check_partition: an empty band is reported first, by its number") {
  const PartitionCheck check = check_partition(
      {Interval::closed_open(0, 60), Interval::closed_open(60, 60), Interval::closed(60, 100)});
  CHECK_FALSE(check.ok());
  CHECK(check.problem == "band 1 [60, 60) is empty");
  // Even when an earlier pair also has a problem.
  CHECK(check_partition(
            {Interval::closed(0, 50), Interval::closed(70, 100), Interval::closed(100, 90)})
            .problem == "band 2 [100, 90] is empty");
}

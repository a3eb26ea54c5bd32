// format(): fixed places, percentages, thousands groups, rounding of decimals and of exact
// ratios, and the range of places it accepts.
#include <jixiao/format.hpp>

#include <doctest/doctest.h>

#include <string>

using jixiao::Decimal;
using jixiao::FixedFormat;
using jixiao::Notation;
using jixiao::Ratio;
using jixiao::Rounding;
using namespace jixiao::literals;

namespace {
FixedFormat plain(int places, Rounding mode = Rounding::half_up, bool group = false) {
  return FixedFormat{places, mode, Notation::plain, group};
}
FixedFormat percent(int places, Rounding mode = Rounding::half_up) {
  return FixedFormat{places, mode, Notation::percent, false};
}
}  // namespace

TEST_CASE("the defaults print as reports do: 2 places, half_up") {
  CHECK(jixiao::format(1.745_dec, FixedFormat{}) == "1.75");
  CHECK(jixiao::format(1994_dec, FixedFormat{}) == "1994.00");
  CHECK(jixiao::format(87.255_dec, FixedFormat{}) == "87.26");
}

TEST_CASE("plain numbers: padding, rounding, grouping, signs") {
  CHECK(jixiao::format(1994_dec, plain(2, Rounding::half_up, true)) == "1,994.00");
  CHECK(jixiao::format(1234567.891_dec, plain(2, Rounding::half_up, true)) == "1,234,567.89");
  CHECK(jixiao::format(-1234.5_dec, plain(2, Rounding::half_up, true)) == "-1,234.50");
  CHECK(jixiao::format(999.999_dec, plain(2, Rounding::half_up, true)) == "1,000.00");
  CHECK(jixiao::format(999_dec, plain(0, Rounding::half_up, true)) == "999");
  CHECK(jixiao::format(100000_dec, plain(0, Rounding::half_up, true)) == "100,000");
  CHECK(jixiao::format(1.745_dec, plain(2, Rounding::half_even)) == "1.74");
  CHECK(jixiao::format(1.745_dec, plain(2, Rounding::down)) == "1.74");
  CHECK(jixiao::format(0.5_dec, plain(0)) == "1");
  CHECK(jixiao::format(-0.001_dec, plain(2)) == "0.00");  // no negative zero
  CHECK(jixiao::format(-0.005_dec, plain(2)) == "-0.01");
  CHECK(jixiao::format(0_dec, plain(3)) == "0.000");
  // Padding is textual: it never needs more than 38 digits.
  CHECK(jixiao::format(Decimal::parse("99999999999999999999999999999999999999"), plain(2)) ==
        "99999999999999999999999999999999999999.00");
}

TEST_CASE("percentages: the value × 100, then the places") {
  CHECK(jixiao::format(0.3479_dec, percent(2)) == "34.79%");
  CHECK(jixiao::format(1_dec, percent(2)) == "100.00%");
  CHECK(jixiao::format(1_dec, percent(0)) == "100%");
  CHECK(jixiao::format(100_dec, percent(2)) == "10000.00%");
  CHECK(jixiao::format(0.125_dec, percent(1)) == "12.5%");
  CHECK(jixiao::format(0.0005_dec, percent(1)) == "0.1%");
  CHECK(jixiao::format(0.00049_dec, percent(1)) == "0.0%");
  CHECK(jixiao::format(-0.5247_dec, percent(2)) == "-52.47%");
  CHECK(jixiao::format(0.8726_dec, percent(2)) == "87.26%");
}

TEST_CASE("ratios are rounded once, from the exact quotient") {
  const Ratio rate(693.68_dec, 1994_dec);
  CHECK(jixiao::format(rate, percent(2)) == "34.79%");
  CHECK(jixiao::format(rate, percent(4)) == "34.7884%");
  CHECK(jixiao::format(rate, plain(4)) == "0.3479");
  CHECK(jixiao::format(Ratio(1994, 1994), percent(2)) == "100.00%");  // 资金到位率
  CHECK(jixiao::format(Ratio(19, 20), percent(2)) == "95.00%");       // 满意度
  CHECK(jixiao::format(Ratio(1, 3), plain(2, Rounding::up)) == "0.34");
  CHECK(jixiao::format(Ratio(-2, 3), percent(1)) == "-66.7%");
  CHECK(jixiao::format(Ratio(1234567, 1), plain(0, Rounding::half_up, true)) == "1,234,567");
}

TEST_CASE("integers format directly") {
  CHECK(jixiao::format(1994, plain(2, Rounding::half_up, true)) == "1,994.00");
  CHECK(jixiao::format(-5, percent(0)) == "-500%");
}

TEST_CASE("a ratio is rounded before it is written, so it must fit 38 digits there") {
  CHECK(jixiao::format(12345_dec, plain(38)).size() == 5 + 1 + 38);  // a Decimal pads
  CHECK_THROWS_AS((void)jixiao::format(Ratio(12345_dec), plain(38)), jixiao::OverflowError);
}

TEST_CASE("places outside the supported range are an InvalidArgumentError") {
  CHECK_THROWS_AS((void)jixiao::format(1_dec, plain(-1)), jixiao::InvalidArgumentError);
  CHECK_THROWS_AS((void)jixiao::format(1_dec, plain(39)), jixiao::InvalidArgumentError);
  CHECK_THROWS_AS((void)jixiao::format(1_dec, percent(37)), jixiao::InvalidArgumentError);
  CHECK(jixiao::format(1_dec, percent(36)).size() == 3 + 1 + 36 + 1);
  try {
    (void)jixiao::format(1_dec, percent(37));
  } catch (const jixiao::InvalidArgumentError& e) {
    CHECK(std::string(e.what()) ==
          "[jixiao.invalid_argument.401] format places 37 is outside [0, 36]");
  }
}

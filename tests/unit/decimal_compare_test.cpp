// compare() and the relational operators: value order regardless of scale, including pairs
// whose alignment to a common scale would pass 38 digits.
#include <jixiao/decimal.hpp>

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

using jixiao::Decimal;
using namespace jixiao::literals;

TEST_CASE("equal values compare equal whatever their scale") {
  CHECK(1.50_dec == 1.5_dec);
  CHECK(1.5_dec == Decimal::parse("1.500000000000000000000000000000000000"));
  CHECK(0_dec == Decimal::parse("-0.000"));
  CHECK(100_dec == 1e2_dec);
  CHECK_FALSE(1.50_dec != 1.5_dec);
}

TEST_CASE("ordering across scales and signs") {
  CHECK(1.5_dec < 1.51_dec);
  CHECK(1.51_dec > 1.5_dec);
  CHECK(-1_dec < -0.9_dec);
  CHECK(-0.9_dec > -1_dec);
  CHECK(-0.001_dec < 0_dec);
  CHECK(0_dec < 0.001_dec);
  CHECK(34.79_dec <= 34.790_dec);
  CHECK(34.79_dec >= 34.790_dec);
  CHECK(0.9_dec >= 0.90_dec);  // a rate exactly at a band edge meets it
}

TEST_CASE("comparisons whose common scale would pass 38 digits are still exact") {
  const Decimal big = Decimal::parse("10000000000000000000000000000000000000");
  const Decimal tiny = Decimal::parse("0.00000000000000000000000000000000000005");
  const Decimal almost_one = Decimal::parse("0.99999999999999999999999999999999999999");
  const Decimal max_value = Decimal::parse("99999999999999999999999999999999999999");
  CHECK(compare(big, tiny) == 1);
  CHECK(compare(tiny, big) == -1);
  CHECK(compare(-big, -tiny) == -1);
  CHECK(compare(-tiny, -big) == 1);
  CHECK(compare(max_value, almost_one) == 1);
  CHECK(compare(-max_value, -almost_one) == -1);
  CHECK(compare(1_dec, almost_one) == 1);
  CHECK(compare(-1_dec, -almost_one) == -1);
}

TEST_CASE("compare() is a total order consistent with ==, over a grid of scales") {
  std::vector<Decimal> values;
  for (std::string_view text : {"-2", "-1.50", "-1.5", "-0.001", "0", "0.000", "0.001", "0.1",
                                "0.10", "0.3479", "1", "1.0", "1.74", "34.79", "100"}) {
    values.push_back(Decimal::parse(text));
  }
  for (std::size_t i = 0; i < values.size(); ++i) {
    for (std::size_t j = 0; j < values.size(); ++j) {
      CAPTURE(values[i]);
      CAPTURE(values[j]);
      const int c = compare(values[i], values[j]);
      CHECK(c == -compare(values[j], values[i]));
      CHECK((c == 0) == (values[i] == values[j]));
      CHECK((c < 0) == (values[i] < values[j]));
      CHECK((c == 0) == ((values[i] - values[j]).is_zero()));
      CHECK((c < 0) == ((values[i] - values[j]).signum() < 0));
    }
  }
}

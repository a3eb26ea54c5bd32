// Ratio (an exact quotient) and divide(): construction, the seed report's rates, exact
// comparison with decimals and other ratios, products, zero denominators and range limits.
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>

#include <string>

using jixiao::Decimal;
using jixiao::ErrorCode;
using jixiao::Ratio;
using jixiao::Rounding;
using namespace jixiao::literals;

TEST_CASE("the seed report's 预算执行率: 693.68 / 1994 = 34.79%, × 5 = 1.74") {
  const Ratio rate(693.68_dec, 1994_dec);
  CHECK(rate.round(4, Rounding::half_up).to_string() == "0.3479");
  CHECK(rate.round(20, Rounding::half_up).to_string() == "0.34788365095285857573");
  // The score from the displayed rate (as reports compute it) and from the exact rate agree
  // here; the exact product is 1.739418… .
  CHECK((rate.round(4, Rounding::half_up) * 5).round(2, Rounding::half_up).to_string() == "1.74");
  CHECK((rate * 5).round(2, Rounding::half_up).to_string() == "1.74");
  CHECK((rate * 5).round(6, Rounding::half_up).to_string() == "1.739418");
  CHECK(jixiao::divide(693.68_dec, 1994_dec, 4, Rounding::half_up) == 0.3479_dec);
}

TEST_CASE("the denominator is kept positive, the sign moves to the numerator") {
  const Ratio r(1, -3);
  CHECK(r.numerator() == -1);
  CHECK(r.denominator() == 3);
  CHECK(r.signum() == -1);
  CHECK(Ratio(-1, -3).signum() == 1);
  CHECK(Ratio(0, -3).signum() == 0);
  CHECK((-Ratio(1, 3)).numerator() == -1);
}

TEST_CASE("a zero denominator is a DivisionByZeroError that names the dividend") {
  try {
    (void)Ratio(693.68_dec, 0.00_dec);
    FAIL("no error");
  } catch (const jixiao::DivisionByZeroError& e) {
    CHECK(e.code() == ErrorCode::division_by_zero);
    CHECK(std::string(e.what()) == "[jixiao.division_by_zero.301] cannot divide 693.68 by zero");
  }
  CHECK_THROWS_AS((void)jixiao::divide(1, 0, 2, Rounding::half_up), jixiao::DivisionByZeroError);
  CHECK_THROWS_AS((void)jixiao::divide(0, 0, 2, Rounding::half_up), jixiao::DivisionByZeroError);
}

TEST_CASE("comparisons are exact, with decimals and with other ratios") {
  CHECK(Ratio(1, 3) < 0.3334_dec);
  CHECK(Ratio(1, 3) > 0.3333_dec);
  CHECK(Ratio(1, 3) != 0.3333333333333333333333333333333333333_dec);
  CHECK(Ratio(9, 10) == 0.9_dec);
  CHECK(0.90_dec == Ratio(9, 10));
  CHECK(Ratio(2, 4) == Ratio(1, 2));
  CHECK(Ratio(-1, 3) < Ratio(-1, 4));
  CHECK(Ratio(-1, 3) < 0);
  CHECK(Ratio(0, 7) == 0);
  CHECK(Ratio(95, 100) >= 0.95_dec);  // 满意度 95% against a ≥ 95% target
  CHECK(Ratio(19, 20) >= 0.95_dec);
  CHECK_FALSE(Ratio(189, 200) >= 0.95_dec);
  CHECK(Ratio(693.68_dec, 1994_dec) <= 1);
}

TEST_CASE("comparisons that need more than 128 bits take the wide path and stay exact") {
  const Decimal max_value = Decimal::parse("99999999999999999999999999999999999999");
  const Decimal almost = Decimal::parse("99999999999999999999999999999999999998");
  const Decimal tiny = Decimal::parse("0.00000000000000000000000000000000000001");
  CHECK(Ratio(max_value, almost) > Ratio(almost, max_value));
  CHECK(Ratio(max_value, almost) > 1);
  CHECK(Ratio(almost, max_value) < 1);
  CHECK(Ratio(tiny, max_value) < Ratio(tiny, almost));
  CHECK(Ratio(max_value, tiny) > Ratio(almost, tiny));
  CHECK(Ratio(max_value, tiny) == Ratio(max_value * 1, tiny));
  CHECK(Ratio(-max_value, tiny) < Ratio(-almost, tiny));
  CHECK(Ratio(tiny, 3) == Ratio(tiny * 2, 6));
}

TEST_CASE("products are exact, rounding happens once, when asked") {
  const Ratio third(1, 3);
  CHECK((third * 3).round(2, Rounding::half_up).to_string() == "1.00");  // never 0.99
  CHECK((third * Ratio(3, 1)) == 1);
  CHECK((5 * third).round(3, Rounding::half_up).to_string() == "1.667");
  CHECK((third * third) == Ratio(1, 9));
}

TEST_CASE("quotients beyond 38 digits, and bad places, are errors") {
  const Decimal max_value = Decimal::parse("99999999999999999999999999999999999999");
  auto code_of = [](auto f) {
    try {
      (void)f();
    } catch (const jixiao::Error& e) {
      return e.code();
    }
    return ErrorCode{};
  };
  CHECK(code_of([&] { return jixiao::divide(max_value, 0.1_dec, 0, Rounding::half_up); }) ==
        ErrorCode::too_many_digits);
  CHECK(code_of([&] { return jixiao::divide(max_value, 1, 1, Rounding::half_up); }) ==
        ErrorCode::too_many_digits);
  CHECK(code_of([] { return jixiao::divide(1, 3, -1, Rounding::half_up); }) ==
        ErrorCode::places_out_of_range);
  CHECK(code_of([] { return jixiao::divide(1, 3, 39, Rounding::half_up); }) ==
        ErrorCode::places_out_of_range);
  CHECK(jixiao::divide(max_value, 1, 0, Rounding::half_up) == max_value);
  CHECK(jixiao::divide(1, max_value, 38, Rounding::half_up).to_string() ==
        "0.00000000000000000000000000000000000001");
}

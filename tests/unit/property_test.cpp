// Property tests against an exact reference: Boost.Multiprecision's cpp_rational.
//
// Random decimals across the whole range (1–38 digits, scale 0–38, both signs, with extra
// weight on short values and ties) go through every operation; each result must equal the
// rational result, rounded by an independent reference, or be an overflow exactly when the
// true result does not fit. 120,000 cases per run, reproducible: the seed is fixed and
// printed on failure; set JIXIAO_PROPERTY_SEED to explore other seeds.
#include <jixiao/decimal.hpp>
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>
#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;
using jixiao::Decimal;
using jixiao::ErrorCode;
using jixiao::Ratio;
using jixiao::Rounding;

namespace {

constexpr int cases_per_operation = 20'000;

std::uint64_t seed() {
  if (const char* text = std::getenv("JIXIAO_PROPERTY_SEED")) return std::stoull(text);
  return 20261128;
}

// Only the raw engine output is used: std::uniform_int_distribution differs between
// standard libraries, and the cases must be the same everywhere.
class Generator {
 public:
  explicit Generator(std::uint64_t s) : engine_(s) {}
  int between(int low, int high) {  // inclusive
    return low + static_cast<int>(engine_() % static_cast<std::uint64_t>(high - low + 1));
  }
  bool chance(int percent) { return between(1, 100) <= percent; }

  Decimal decimal() {
    int digits = 0;
    int scale = 0;
    const int shape = between(1, 100);
    if (shape <= 45) {
      digits = between(1, 6);
      scale = between(0, 4);
    } else if (shape <= 75) {
      digits = between(1, 38);
      scale = between(0, 38);
    } else {
      digits = between(30, 38);
      scale = between(0, 38);
    }
    std::string text = chance(50) ? "-" : "";
    std::string coefficient;
    for (int i = 0; i < digits; ++i) coefficient += static_cast<char>('0' + between(0, 9));
    if (chance(20)) coefficient.back() = '5';  // ties
    if (scale > 0) {
      if (static_cast<int>(coefficient.size()) <= scale) {
        coefficient.insert(0, static_cast<std::size_t>(scale + 1 - digits), '0');
      }
      coefficient.insert(coefficient.size() - static_cast<std::size_t>(scale), 1, '.');
    }
    return Decimal::parse(text + coefficient);
  }

 private:
  std::mt19937_64 engine_;
};

cpp_int pow10(int n) { return boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(n)); }

// The exact value of a decimal, read back from its text (so to_string is tested too).
cpp_rational exact(const Decimal& d) {
  std::string text = d.to_string();
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) text.erase(0, 1);
  int scale = 0;
  if (const auto point = text.find('.'); point != std::string::npos) {
    scale = static_cast<int>(text.size() - point - 1);
    text.erase(point, 1);
  }
  REQUIRE(scale == d.scale());
  // cpp_int reads a leading 0 as octal: strip leading zeros, keeping one digit.
  text.erase(0, std::min(text.find_first_not_of('0'), text.size() - 1));
  cpp_rational value(cpp_int(text), pow10(scale));
  return negative ? cpp_rational(-value) : value;
}

// Reference rounding of an exact rational to an integer, written independently of jixiao:
// truncate, then compare twice the remainder with the divisor.
cpp_int round_reference(const cpp_rational& x, Rounding mode) {
  const cpp_int n = boost::multiprecision::numerator(x);
  const cpp_int d = boost::multiprecision::denominator(x);  // > 0
  const cpp_int q = n / d;                                  // toward zero
  const cpp_int r = n % d;                                  // sign of n
  if (r == 0) return q;
  const bool negative = n < 0;
  const cpp_int twice = 2 * (r < 0 ? cpp_int(-r) : r);
  const int half = twice < d ? -1 : (twice == d ? 0 : 1);
  bool away = false;
  switch (mode) {
    case Rounding::half_up:
      away = half >= 0;
      break;
    case Rounding::half_even:
      away = half > 0 || (half == 0 && (q & 1) != 0);
      break;
    case Rounding::half_down:
      away = half > 0;
      break;
    case Rounding::up:
      away = true;
      break;
    case Rounding::down:
      away = false;
      break;
    case Rounding::ceiling:
      away = !negative;
      break;
    case Rounding::floor:
      away = negative;
      break;
  }
  if (!away) return q;
  return negative ? cpp_int(q - 1) : cpp_int(q + 1);
}

const cpp_int max_coefficient = pow10(38) - 1;

bool fits(const cpp_rational& value, int scale) {
  const cpp_rational scaled = value * cpp_rational(pow10(scale));
  REQUIRE(boost::multiprecision::denominator(scaled) == 1);
  const cpp_int c = boost::multiprecision::numerator(scaled);
  return (c < 0 ? cpp_int(-c) : c) <= max_coefficient;
}

template <class F>
ErrorCode outcome(F&& f, Decimal& result) {
  try {
    result = f();
    return ErrorCode{};
  } catch (const jixiao::Error& e) {
    return e.code();
  }
}

// The same value at another scale (one more place when that fits, else trailing zeros cut).
Decimal rescaled(const Decimal& d) {
  try {
    return d.round(d.scale() < 38 ? d.scale() + 1 : 38, Rounding::down);
  } catch (const jixiao::OverflowError&) {
    return d.strip_trailing_zeros();
  }
}

// The operation's result must be k × 10^−places with scale `places`, or, when k has more than
// 38 digits, an overflow.
template <class F>
void require_rounded(const cpp_int& k, int places, F&& operation) {
  Decimal result;
  const ErrorCode code = outcome(operation, result);
  if ((k < 0 ? cpp_int(-k) : k) <= max_coefficient) {
    REQUIRE(code == ErrorCode{});
    REQUIRE(result.scale() == places);
    REQUIRE(exact(result) == cpp_rational(k, pow10(places)));
  } else {
    REQUIRE(code == ErrorCode::too_many_digits);
  }
}

constexpr Rounding modes[] = {Rounding::half_up, Rounding::half_even, Rounding::half_down,
                              Rounding::up,      Rounding::down,      Rounding::ceiling,
                              Rounding::floor};

}  // namespace

TEST_CASE(
    "property: + and − equal the rational sum, or overflow exactly when it needs > 38 digits") {
  Generator g(seed());
  for (int i = 0; i < cases_per_operation; ++i) {
    const Decimal a = g.decimal();
    const Decimal b = g.decimal();
    const bool subtract = g.chance(50);
    CAPTURE(seed());
    CAPTURE(a);
    CAPTURE(b);
    CAPTURE(subtract);
    const cpp_rational expected = subtract ? exact(a) - exact(b) : exact(a) + exact(b);
    const int scale = a.scale() > b.scale() ? a.scale() : b.scale();
    Decimal result;
    const ErrorCode code = outcome([&] { return subtract ? a - b : a + b; }, result);
    if (fits(expected, scale)) {
      REQUIRE(code == ErrorCode{});
      REQUIRE(result.scale() == scale);
      REQUIRE(exact(result) == expected);
    } else {
      REQUIRE(code == ErrorCode::too_many_digits);
    }
  }
}

TEST_CASE("property: × equals the rational product with scale sa + sb, or overflows") {
  Generator g(seed() + 1);
  for (int i = 0; i < cases_per_operation; ++i) {
    const Decimal a = g.decimal();
    const Decimal b = g.decimal();
    CAPTURE(seed());
    CAPTURE(a);
    CAPTURE(b);
    const int scale = a.scale() + b.scale();
    Decimal result;
    const ErrorCode code = outcome([&] { return a * b; }, result);
    if (scale > 38) {
      REQUIRE(code == ErrorCode::scale_out_of_range);
    } else if (fits(exact(a) * exact(b), scale)) {
      REQUIRE(code == ErrorCode{});
      REQUIRE(result.scale() == scale);
      REQUIRE(exact(result) == exact(a) * exact(b));
    } else {
      REQUIRE(code == ErrorCode::too_many_digits);
    }
  }
}

TEST_CASE("property: compare() orders decimals as the rationals are ordered") {
  Generator g(seed() + 2);
  for (int i = 0; i < cases_per_operation; ++i) {
    const Decimal a = g.decimal();
    const Decimal b = g.chance(10) ? rescaled(a) : g.decimal();
    CAPTURE(seed());
    CAPTURE(a);
    CAPTURE(b);
    const cpp_rational x = exact(a);
    const cpp_rational y = exact(b);
    const int expected = x < y ? -1 : (x > y ? 1 : 0);
    REQUIRE(compare(a, b) == expected);
    REQUIRE((a == b) == (expected == 0));
    if (expected == 0) REQUIRE(a.hash() == b.hash());
  }
}

TEST_CASE("property: round() equals the reference rounding of the exact value, every mode") {
  Generator g(seed() + 3);
  for (int i = 0; i < cases_per_operation; ++i) {
    const Decimal a = g.decimal();
    const int places = g.chance(30) ? g.between(0, 38) : g.between(0, 6);
    const Rounding mode = modes[g.between(0, 6)];
    CAPTURE(seed());
    CAPTURE(a);
    CAPTURE(places);
    CAPTURE(static_cast<int>(mode));
    const cpp_int k = round_reference(exact(a) * cpp_rational(pow10(places)), mode);
    require_rounded(k, places, [&] { return a.round(places, mode); });
  }
}

TEST_CASE("property: divide() is the exact quotient rounded once, every mode") {
  Generator g(seed() + 4);
  for (int i = 0; i < cases_per_operation; ++i) {
    const Decimal a = g.decimal();
    Decimal b = g.decimal();
    if (b.is_zero()) b = 7;
    const int places = g.chance(30) ? g.between(0, 38) : g.between(0, 6);
    const Rounding mode = modes[g.between(0, 6)];
    CAPTURE(seed());
    CAPTURE(a);
    CAPTURE(b);
    CAPTURE(places);
    CAPTURE(static_cast<int>(mode));
    const cpp_int k = round_reference(exact(a) / exact(b) * cpp_rational(pow10(places)), mode);
    require_rounded(k, places, [&] { return jixiao::divide(a, b, places, mode); });
  }
}

TEST_CASE("property: Ratio comparison equals rational comparison of the quotients") {
  Generator g(seed() + 5);
  for (int i = 0; i < cases_per_operation; ++i) {
    Decimal a = g.decimal();
    Decimal b = g.decimal();
    Decimal c = g.decimal();
    Decimal d = g.decimal();
    if (b.is_zero()) b = 3;
    if (d.is_zero()) d = -7;
    if (g.chance(10)) {  // the same quotient, written differently
      c = rescaled(a);
      d = b;
    }
    CAPTURE(seed());
    CAPTURE(a);
    CAPTURE(b);
    CAPTURE(c);
    CAPTURE(d);
    const cpp_rational x = exact(a) / exact(b);
    const cpp_rational y = exact(c) / exact(d);
    const int expected = x < y ? -1 : (x > y ? 1 : 0);
    REQUIRE(compare(Ratio(a, b), Ratio(c, d)) == expected);
    REQUIRE(compare(Ratio(a, b), c) == (x < exact(c) ? -1 : (x > exact(c) ? 1 : 0)));
  }
}

// detail::SmallRatio, the 64-bit quotient of the compiled rules, computes what Ratio computes,
// and refuses (CompiledRuleFailure) rather than overflow: checked on random operands against
// Ratio, in every rounding mode.
#include <jixiao/detail/small_ratio.hpp>
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <random>

using namespace jixiao;
using jixiao::detail::SmallRatio;

namespace {

// Amounts and rates as evaluations have them: up to 12 digits, 0 to 6 places, either sign.
Decimal draw(std::mt19937_64& random) {
  const auto digits = static_cast<int>(random() % 12) + 1;
  std::int64_t coefficient = static_cast<std::int64_t>(random() % 1'000'000'000'000ULL);
  for (int i = digits; i < 12; ++i) coefficient /= 10;
  if (random() % 4 == 0) coefficient = -coefficient;
  return Decimal::from_scaled(coefficient, static_cast<int>(random() % 7));
}

constexpr Rounding modes[] = {Rounding::half_up, Rounding::half_even, Rounding::half_down,
                              Rounding::up,      Rounding::down,      Rounding::ceiling,
                              Rounding::floor};

}  // namespace

TEST_CASE("SmallRatio agrees with Ratio on products, quotients, sums, comparisons, rounding") {
  std::mt19937_64 random(20261206);
  int agreed = 0;
  int refused = 0;
  // Either the same decimal as Ratio gives, or a refusal (the operands' products passed
  // 64 bits): never a different answer.
  const auto same = [&](auto small, auto exact) {
    Decimal got;
    try {
      got = small();
    } catch (const CompiledRuleFailure&) {
      ++refused;
      return;
    }
    CHECK(got == exact());
    ++agreed;
  };
  for (int i = 0; i < 20000; ++i) {
    const Decimal a = draw(random);
    const Decimal b = draw(random);
    const Decimal c = draw(random);
    CAPTURE(a);
    CAPTURE(b);
    CAPTURE(c);
    const Rounding mode = modes[random() % 7];
    const int places = static_cast<int>(random() % 7);
    CHECK(compare(SmallRatio(a), SmallRatio(b)) == compare(Ratio(a), Ratio(b)));
    same([&] { return (SmallRatio(a) * SmallRatio(b)).round(places, mode); },
         [&] { return (Ratio(a) * Ratio(b)).round(places, mode); });
    same([&] { return (SmallRatio(a) + SmallRatio(b) - SmallRatio(c)).round(places, mode); },
         [&] { return (Ratio(a) + Ratio(b) - Ratio(c)).round(places, mode); });
    if (b.is_zero()) continue;
    same([&] { return SmallRatio(a, b).round(places, mode); },
         [&] { return Ratio(a, b).round(places, mode); });
    CHECK(SmallRatio(a, b).signum() == Ratio(a, b).signum());
    if (c.is_zero()) continue;
    same([&] { return (SmallRatio(a, b) / SmallRatio(c)).round(places, mode); },
         [&] { return (Ratio(a, b) / Ratio(c)).round(places, mode); });
  }
  CHECK(agreed > 3 * refused);  // refusals are the exception even for 12-digit operands
}

TEST_CASE("SmallRatio refuses what does not fit in 64 bits, instead of overflowing") {
  const Decimal big = Decimal::parse("12345678901234567890");  // more than 2^63
  CHECK_THROWS_AS(SmallRatio{big}, CompiledRuleFailure);
  CHECK_THROWS_AS(SmallRatio{Decimal::parse("0.0000000000000000001")}, CompiledRuleFailure);
  const SmallRatio large(Decimal::parse("9000000000000000000"));
  CHECK_THROWS_AS(large * large, CompiledRuleFailure);
  CHECK_THROWS_AS(large + large, CompiledRuleFailure);
  CHECK_THROWS_AS(SmallRatio(Decimal(1), Decimal(0)), CompiledRuleFailure);
  CHECK_THROWS_AS((void)SmallRatio(Decimal(1)).round(19, Rounding::half_up), CompiledRuleFailure);
  CHECK(SmallRatio(Decimal(2), Decimal(3)).round(18, Rounding::half_up) ==
        Decimal::parse("0.666666666666666667"));
}

// Decimal + − × and their scales, overflow as an error at every edge, round(), and the
// properties of the type itself (what converts, what hashes alike).
#include <jixiao/decimal.hpp>
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <type_traits>
#include <unordered_set>

using jixiao::Decimal;
using jixiao::ErrorCode;
using jixiao::Rounding;
using namespace jixiao::literals;

namespace {
const Decimal max_value = Decimal::parse("99999999999999999999999999999999999999");

template <class F>
ErrorCode error_of(F&& f) {
  try {
    (void)f();
  } catch (const jixiao::Error& e) {
    return e.code();
  }
  FAIL("no error");
  return ErrorCode{};
}
}  // namespace

TEST_CASE("addition and subtraction are exact and keep the larger scale") {
  CHECK((1.5_dec + 2.25_dec).to_string() == "3.75");
  CHECK((1.50_dec + 2_dec).to_string() == "3.50");
  CHECK((0.1_dec - 0.1_dec).to_string() == "0.0");
  CHECK((-0.1_dec + 0.10_dec).to_string() == "0.00");
  CHECK((693.68_dec - 1994_dec).to_string() == "-1300.32");
  CHECK((1994.00_dec - 693.68_dec).to_string() == "1300.32");
  CHECK((-1_dec - 0.001_dec).to_string() == "-1.001");
  CHECK((0.1_dec + 0.2_dec) == 0.3_dec);
}

TEST_CASE("multiplication is exact and adds the scales") {
  CHECK((1.5_dec * 2.00_dec).to_string() == "3.000");
  CHECK((0.3479_dec * 5).to_string() == "1.7395");  // 34.79% × 5 分
  CHECK((-0.5_dec * 0.5_dec).to_string() == "-0.25");
  CHECK((-0.5_dec * -0.5_dec).to_string() == "0.25");
  CHECK((0_dec * -3.25_dec).to_string() == "0.00");
  // The 64-bit fast path ends at 2^63; both sides of it agree.
  const Decimal big = Decimal(INT64_MAX);
  CHECK((big * big).to_string() == "85070591730234615847396907784232501249");
  CHECK((Decimal(INT64_MIN) * Decimal(INT64_MIN)).to_string() ==
        "85070591730234615865843651857942052864");
  CHECK((Decimal::parse("10000000000000000000") * 3).to_string() == "30000000000000000000");
}

TEST_CASE("compound assignment matches the binary operators") {
  Decimal total = 0;
  for (const char* leaf : {"4.00", "5", "3.5", "1.74"}) total += Decimal::parse(leaf);
  CHECK(total.to_string() == "14.24");
  total -= 0.24_dec;
  CHECK(total.to_string() == "14.00");
  total *= 2;
  CHECK(total.to_string() == "28.00");
}

TEST_CASE("results beyond 38 digits or places throw, never wrap") {
  CHECK(error_of([] { return max_value + 1; }) == ErrorCode::too_many_digits);
  CHECK(error_of([] { return -max_value - 1; }) == ErrorCode::too_many_digits);
  CHECK(error_of([] { return max_value + max_value; }) == ErrorCode::too_many_digits);
  CHECK(error_of([] { return max_value + 0.1_dec; }) == ErrorCode::too_many_digits);
  CHECK(error_of([] { return max_value * 2; }) == ErrorCode::too_many_digits);
  CHECK(error_of([] { return max_value * max_value; }) == ErrorCode::too_many_digits);
  CHECK(error_of([] { return Decimal::parse("1e19") * Decimal::parse("1e19"); }) ==
        ErrorCode::too_many_digits);
  CHECK(error_of([] { return Decimal::from_scaled(1, 20) * Decimal::from_scaled(1, 19); }) ==
        ErrorCode::scale_out_of_range);
  // At the edge, still exact:
  CHECK((max_value - 1) + 1 == max_value);
  CHECK((max_value + -max_value).is_zero());
  CHECK((Decimal::from_scaled(1, 19) * Decimal::from_scaled(1, 19)).scale() == 38);
}

TEST_CASE("a sum whose operands pass 38 digits when aligned, but whose result fits, is exact") {
  const Decimal big = Decimal::parse("10000000000000000000000000000000000000");  // 10^37
  const Decimal almost = Decimal::parse("-9999999999999999999999999999999999999.5");
  CHECK((big + almost).to_string() == "0.5");
  CHECK((almost + big).to_string() == "0.5");
  CHECK((-big - almost).to_string() == "-0.5");
  CHECK(error_of([&] { return big + 0.5_dec; }) == ErrorCode::too_many_digits);
}

TEST_CASE("round() to fewer places drops digits by the mode, to more places pads exactly") {
  CHECK((2.345_dec).round(2, Rounding::half_up).to_string() == "2.35");
  CHECK((2.345_dec).round(0, Rounding::up).to_string() == "3");
  CHECK((1.5_dec).round(3, Rounding::down).to_string() == "1.500");
  CHECK((1.5_dec).round(1, Rounding::down).to_string() == "1.5");
  CHECK((0.005_dec).round(2, Rounding::half_up).to_string() == "0.01");
  CHECK((-0.005_dec).round(2, Rounding::half_up).to_string() == "-0.01");
  CHECK((-0.004_dec).round(2, Rounding::half_up).to_string() == "0.00");
  CHECK(Decimal::parse("0.99999999999999999999999999999999999999").round(0, Rounding::half_up) ==
        1);
  CHECK(error_of([] { return max_value.round(1, Rounding::half_up); }) ==
        ErrorCode::too_many_digits);
  CHECK(error_of([] { return (1.5_dec).round(-1, Rounding::half_up); }) ==
        ErrorCode::places_out_of_range);
  CHECK(error_of([] { return (1.5_dec).round(39, Rounding::half_up); }) ==
        ErrorCode::places_out_of_range);
  CHECK((0.5_dec).round(38, Rounding::half_up).scale() == 38);  // 38 digits: fits
  CHECK(error_of([] { return (1_dec).round(38, Rounding::half_up); }) ==
        ErrorCode::too_many_digits);  // 1 followed by 38 zeros: 39 digits
}

TEST_CASE("from_scaled, signum, abs, is_zero, strip_trailing_zeros") {
  CHECK(Decimal::from_scaled(69368, 2) == 693.68_dec);
  CHECK(Decimal::from_scaled(-1, 38).to_string() == "-0.00000000000000000000000000000000000001");
  CHECK(error_of([] { return Decimal::from_scaled(1, 39); }) == ErrorCode::places_out_of_range);
  CHECK(error_of([] { return Decimal::from_scaled(1, -1); }) == ErrorCode::places_out_of_range);
  CHECK((-2.5_dec).signum() == -1);
  CHECK((0.00_dec).signum() == 0);
  CHECK((0.00_dec).is_zero());
  CHECK((-2.50_dec).abs().to_string() == "2.50");
  CHECK((-max_value).abs() == max_value);
  CHECK((1.500_dec).strip_trailing_zeros().to_string() == "1.5");
  CHECK((0.000_dec).strip_trailing_zeros().to_string() == "0");
  CHECK((1500_dec).strip_trailing_zeros().to_string() == "1500");  // scale never goes below 0
  CHECK((-(-1.5_dec)).to_string() == "1.5");
  CHECK((+1.5_dec).to_string() == "1.5");
}

TEST_CASE("hash is consistent with ==, whatever the scale") {
  const std::hash<Decimal> h{};
  CHECK(h(1.5_dec) == h(1.50_dec));
  CHECK(h(1.5_dec) == h(Decimal::parse("1.500000000000000000000000000000000000")));
  CHECK(h(0_dec) == h(0.000_dec));
  CHECK(h(-0.00_dec) == h(0_dec));
  CHECK(h(100_dec) == h(100.0_dec));
  std::unordered_set<Decimal> seen{1.5_dec, 1.50_dec, 1.500_dec, 2_dec, 2.0_dec, -2_dec};
  CHECK(seen.size() == 3);
}

namespace {
template <class A, class B, class = void>
struct can_divide : std::false_type {};
template <class A, class B>
struct can_divide<A, B, std::void_t<decltype(std::declval<A>() / std::declval<B>())>>
    : std::true_type {};
}  // namespace

TEST_CASE("the type admits exactly the lossless conversions") {
  static_assert(std::is_convertible_v<int, Decimal>);
  static_assert(std::is_convertible_v<std::int64_t, Decimal>);
  static_assert(std::is_convertible_v<std::uint64_t, Decimal>);
  static_assert(!std::is_constructible_v<Decimal, double>);
  static_assert(!std::is_constructible_v<Decimal, float>);
  static_assert(!std::is_constructible_v<Decimal, long double>);
  static_assert(!std::is_constructible_v<Decimal, bool>);
  static_assert(!std::is_constructible_v<Decimal, char>);
  static_assert(!std::is_convertible_v<Decimal, double>);
  static_assert(!std::is_convertible_v<Decimal, int>);
  static_assert(!can_divide<Decimal, Decimal>::value);
#if defined(__SIZEOF_INT128__)
  // In GNU mode __int128 is an integral type; it does not always fit 38 digits (regression).
  __extension__ typedef __int128 int128;
  static_assert(!std::is_constructible_v<Decimal, int128>);
  static_assert(!std::is_constructible_v<jixiao::Ratio, int128>);
#endif
  static_assert(std::is_trivially_copyable_v<Decimal>);
  static_assert(std::is_nothrow_default_constructible_v<Decimal>);
  CHECK(Decimal().to_string() == "0");
}

TEST_CASE("arithmetic is usable in constant expressions") {
  constexpr Decimal a = 693.68_dec;
  constexpr Decimal b = a * 2 - 0.36_dec;
  static_assert(b == 1387_dec);
  static_assert(b.round(0, Rounding::half_up) == 1387);
  static_assert(compare(0.1_dec, 0.10_dec) == 0);
  CHECK(b.to_string() == "1387.00");
}

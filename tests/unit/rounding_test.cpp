// Every Rounding mode, table-driven, at ties and off ties, for positive and negative values,
// through round() and through divide() where the tie is reached only by division.
#include <jixiao/decimal.hpp>
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>

#include <string_view>

using jixiao::Decimal;
using jixiao::Ratio;
using jixiao::Rounding;
using namespace jixiao::literals;

namespace {
struct Row {
  std::string_view value;
  int places;
  // Expected results for half_up, half_even, half_down, up, down, ceiling, floor.
  std::string_view expected[7];
};

constexpr Rounding modes[7] = {Rounding::half_up, Rounding::half_even, Rounding::half_down,
                               Rounding::up,      Rounding::down,      Rounding::ceiling,
                               Rounding::floor};

// Columns: half_up half_even half_down up down ceiling floor
const Row table[] = {
    {"0.125", 2, {"0.13", "0.12", "0.12", "0.13", "0.12", "0.13", "0.12"}},
    {"-0.125", 2, {"-0.13", "-0.12", "-0.12", "-0.13", "-0.12", "-0.12", "-0.13"}},
    {"0.135", 2, {"0.14", "0.14", "0.13", "0.14", "0.13", "0.14", "0.13"}},
    {"-0.135", 2, {"-0.14", "-0.14", "-0.13", "-0.14", "-0.13", "-0.13", "-0.14"}},
    {"0.121", 2, {"0.12", "0.12", "0.12", "0.13", "0.12", "0.13", "0.12"}},
    {"-0.121", 2, {"-0.12", "-0.12", "-0.12", "-0.13", "-0.12", "-0.12", "-0.13"}},
    {"0.129", 2, {"0.13", "0.13", "0.13", "0.13", "0.12", "0.13", "0.12"}},
    {"-0.129", 2, {"-0.13", "-0.13", "-0.13", "-0.13", "-0.12", "-0.12", "-0.13"}},
    {"0.1251", 2, {"0.13", "0.13", "0.13", "0.13", "0.12", "0.13", "0.12"}},  // just above a tie
    {"0.1249", 2, {"0.12", "0.12", "0.12", "0.13", "0.12", "0.13", "0.12"}},  // just below
    {"0.12", 2, {"0.12", "0.12", "0.12", "0.12", "0.12", "0.12", "0.12"}},    // exact: no-op
    {"2.5", 0, {"3", "2", "2", "3", "2", "3", "2"}},
    {"-2.5", 0, {"-3", "-2", "-2", "-3", "-2", "-2", "-3"}},
    {"3.5", 0, {"4", "4", "3", "4", "3", "4", "3"}},
    {"0.5", 0, {"1", "0", "0", "1", "0", "1", "0"}},
    {"-0.5", 0, {"-1", "0", "0", "-1", "0", "0", "-1"}},
    {"0.4", 0, {"0", "0", "0", "1", "0", "1", "0"}},
    {"-0.4", 0, {"0", "0", "0", "-1", "0", "0", "-1"}},
    {"0", 0, {"0", "0", "0", "0", "0", "0", "0"}},
    {"1.7395", 2, {"1.74", "1.74", "1.74", "1.74", "1.73", "1.74", "1.73"}},     // 34.79% × 5
    {"9.995", 2, {"10.00", "10.00", "9.99", "10.00", "9.99", "10.00", "9.99"}},  // carry
    {"-9.995", 2, {"-10.00", "-10.00", "-9.99", "-10.00", "-9.99", "-9.99", "-10.00"}},
};
}  // namespace

TEST_CASE("round(): every mode at and around ties, both signs") {
  for (const Row& row : table) {
    for (int m = 0; m < 7; ++m) {
      CAPTURE(row.value);
      CAPTURE(m);
      const Decimal rounded = Decimal::parse(row.value).round(row.places, modes[m]);
      CHECK(rounded.to_string() == row.expected[m]);
      CHECK(rounded.scale() == row.places);
    }
  }
}

TEST_CASE("divide(): the same table, with each value reached as a quotient") {
  // value = (value × 7) / 7: the tie is only visible to an exact remainder.
  for (const Row& row : table) {
    const Decimal value = Decimal::parse(row.value);
    for (int m = 0; m < 7; ++m) {
      CAPTURE(row.value);
      CAPTURE(m);
      CHECK(jixiao::divide(value * 7, 7, row.places, modes[m]).to_string() == row.expected[m]);
      CHECK(jixiao::divide(-(value * 3), -3, row.places, modes[m]).to_string() == row.expected[m]);
    }
  }
}

TEST_CASE("exact ties reached by division round as ties: (1/3) × 1.335 = 0.445 → 0.45") {
  const Ratio third(1, 3);
  CHECK((third * 1.335_dec).round(2, Rounding::half_up).to_string() == "0.45");
  CHECK((third * 1.335_dec).round(2, Rounding::half_even).to_string() == "0.44");
  CHECK((third * 1.335_dec).round(2, Rounding::half_down).to_string() == "0.44");
  CHECK((third * -1.335_dec).round(2, Rounding::half_up).to_string() == "-0.45");
  CHECK(jixiao::divide(1, 8, 2, Rounding::half_even).to_string() == "0.12");
  CHECK(jixiao::divide(-1, 8, 2, Rounding::half_up).to_string() == "-0.13");
  CHECK(jixiao::divide(1, 3, 2, Rounding::up).to_string() == "0.34");
  CHECK(jixiao::divide(-1, 3, 2, Rounding::floor).to_string() == "-0.34");
  CHECK(jixiao::divide(-1, 3, 2, Rounding::ceiling).to_string() == "-0.33");
  CHECK(jixiao::divide(2, 3, 0, Rounding::down).to_string() == "0");
}

TEST_CASE("a quotient is rounded once: no double rounding through an intermediate") {
  // 1.00499… rounded to 3 places is 1.005, which rounds again to 1.01; the true value rounds
  // to 1.00 at 2 places.
  const Ratio q(1004999, 1000000);
  CHECK(q.round(2, Rounding::half_up).to_string() == "1.00");
  CHECK(q.round(3, Rounding::half_up).round(2, Rounding::half_up).to_string() == "1.01");
  // Rounding a quotient over a long repeating expansion: 2/3 to 38 places.
  CHECK(jixiao::divide(2, 3, 38, Rounding::half_up).to_string() ==
        "0.66666666666666666666666666666666666667");
  CHECK(jixiao::divide(2, 3, 38, Rounding::down).to_string() ==
        "0.66666666666666666666666666666666666666");
}

TEST_CASE("rounding modes are named as in files, and only those names read back") {
  constexpr std::string_view names[7] = {"half_up", "half_even", "half_down", "up",
                                         "down",    "ceiling",   "floor"};
  for (int i = 0; i < 7; ++i) {
    CHECK(jixiao::rounding_name(modes[i]) == names[i]);
    CHECK(jixiao::rounding_named(names[i]) == modes[i]);
  }
  CHECK_FALSE(jixiao::rounding_named("HALF_UP").has_value());
  CHECK_FALSE(jixiao::rounding_named("half up").has_value());
  CHECK_FALSE(jixiao::rounding_named("").has_value());
  static_assert(jixiao::rounding_named("ceiling") == Rounding::ceiling);
}

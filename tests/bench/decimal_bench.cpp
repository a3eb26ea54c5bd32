// Decimal add, multiply and divide-and-round, side by side with the two things people would
// otherwise use:
//   fixed128       a hand-written fixed-point loop on __int128 with the scales known at
//                  compile time and no overflow checks (the speed reference);
//   cpp_dec_float  Boost's cpp_dec_float_50 (inexact: shown for comparison only; jixiao
//                  itself never uses it).
// Every benchmark runs one operation over the same 4096 operand pairs per iteration and
// reports items (operations) per second. Amounts have 2 places (元/万元), rates 4 places.
#include <jixiao/jixiao.hpp>

#include <benchmark/benchmark.h>
#include <boost/multiprecision/cpp_dec_float.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace {

using jixiao::Decimal;
using jixiao::Rounding;
using dec_float = boost::multiprecision::cpp_dec_float_50;
__extension__ typedef __int128 i128;

constexpr std::size_t count = 4096;

struct Operands {
  std::vector<std::int64_t> amounts_a;  // coefficients, 2 places
  std::vector<std::int64_t> amounts_b;  // coefficients, 2 places, never zero
  std::vector<std::int64_t> rates;      // coefficients, 4 places
};

const Operands& operands() {
  static const Operands data = [] {
    Operands d;
    std::mt19937_64 engine(20261128);
    for (std::size_t i = 0; i < count; ++i) {
      d.amounts_a.push_back(static_cast<std::int64_t>(engine() % 10'000'000'000ULL));
      d.amounts_b.push_back(1 + static_cast<std::int64_t>(engine() % 10'000'000'000ULL));
      d.rates.push_back(static_cast<std::int64_t>(engine() % 20'000ULL));
    }
    return d;
  }();
  return data;
}

std::vector<Decimal> decimals(const std::vector<std::int64_t>& coefficients, int scale) {
  std::vector<Decimal> out;
  for (std::int64_t c : coefficients) out.push_back(Decimal::from_scaled(c, scale));
  return out;
}

std::vector<i128> fixed(const std::vector<std::int64_t>& coefficients) {
  return std::vector<i128>(coefficients.begin(), coefficients.end());
}

std::vector<dec_float> floats(const std::vector<std::int64_t>& coefficients, int scale) {
  std::vector<dec_float> out;
  for (std::int64_t c : coefficients) {
    out.push_back(dec_float(c) / boost::multiprecision::pow(dec_float(10), scale));
  }
  return out;
}

// Applies `op` to every operand pair, `count` operations per iteration.
template <class T, class Op>
void run(benchmark::State& state, const std::vector<T>& a, const std::vector<T>& b, Op op) {
  std::vector<T> out(count);
  // Raw pointers, so that the stores cannot be assumed to modify the vectors themselves
  // (which would reload their data pointers at every step, for every implementation).
  const T* x = a.data();
  const T* y = b.data();
  T* result = out.data();
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) result[i] = op(x[i], y[i]);
    benchmark::DoNotOptimize(result);
  }
  benchmark::ClobberMemory();
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(count));
}

const auto plus = [](const auto& x, const auto& y) { return x + y; };
const auto times = [](const auto& x, const auto& y) { return x * y; };

// --- add: amount + amount (same scale) ------------------------------------------------------

void add_jixiao(benchmark::State& state) {
  run(state, decimals(operands().amounts_a, 2), decimals(operands().amounts_b, 2), plus);
}
void add_fixed128(benchmark::State& state) {
  run(state, fixed(operands().amounts_a), fixed(operands().amounts_b), plus);
}
void add_cpp_dec_float(benchmark::State& state) {
  run(state, floats(operands().amounts_a, 2), floats(operands().amounts_b, 2), plus);
}

// --- add with different scales: amount (2 places) + rate (4 places) ---------------------------

void add_mixed_jixiao(benchmark::State& state) {
  run(state, decimals(operands().amounts_a, 2), decimals(operands().rates, 4), plus);
}
void add_mixed_fixed128(benchmark::State& state) {
  run(state, fixed(operands().amounts_a), fixed(operands().rates),
      [](i128 x, i128 y) { return x * 100 + y; });
}

// --- multiply: rate (4 places) × amount (2 places) → 6 places ---------------------------------

void multiply_jixiao(benchmark::State& state) {
  run(state, decimals(operands().rates, 4), decimals(operands().amounts_b, 2), times);
}
void multiply_fixed128(benchmark::State& state) {
  run(state, fixed(operands().rates), fixed(operands().amounts_b), times);
}
void multiply_cpp_dec_float(benchmark::State& state) {
  run(state, floats(operands().rates, 4), floats(operands().amounts_b, 2), times);
}

// --- divide and round: amount / amount → 4 places, half up (a 执行率) -------------------------

void divide_jixiao(benchmark::State& state) {
  run(state, decimals(operands().amounts_a, 2), decimals(operands().amounts_b, 2),
      [](const Decimal& x, const Decimal& y) {
        return jixiao::divide(x, y, 4, Rounding::half_up);
      });
}
void divide_fixed128(benchmark::State& state) {
  // Both have 2 places: quotient coefficient at 4 places = x × 10^4 / y, half up.
  run(state, fixed(operands().amounts_a), fixed(operands().amounts_b), [](i128 x, i128 y) {
    const i128 n = x * 10000;
    i128 q = n / y;
    const i128 r = n % y;
    const i128 twice = 2 * (r < 0 ? -r : r);
    if (twice >= (y < 0 ? -y : y)) q += ((n < 0) != (y < 0)) ? -1 : 1;
    return q;
  });
}
void divide_cpp_dec_float(benchmark::State& state) {
  // round() is half away from zero; the quotient it rounds is already inexact.
  const dec_float scale = 10000;
  run(state, floats(operands().amounts_a, 2), floats(operands().amounts_b, 2),
      [&scale](const dec_float& x, const dec_float& y) {
        return dec_float(boost::multiprecision::round(x / y * scale) / scale);
      });
}

// --- text: parse and format an amount ----------------------------------------------------------

void parse_jixiao(benchmark::State& state) {
  std::vector<std::string> text;
  for (const Decimal& d : decimals(operands().amounts_a, 2)) text.push_back(d.to_string());
  std::vector<Decimal> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = Decimal::parse(text[i]);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(count));
}

void format_jixiao(benchmark::State& state) {
  const auto a = decimals(operands().amounts_a, 2);
  const jixiao::FixedFormat spec{2, Rounding::half_up, jixiao::Notation::plain, true};
  std::vector<std::string> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = jixiao::format(a[i], spec);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(count));
}

}  // namespace

BENCHMARK(add_jixiao);
BENCHMARK(add_fixed128);
BENCHMARK(add_cpp_dec_float);
BENCHMARK(add_mixed_jixiao);
BENCHMARK(add_mixed_fixed128);
BENCHMARK(multiply_jixiao);
BENCHMARK(multiply_fixed128);
BENCHMARK(multiply_cpp_dec_float);
BENCHMARK(divide_jixiao);
BENCHMARK(divide_fixed128);
BENCHMARK(divide_cpp_dec_float);
BENCHMARK(parse_jixiao);
BENCHMARK(format_jixiao);

BENCHMARK_MAIN();

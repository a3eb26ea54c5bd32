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

template <class T>
void finish(benchmark::State& state, std::vector<T>& out) {
  benchmark::DoNotOptimize(out.data());
  benchmark::ClobberMemory();
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(count));
}

// --- add: amount + amount (same scale) ------------------------------------------------------

void add_jixiao(benchmark::State& state) {
  const auto a = decimals(operands().amounts_a, 2);
  const auto b = decimals(operands().amounts_b, 2);
  std::vector<Decimal> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = a[i] + b[i];
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

void add_fixed128(benchmark::State& state) {
  const auto a = fixed(operands().amounts_a);
  const auto b = fixed(operands().amounts_b);
  std::vector<i128> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = a[i] + b[i];
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

void add_cpp_dec_float(benchmark::State& state) {
  const auto a = floats(operands().amounts_a, 2);
  const auto b = floats(operands().amounts_b, 2);
  std::vector<dec_float> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = a[i] + b[i];
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

// --- add with different scales: amount (2 places) + rate (4 places) ---------------------------

void add_mixed_jixiao(benchmark::State& state) {
  const auto a = decimals(operands().amounts_a, 2);
  const auto b = decimals(operands().rates, 4);
  std::vector<Decimal> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = a[i] + b[i];
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

void add_mixed_fixed128(benchmark::State& state) {
  const auto a = fixed(operands().amounts_a);
  const auto b = fixed(operands().rates);
  std::vector<i128> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = a[i] * 100 + b[i];
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

// --- multiply: rate (4 places) × amount (2 places) → 6 places ---------------------------------

void multiply_jixiao(benchmark::State& state) {
  const auto a = decimals(operands().rates, 4);
  const auto b = decimals(operands().amounts_b, 2);
  std::vector<Decimal> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = a[i] * b[i];
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

void multiply_fixed128(benchmark::State& state) {
  const auto a = fixed(operands().rates);
  const auto b = fixed(operands().amounts_b);
  std::vector<i128> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = a[i] * b[i];
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

void multiply_cpp_dec_float(benchmark::State& state) {
  const auto a = floats(operands().rates, 4);
  const auto b = floats(operands().amounts_b, 2);
  std::vector<dec_float> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = a[i] * b[i];
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

// --- divide and round: amount / amount → 4 places, half up (a 执行率) -------------------------

void divide_jixiao(benchmark::State& state) {
  const auto a = decimals(operands().amounts_a, 2);
  const auto b = decimals(operands().amounts_b, 2);
  std::vector<Decimal> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) {
      out[i] = jixiao::divide(a[i], b[i], 4, Rounding::half_up);
    }
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

void divide_fixed128(benchmark::State& state) {
  const auto a = fixed(operands().amounts_a);
  const auto b = fixed(operands().amounts_b);
  std::vector<i128> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) {
      // Both have 2 places: quotient coefficient at 4 places = a × 10^4 / b, half up.
      const i128 n = a[i] * 10000;
      i128 q = n / b[i];
      const i128 r = n % b[i];
      const i128 twice = 2 * (r < 0 ? -r : r);
      if (twice >= (b[i] < 0 ? -b[i] : b[i])) q += ((n < 0) != (b[i] < 0)) ? -1 : 1;
      out[i] = q;
    }
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
}

void divide_cpp_dec_float(benchmark::State& state) {
  const auto a = floats(operands().amounts_a, 2);
  const auto b = floats(operands().amounts_b, 2);
  const dec_float scale = 10000;
  std::vector<dec_float> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) {
      // round() is half away from zero; the quotient it rounds is already inexact.
      out[i] = boost::multiprecision::round(a[i] / b[i] * scale) / scale;
    }
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
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
  finish(state, out);
}

void format_jixiao(benchmark::State& state) {
  const auto a = decimals(operands().amounts_a, 2);
  const jixiao::FixedFormat spec{2, Rounding::half_up, jixiao::Notation::plain, true};
  std::vector<std::string> out(count);
  for (auto _ : state) {
    for (std::size_t i = 0; i < count; ++i) out[i] = jixiao::format(a[i], spec);
    benchmark::DoNotOptimize(out.data());
  }
  finish(state, out);
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

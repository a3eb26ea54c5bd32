// Scoring the seed framework in memory, side by side in one binary:
//   - jixiao: PreparedFramework::score(), exact, no traces;
//   - jixiao with traces: evaluate(), the full Scorecard with every formula in report wording;
//   - double: the seed's formulas written by hand in double (seed_double.hpp);
// on the same synthetic rows (seed_rows.hpp), on one and two threads, and with the framework
// replicated to 108 and 1,008 indicators.
//
//   batch_bench [Google Benchmark flags]     the benchmarks
//   batch_bench --compare [ROWS]             where double's totals and grades differ from
//                                            the exact ones, over ROWS rows (1,000,000)
#include "seed/changji_2023.hpp"
#include "seed_double.hpp"
#include "seed_rows.hpp"

#include <jixiao/jixiao.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {

constexpr std::uint64_t data_seed = 2023;
constexpr std::size_t rows_per_pass = 1'000'000;

const std::vector<seed_rows::SeedRow>& rows() {
  static const std::vector<seed_rows::SeedRow> made = [] {
    std::vector<seed_rows::SeedRow> out;
    out.reserve(rows_per_pass);
    for (std::uint64_t i = 0; i < rows_per_pass; ++i)
      out.push_back(seed_rows::make_row(data_seed, i));
    return out;
  }();
  return made;
}

// The part [begin, end) of `count` rows that this benchmark thread scores.
std::pair<std::size_t, std::size_t> share_of(const benchmark::State& state, std::size_t count) {
  const auto threads = static_cast<std::size_t>(state.threads());
  const auto index = static_cast<std::size_t>(state.thread_index());
  return {count * index / threads, count * (index + 1) / threads};
}

// The seed's tree with each 二级指标 repeated `copies` times (codes prefixed "R<copy>."), so
// that 18 indicators become 18 × copies; totals and grade bands scale with it.
jixiao::Indicator prefixed(jixiao::Indicator node, const std::string& prefix) {
  node.code = prefix + node.code;
  for (jixiao::Indicator& child : node.children) child = prefixed(child, prefix);
  return node;
}

jixiao::Framework replicated(int copies) {
  jixiao::Framework framework = seed::framework();
  if (copies == 1) return framework;
  const jixiao::Decimal k(copies);
  for (jixiao::Indicator& category : framework.root.children) {
    std::vector<jixiao::Indicator> children;
    for (int c = 0; c < copies; ++c) {
      for (const jixiao::Indicator& child : category.children)
        children.push_back(prefixed(child, "R" + std::to_string(c) + "."));
    }
    category.children = std::move(children);
    category.points = category.points * k;
  }
  framework.root.points = framework.root.points * k;
  framework.declared_total = framework.declared_total * k;
  std::vector<jixiao::GradeBand> bands;
  for (const jixiao::GradeBand& band : framework.grades.bands()) {
    const auto& low = band.range.lower();
    const auto& high = band.range.upper();
    bands.push_back(
        {band.label, jixiao::Interval(jixiao::Bound{low->value * k, low->inclusive},
                                      jixiao::Bound{high->value * k, high->inclusive})});
  }
  framework.grades = jixiao::GradeScale("finance_ministry_2020 × " + std::to_string(copies), bands);
  return framework;
}

void jixiao_seed(benchmark::State& state) {
  const jixiao::PreparedFramework prepared(seed::framework());
  const seed_rows::RowFiller filler(prepared);
  jixiao::InputRow row = prepared.make_row();
  jixiao::RowScore result = prepared.make_result();
  const auto& data = rows();
  const auto [begin, end] = share_of(state, data.size());
  for (auto _ : state) {
    jixiao::Decimal sum;
    for (std::size_t i = begin; i < end; ++i) {
      filler.fill(data[i], row);
      prepared.score(row, result);
      sum += result.total;
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(end - begin));
}
BENCHMARK(jixiao_seed)->Threads(1)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

void double_seed(benchmark::State& state) {
  const auto& data = rows();
  const auto [begin, end] = share_of(state, data.size());
  for (auto _ : state) {
    double sum = 0;
    int grades = 0;
    for (std::size_t i = begin; i < end; ++i) {
      const double total = seed_double::total(data[i]);
      sum += total;
      grades += seed_double::grade(total);
    }
    benchmark::DoNotOptimize(sum);
    benchmark::DoNotOptimize(grades);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(end - begin));
}
BENCHMARK(double_seed)->Threads(1)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

// The full Scorecard, with traces: facts by name, evaluate(), every formula in words.
void jixiao_seed_traces(benchmark::State& state) {
  const jixiao::Framework framework = seed::framework();
  const jixiao::PreparedFramework prepared(framework);
  const seed_rows::RowFiller filler(prepared);
  jixiao::InputRow row = prepared.make_row();
  const auto& data = rows();
  constexpr std::size_t count = 20'000;
  for (auto _ : state) {
    jixiao::Decimal sum;
    for (std::size_t i = 0; i < count; ++i) {
      filler.fill(data[i], row);
      const jixiao::Scorecard card = jixiao::evaluate(framework, prepared.evaluation_of(row));
      sum += card.total;
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(count));
}
BENCHMARK(jixiao_seed_traces)->Unit(benchmark::kMillisecond);

// The seed replicated: 18 × copies indicators per evaluation, each copy its own row.
void jixiao_replicated(benchmark::State& state) {
  const int copies = static_cast<int>(state.range(0));
  const jixiao::PreparedFramework prepared(replicated(copies));
  std::vector<seed_rows::RowFiller> fillers;
  for (int c = 0; c < copies; ++c)
    fillers.emplace_back(prepared, copies == 1 ? "" : "R" + std::to_string(c) + ".");
  jixiao::InputRow row = prepared.make_row();
  jixiao::RowScore result = prepared.make_result();
  const auto& data = rows();
  const std::size_t evaluations = data.size() / static_cast<std::size_t>(copies) / 4;
  for (auto _ : state) {
    jixiao::Decimal sum;
    for (std::size_t e = 0; e < evaluations; ++e) {
      for (int c = 0; c < copies; ++c) {
        fillers[static_cast<std::size_t>(c)].fill(
            data[e * static_cast<std::size_t>(copies) + static_cast<std::size_t>(c)], row);
      }
      prepared.score(row, result);
      sum += result.total;
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(evaluations));
  state.counters["indicators"] = static_cast<double>(18 * copies);
}
BENCHMARK(jixiao_replicated)->Arg(1)->Arg(6)->Arg(56)->Unit(benchmark::kMillisecond);

// Where double disagrees with the exact scores: totals printed to 2 places, and grades.
int compare(std::size_t count) {
  const jixiao::PreparedFramework prepared(seed::framework());
  const seed_rows::RowFiller filler(prepared);
  jixiao::InputRow row = prepared.make_row();
  jixiao::RowScore result = prepared.make_result();
  std::size_t totals = 0;
  std::size_t grades = 0;
  std::string examples;
  for (std::size_t i = 0; i < count; ++i) {
    const seed_rows::SeedRow r = seed_rows::make_row(data_seed, i);
    filler.fill(r, row);
    prepared.score(row, result);
    const double total = seed_double::total(r);
    char printed[32];
    std::snprintf(printed, sizeof printed, "%.2f", total);
    const std::string exact = jixiao::format(result.total, jixiao::FixedFormat{});
    if (exact != printed) {
      if (++totals <= 3)
        examples += "  P" + std::to_string(i) + ": exact " + exact + ", double " + printed + "\n";
    }
    const char* labels[] = {"优", "良", "中", "差"};
    if (result.grade->label != labels[seed_double::grade(total)]) ++grades;
  }
  std::cout << "rows " << count << ", totals that differ " << totals << ", grades that differ "
            << grades << "\n"
            << examples;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "--compare") == 0) {
    return compare(argc >= 3 ? std::stoul(argv[2]) : rows_per_pass);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

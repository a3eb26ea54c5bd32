// Synthetic evaluations on the seed framework (examples/data/changji-2023.json), made
// reproducibly from a seed: row i depends only on (seed, i), so any part of a batch can be
// made again without the rest. The values are what a real 机关运行补助 evaluation would
// give: budgets of 10 to 5,000 万元, execution between 20% and 100%, mostly 达成, a few
// findings, survey samples of 20 to 500.
//
// A row is kept as plain integers (SeedRow) so that the same data reaches every
// implementation compared in docs/performance.md: written as JSON Lines for `jixiao batch`
// and the Python version, filled into an InputRow for jixiao in memory, converted to
// double for the naive version.
#ifndef JIXIAO_TESTS_BENCH_SEED_ROWS_HPP
#define JIXIAO_TESTS_BENCH_SEED_ROWS_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/input_row.hpp>
#include <jixiao/prepared_framework.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace seed_rows {

// The seed's qualitative leaves, their 分值, and the three standard levels: 达成 [80%, 100%],
// 部分达成 [60%, 80%), 未达成 [0, 60%) of the 分值.
inline constexpr std::array<std::string_view, 10> qualitative_codes = {
    "1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.3.1", "1.3.2", "2.2.1", "2.2.2", "4.1.1", "4.1.2"};
inline constexpr std::array<int, 10> qualitative_points = {5, 3, 4, 3, 4, 2, 2, 4, 10, 10};
inline constexpr std::array<std::string_view, 3> level_labels = {"达成", "部分达成", "未达成"};

struct SeedRow {
  std::array<std::uint8_t, 10> level{};         // index into level_labels
  std::array<std::int32_t, 10> score_tenths{};  // the score given, in tenths of a point
  std::int64_t budget_cents = 0;                // 2.1.1 预算资金 (万元 × 100)
  std::int64_t received_cents = 0;              // 2.1.1 / 2.1.2 实际到位资金
  std::int64_t spent_cents = 0;                 // 2.1.2 实际支出资金
  std::int32_t findings = 0;                    // 2.1.3 违规情况
  std::int32_t categories = 0;                  // 3.1.1 支出分类 (target ≤ 5)
  std::int32_t completion_bp = 0;               // 3.2.1 完成率, hundredths of a percent
  std::int32_t timeliness_bp = 0;               // 3.3.1 完成及时率
  std::int32_t control_bp = 0;                  // 3.4.1 预算成本控制率 = spent / received
  std::int32_t surveyed = 0;                    // 4.2.1 有效调查人数
  std::int32_t satisfied = 0;                   // 4.2.1 满意人数
};

// SplitMix64: a stateless hash of (seed, row, draw), the same on every platform.
inline std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

class Draws {
 public:
  Draws(std::uint64_t seed, std::uint64_t row) : state_(mix(seed ^ mix(row))) {}
  // Uniform in [low, high] (inclusive); the modulo bias is negligible for these ranges.
  std::int64_t between(std::int64_t low, std::int64_t high) {
    state_ = mix(state_);
    return low + static_cast<std::int64_t>(state_ % static_cast<std::uint64_t>(high - low + 1));
  }
  bool percent(int chance) { return between(0, 99) < chance; }

 private:
  std::uint64_t state_;
};

// Row `index` of the batch made from `seed`.
inline SeedRow make_row(std::uint64_t seed, std::uint64_t index) {
  Draws d(seed, index);
  SeedRow r;
  for (std::size_t i = 0; i < qualitative_codes.size(); ++i) {
    const std::int64_t roll = d.between(0, 99);
    const std::uint8_t level = roll < 70 ? 0 : (roll < 92 ? 1 : 2);
    const std::int32_t full = qualitative_points[i] * 10;  // tenths
    // Bands in tenths: 达成 [0.8 full, full], 部分达成 [0.6 full, 0.8 full), 未达成 [0, 0.6 full).
    const std::int32_t p80 = full * 8 / 10;
    const std::int32_t p60 = full * 6 / 10;
    std::int64_t low = 0;
    std::int64_t high = 0;
    if (level == 0) {
      low = p80;
      high = full;
    } else if (level == 1) {
      low = p60;
      high = p80 - 1;
    } else {
      low = 0;
      high = p60 - 1;
    }
    r.level[i] = level;
    r.score_tenths[i] = static_cast<std::int32_t>(d.between(low, high));
  }
  r.budget_cents = d.between(1'000, 500'000);
  r.received_cents = d.percent(40) ? r.budget_cents : r.budget_cents * d.between(600, 1000) / 1000;
  r.spent_cents = d.percent(20) ? r.received_cents : r.received_cents * d.between(200, 1000) / 1000;
  r.findings = d.percent(80) ? 0 : static_cast<std::int32_t>(d.between(1, 4));
  r.categories = static_cast<std::int32_t>(d.between(3, 8));
  r.completion_bp = d.percent(60) ? 10'000 : static_cast<std::int32_t>(d.between(8'500, 9'999));
  r.timeliness_bp = d.percent(60) ? 10'000 : static_cast<std::int32_t>(d.between(8'500, 9'999));
  // spent / received in hundredths of a percent, half up, as a report prints it.
  r.control_bp =
      r.received_cents == 0
          ? 0
          : static_cast<std::int32_t>((r.spent_cents * 20'000 / r.received_cents + 1) / 2);
  r.surveyed = static_cast<std::int32_t>(d.between(20, 500));
  r.satisfied = static_cast<std::int32_t>(r.surveyed * d.between(850, 1000) / 1000);
  return r;
}

// "12345" hundredths of a percent → "123.45%"; cents → "1234.56".
inline std::string fixed2(std::int64_t hundredths) {
  std::string digits = std::to_string(hundredths / 100);
  const std::int64_t rest = hundredths % 100;
  return digits + "." + (rest < 10 ? "0" : "") + std::to_string(rest);
}

// The row as one line of a batch (without the newline), facts as in an evaluation file.
inline std::string json_line(const SeedRow& r, std::uint64_t index) {
  std::string s = "{\"id\":\"P" + std::to_string(index) + "\",\"facts\":{";
  for (std::size_t i = 0; i < qualitative_codes.size(); ++i) {
    s += "\"" + std::string(qualitative_codes[i]) + "\":{\"等级\":\"" +
         std::string(level_labels[r.level[i]]) +
         "\",\"得分\":" + std::to_string(r.score_tenths[i] / 10) +
         (r.score_tenths[i] % 10 ? "." + std::to_string(r.score_tenths[i] % 10) : "") + "},";
  }
  s += "\"2.1.1\":{\"实际到位资金\":" + fixed2(r.received_cents) +
       ",\"预算资金\":" + fixed2(r.budget_cents) + "},";
  s += "\"2.1.2\":{\"实际支出资金\":" + fixed2(r.spent_cents) +
       ",\"实际到位资金\":" + fixed2(r.received_cents) + "},";
  s += "\"2.1.3\":{\"违规情况\":" + std::to_string(r.findings) + "},";
  s += "\"3.1.1\":{\"实际完成值\":" + std::to_string(r.categories) + "},";
  s += "\"3.2.1\":{\"实际完成值\":\"" + fixed2(r.completion_bp) + "%\"},";
  s += "\"3.3.1\":{\"实际完成值\":\"" + fixed2(r.timeliness_bp) + "%\"},";
  s += "\"3.4.1\":{\"实际完成值\":\"" + fixed2(r.control_bp) + "%\"},";
  s += "\"4.2.1\":{\"满意人数\":" + std::to_string(r.satisfied) +
       ",\"有效调查人数\":" + std::to_string(r.surveyed) + "}}}";
  return s;
}

// Where each fact of a SeedRow goes in the InputRow of the seed framework.
class RowFiller {
 public:
  // `prefix` is put before the seed's codes (a framework holding several copies of the seed).
  explicit RowFiller(const jixiao::PreparedFramework& prepared, std::string prefix = "")
      : prefix_(std::move(prefix)) {
    for (std::size_t i = 0; i < qualitative_codes.size(); ++i) {
      level_[i] = slot(prepared, qualitative_codes[i], "等级");
      score_[i] = slot(prepared, qualitative_codes[i], "得分");
    }
    budget_ = slot(prepared, "2.1.1", "预算资金");
    received_ = slot(prepared, "2.1.1", "实际到位资金");
    received2_ = slot(prepared, "2.1.2", "实际到位资金");
    spent_ = slot(prepared, "2.1.2", "实际支出资金");
    findings_ = slot(prepared, "2.1.3", "违规情况");
    categories_ = slot(prepared, "3.1.1", "实际完成值");
    completion_ = slot(prepared, "3.2.1", "实际完成值");
    timeliness_ = slot(prepared, "3.3.1", "实际完成值");
    control_ = slot(prepared, "3.4.1", "实际完成值");
    satisfied_ = slot(prepared, "4.2.1", "满意人数");
    surveyed_ = slot(prepared, "4.2.1", "有效调查人数");
  }

  // Fills `row` as reading the row's JSON line would (percentages as fractions).
  void fill(const SeedRow& r, jixiao::InputRow& row) const {
    using jixiao::Decimal;
    using jixiao::InputValue;
    auto& v = row.values;
    for (std::size_t i = 0; i < qualitative_codes.size(); ++i) {
      v[level_[i]] = InputValue::of_text(level_labels[r.level[i]]);
      v[score_[i]] = InputValue::of(Decimal::from_scaled(r.score_tenths[i], 1));
    }
    v[budget_] = InputValue::of(Decimal::from_scaled(r.budget_cents, 2));
    v[received_] = InputValue::of(Decimal::from_scaled(r.received_cents, 2));
    v[received2_] = v[received_];
    v[spent_] = InputValue::of(Decimal::from_scaled(r.spent_cents, 2));
    v[findings_] = InputValue::of(Decimal(r.findings));
    v[categories_] = InputValue::of(Decimal(r.categories));
    v[completion_] = InputValue::of(Decimal::from_scaled(r.completion_bp, 4));
    v[timeliness_] = InputValue::of(Decimal::from_scaled(r.timeliness_bp, 4));
    v[control_] = InputValue::of(Decimal::from_scaled(r.control_bp, 4));
    v[satisfied_] = InputValue::of(Decimal(r.satisfied));
    v[surveyed_] = InputValue::of(Decimal(r.surveyed));
  }

 private:
  std::size_t slot(const jixiao::PreparedFramework& prepared, std::string_view code,
                   std::string_view name) const {
    const auto found = prepared.find_input(prefix_ + std::string(code), name);
    if (!found) throw std::runtime_error("the seed framework has no input " + std::string(name));
    return *found;
  }
  std::string prefix_;
  std::array<std::size_t, 10> level_{};
  std::array<std::size_t, 10> score_{};
  std::size_t budget_ = 0, received_ = 0, received2_ = 0, spent_ = 0, findings_ = 0,
              categories_ = 0, completion_ = 0, timeliness_ = 0, control_ = 0, satisfied_ = 0,
              surveyed_ = 0;
};

}  // namespace seed_rows

#endif  // JIXIAO_TESTS_BENCH_SEED_ROWS_HPP

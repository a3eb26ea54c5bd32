// The seed's 评分表 as a careful programmer would first write it: each formula by hand, in
// double, rounding with std::round(x × 100) / 100. The speed reference of
// docs/performance.md — and a record of where binary floating point gives other answers than
// the exact ones (a score of x.xx5 is stored just below or above it, and rounds the wrong way).
#ifndef JIXIAO_TESTS_BENCH_SEED_DOUBLE_HPP
#define JIXIAO_TESTS_BENCH_SEED_DOUBLE_HPP

#include "seed_rows.hpp"

#include <algorithm>
#include <cmath>

namespace seed_double {

inline double points(double x) { return std::round(x * 100) / 100; }    // 2 places
inline double rate(double x) { return std::round(x * 10000) / 10000; }  // 2 places of a %

// The total of one row.
inline double total(const seed_rows::SeedRow& r) {
  double sum = 0;
  for (std::size_t i = 0; i < seed_rows::qualitative_codes.size(); ++i) {
    sum += points(r.score_tenths[i] / 10.0);  // the score given, within its band
  }
  const double budget = static_cast<double>(r.budget_cents) / 100;
  const double received = static_cast<double>(r.received_cents) / 100;
  const double spent = static_cast<double>(r.spent_cents) / 100;
  sum += points(rate(received / budget) * 4);                         // 2.1.1 资金到位率
  sum += points(rate(spent / received) * 5);                          // 2.1.2 预算执行率
  sum += points(std::max(0.0, 4.0 - r.findings));                     // 2.1.3 每处扣1分
  sum += points(r.categories <= 5 ? 12.0 : 5.0 / r.categories * 12);  // 3.1.1 ≤5个
  sum += points(std::min(1.0, r.completion_bp / 10000.0) * 3);        // 3.2.1 =100%
  sum += points(std::min(1.0, r.timeliness_bp / 10000.0) * 2);        // 3.3.1 =100%
  sum += points(r.control_bp / 10000.0 * 13);                         // 3.4.1 率×分值
  const double satisfaction = static_cast<double>(r.satisfied) / r.surveyed;
  sum += points(satisfaction >= 0.95 ? 10.0 : satisfaction / 0.95 * 10);  // 4.2.1 ≥95%
  return sum;
}

// 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60).
inline int grade(double total) { return total >= 90 ? 0 : total >= 80 ? 1 : total >= 60 ? 2 : 3; }

}  // namespace seed_double

#endif  // JIXIAO_TESTS_BENCH_SEED_DOUBLE_HPP

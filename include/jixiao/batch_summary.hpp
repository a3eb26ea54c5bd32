/// @file batch_summary.hpp
/// @brief jixiao::BatchSummary: what a batch of scored evaluations adds up to — how many,
///        the grade distribution, mean / median / min / max total, and the indicators that
///        lose the most points — in memory that does not grow with the batch.
#ifndef JIXIAO_BATCH_SUMMARY_HPP
#define JIXIAO_BATCH_SUMMARY_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/prepared_framework.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/row_score.hpp>
#include <jixiao/version.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief Totals, grades and lost points of many RowScores, exactly.
///
/// Totals are counted by value, so the median is exact and memory is bounded by the number
/// of distinct totals (at most 10,001 for totals to 2 places out of 100), not by the batch.
/// Summaries of parts of a batch (one per thread) merge into the summary of the whole.
/// @code
/// jixiao::BatchSummary summary(prepared);
/// for (...) { prepared.score(row, result); summary.add(result); }
/// summary.median();        // exact: the mean of the two middle totals for an even count
/// summary.most_lost(5);    // [(node position, points lost over the batch), …]
/// @endcode
class BatchSummary {
 public:
  /// An empty summary for rows scored by `prepared` (which must outlive it).
  explicit BatchSummary(const PreparedFramework& prepared)
      : prepared_(&prepared),
        grades_(prepared.framework().grades.bands().size()),
        lost_(prepared.nodes().size()) {}

  /// Adds one scored evaluation.
  void add(const RowScore& result) {
    ++count_;
    ++totals_[result.total];
    sum_ += result.total;
    if (result.grade) {
      const auto& bands = prepared_->framework().grades.bands();
      ++grades_[static_cast<std::size_t>(result.grade - bands.data())];
    } else {
      ++not_ratable_;
    }
    const auto& nodes = prepared_->nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (!nodes[i].indicator->is_leaf() || !result.applicable[i]) continue;
      lost_[i] += nodes[i].indicator->points - result.scores[i];
    }
  }
  /// Counts one evaluation that could not be scored.
  void add_failure() noexcept { ++failures_; }
  /// Adds everything `other` (a summary for the same PreparedFramework) counted.
  void merge(const BatchSummary& other) {
    count_ += other.count_;
    failures_ += other.failures_;
    not_ratable_ += other.not_ratable_;
    sum_ += other.sum_;
    for (const auto& [total, n] : other.totals_) totals_[total] += n;
    for (std::size_t i = 0; i < grades_.size(); ++i) grades_[i] += other.grades_[i];
    for (std::size_t i = 0; i < lost_.size(); ++i) lost_[i] += other.lost_[i];
  }

  /// Evaluations scored.
  [[nodiscard]] std::uint64_t count() const noexcept { return count_; }
  /// Evaluations that could not be scored (add_failure()).
  [[nodiscard]] std::uint64_t failures() const noexcept { return failures_; }
  /// Evaluations per grade, in the order of the scale's bands (GradeScale::bands()).
  [[nodiscard]] const std::vector<std::uint64_t>& grade_counts() const noexcept { return grades_; }
  /// Evaluations scored but not ratable (every indicator 不适用).
  [[nodiscard]] std::uint64_t not_ratable() const noexcept { return not_ratable_; }
  /// The sum of the totals.
  [[nodiscard]] const Decimal& sum() const noexcept { return sum_; }
  /// The mean total, exactly; nothing for an empty batch.
  [[nodiscard]] std::optional<Ratio> mean() const {
    if (count_ == 0) return std::nullopt;
    return Ratio(sum_, Decimal(static_cast<std::int64_t>(count_)));
  }
  /// The median total, exactly (the mean of the two middle totals for an even count).
  [[nodiscard]] std::optional<Ratio> median() const {
    if (count_ == 0) return std::nullopt;
    const std::uint64_t low = (count_ - 1) / 2;  // 0-based ranks of the middle totals
    const std::uint64_t high = count_ / 2;
    std::optional<Decimal> at_low;
    std::uint64_t seen = 0;
    for (const auto& [total, n] : totals_) {
      seen += n;
      if (!at_low && seen > low) at_low = total;
      if (seen > high) return Ratio(*at_low + total, Decimal(2));
    }
    return std::nullopt;  // unreachable: the counts add up to count_
  }
  /// The lowest total.
  [[nodiscard]] std::optional<Decimal> min() const {
    if (totals_.empty()) return std::nullopt;
    return totals_.begin()->first;
  }
  /// The highest total.
  [[nodiscard]] std::optional<Decimal> max() const {
    if (totals_.empty()) return std::nullopt;
    return totals_.rbegin()->first;
  }
  /// Points lost (分值 − 得分) over the batch, by node position; leaves only, 不适用 excluded.
  [[nodiscard]] const std::vector<Decimal>& lost() const noexcept { return lost_; }
  /// The `n` leaves that lost the most points over the batch, most first (ties in tree
  /// order); leaves that lost nothing are left out.
  [[nodiscard]] std::vector<std::pair<std::size_t, Decimal>> most_lost(std::size_t n) const {
    std::vector<std::pair<std::size_t, Decimal>> out;
    for (std::size_t i = 0; i < lost_.size(); ++i) {
      if (lost_[i].signum() > 0) out.emplace_back(i, lost_[i]);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (out.size() > n) out.resize(n);
    return out;
  }

 private:
  const PreparedFramework* prepared_;
  std::uint64_t count_ = 0;
  std::uint64_t failures_ = 0;
  std::uint64_t not_ratable_ = 0;
  Decimal sum_;
  std::map<Decimal, std::uint64_t> totals_;
  std::vector<std::uint64_t> grades_;
  std::vector<Decimal> lost_;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_BATCH_SUMMARY_HPP

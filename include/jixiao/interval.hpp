/// @file interval.hpp
/// @brief jixiao::Interval, a range of values with an inclusivity per edge: the shape of
///        score bands, qualitative bands and grade bands.
#ifndef JIXIAO_INTERVAL_HPP
#define JIXIAO_INTERVAL_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/version.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief One edge of an Interval: a value, and whether the value itself belongs to it.
struct Bound {
  Decimal value;   ///< Where the edge is.
  bool inclusive;  ///< Whether `value` is inside (含).
  /// Whether it was written as a percentage ("90%"), so that messages show it so; `value`
  /// is the fraction (0.9) either way.
  bool written_as_percent = false;

  /// The edge as it was written: "90%" or "0.9".
  [[nodiscard]] std::string to_string() const {
    if (!written_as_percent) return value.to_string();
    const Decimal hundredfold = value * Decimal(100);
    const int places = value.scale() > 2 ? value.scale() - 2 : 0;
    return hundredfold.round(places, Rounding::half_up).to_string() + "%";
  }
};

/// @brief A range of values; either edge may be open, closed or absent (unbounded).
///
/// Real score tables use both conventions, sometimes in one table: 重点支出安排率 bands are
/// `[80%, 90%)` (lower edge included), 预算调整率 bands are `(0, 10%]` (upper edge included).
/// Interval says which, per edge, and compares exactly (a Ratio such as 9/10 is exactly 90%).
/// @code
/// auto band = jixiao::Interval::closed_open(0.8_dec, 0.9_dec);   // [80%, 90%)
/// band.contains(0.8_dec);                                         // true
/// band.contains(jixiao::Ratio(9, 10));                            // false
/// @endcode
class Interval {
 public:
  /// Every value: (−∞, +∞).
  Interval() = default;
  /// From explicit edges; an absent edge is unbounded.
  Interval(std::optional<Bound> lower, std::optional<Bound> upper)
      : lower_(std::move(lower)), upper_(std::move(upper)) {}

  /// `[a, b]`
  static Interval closed(const Decimal& a, const Decimal& b) {
    return {Bound{a, true}, Bound{b, true}};
  }
  /// `[a, b)`: the usual band of Chinese tables, lower edge included.
  static Interval closed_open(const Decimal& a, const Decimal& b) {
    return {Bound{a, true}, Bound{b, false}};
  }
  /// `(a, b]`: upper edge included.
  static Interval open_closed(const Decimal& a, const Decimal& b) {
    return {Bound{a, false}, Bound{b, true}};
  }
  /// `(a, b)`
  static Interval open(const Decimal& a, const Decimal& b) {
    return {Bound{a, false}, Bound{b, false}};
  }
  /// `[a, +∞)`: "≥ a".
  static Interval at_least(const Decimal& a) { return {Bound{a, true}, std::nullopt}; }
  /// `(a, +∞)`: "> a".
  static Interval above(const Decimal& a) { return {Bound{a, false}, std::nullopt}; }
  /// `(−∞, b]`: "≤ b".
  static Interval at_most(const Decimal& b) { return {std::nullopt, Bound{b, true}}; }
  /// `(−∞, b)`: "< b".
  static Interval below(const Decimal& b) { return {std::nullopt, Bound{b, false}}; }
  /// `[a, a]`: "= a".
  static Interval exactly(const Decimal& a) { return closed(a, a); }

  /// The lower edge, if any.
  [[nodiscard]] const std::optional<Bound>& lower() const noexcept { return lower_; }
  /// The upper edge, if any.
  [[nodiscard]] const std::optional<Bound>& upper() const noexcept { return upper_; }

  /// Whether the interval holds no value at all (e.g. `[2, 1]` or `[1, 1)`).
  [[nodiscard]] bool empty() const {
    if (!lower_ || !upper_) return false;
    const int c = compare(lower_->value, upper_->value);
    return c > 0 || (c == 0 && !(lower_->inclusive && upper_->inclusive));
  }

  /// Whether `x` lies inside, compared exactly.
  [[nodiscard]] bool contains(const Ratio& x) const {
    if (lower_) {
      const int c = compare(x, Ratio(lower_->value));
      if (c < 0 || (c == 0 && !lower_->inclusive)) return false;
    }
    if (upper_) {
      const int c = compare(x, Ratio(upper_->value));
      if (c > 0 || (c == 0 && !upper_->inclusive)) return false;
    }
    return true;
  }

  /// Interval notation with the bounds as written, e.g. `[0.8, 0.9)`, `[80%, 90%)`,
  /// `(0, +∞)`, `{0}` for a single value.
  [[nodiscard]] std::string to_string() const {
    if (lower_ && upper_ && lower_->inclusive && upper_->inclusive &&
        lower_->value == upper_->value) {
      return "{" + lower_->to_string() + "}";
    }
    std::string text = lower_ ? (lower_->inclusive ? "[" : "(") + lower_->to_string() : "(−∞";
    text += ", ";
    text += upper_ ? upper_->to_string() + (upper_->inclusive ? "]" : ")") : "+∞)";
    return text;
  }

  /// Same edges.
  friend bool operator==(const Interval& a, const Interval& b) {
    return same_bound(a.lower_, b.lower_) && same_bound(a.upper_, b.upper_);
  }
  /// Different edges.
  friend bool operator!=(const Interval& a, const Interval& b) { return !(a == b); }

 private:
  static bool same_bound(const std::optional<Bound>& a, const std::optional<Bound>& b) {
    if (!a || !b) return !a && !b;
    return a->value == b->value && a->inclusive == b->inclusive;
  }

  std::optional<Bound> lower_;
  std::optional<Bound> upper_;
};

/// @brief How a list of intervals fails to be a partition, if it does.
///
/// Bands of a score table must not overlap and must leave no gap between neighbours: where
/// one ends, the next begins, with the shared edge in exactly one of them.
struct PartitionCheck {
  /// Empty when the intervals partition the range they span; otherwise what is wrong,
  /// naming the bands by their position in the list as a JSON path counts it (from 0) and
  /// their bounds as written, e.g. "bands 1 [80%, 90%) and 2 [85%, 95%) overlap".
  std::string problem;
  /// Whether `problem` is empty.
  [[nodiscard]] bool ok() const noexcept { return problem.empty(); }
};

/// @brief Whether `a` starts before `b`: an unbounded lower edge first, then by value, and
/// at equal values the edge that includes its value first (`[0, …` before `(0, …`).
inline bool starts_before(const Interval& a, const Interval& b) {
  if (!a.lower() || !b.lower()) return !a.lower() && b.lower();
  const int c = compare(a.lower()->value, b.lower()->value);
  if (c != 0) return c < 0;
  return a.lower()->inclusive && !b.lower()->inclusive;
}

namespace detail {

// Checks the bands taken in `order` (positions in `bands`, lowest first) for overlaps and
// gaps between neighbours; `ordered` says whether the list itself had to be lowest first.
inline PartitionCheck partition_in(const std::vector<Interval>& bands,
                                   const std::vector<std::size_t>& order, bool ordered) {
  const auto name = [&](std::size_t i) { return std::to_string(i) + " " + bands[i].to_string(); };
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (bands[i].empty()) return {"band " + name(i) + " is empty"};
  }
  for (std::size_t k = 0; ordered && k + 1 < order.size(); ++k) {
    if (starts_before(bands[order[k + 1]], bands[order[k]])) {
      return {"bands " + name(order[k]) + " and " + name(order[k + 1]) +
              " are out of order (list bands from the lowest)"};
    }
  }
  for (std::size_t k = 0; k + 1 < order.size(); ++k) {
    const std::size_t a = order[k];
    const std::size_t b = order[k + 1];
    const Interval& low = bands[a];
    const Interval& high = bands[b];
    const std::string names = "bands " + name(a) + " and " + name(b);
    if (!low.upper() || !high.lower()) return {names + " overlap"};
    const int c = compare(low.upper()->value, high.lower()->value);
    if (c > 0) return {names + " overlap"};
    if (c < 0) return {names + " leave a gap"};
    if (low.upper()->inclusive && high.lower()->inclusive) {
      return {names + " overlap at " + low.upper()->to_string()};
    }
    if (!low.upper()->inclusive && !high.lower()->inclusive) {
      return {names + " leave out " + low.upper()->to_string()};
    }
  }
  return {};
}

}  // namespace detail

/// @brief Checks that `bands`, in the order given from the lowest, partition one range.
inline PartitionCheck check_partition(const std::vector<Interval>& bands) {
  std::vector<std::size_t> order(bands.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  return detail::partition_in(bands, order, true);
}

/// @brief Checks that `bands`, in any order (lowest first, or highest first as tables print
/// them), partition one range. Messages name bands by their position in the list given.
inline PartitionCheck check_partition_any_order(const std::vector<Interval>& bands) {
  std::vector<std::size_t> order(bands.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return starts_before(bands[a], bands[b]);
  });
  return detail::partition_in(bands, order, false);
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_INTERVAL_HPP

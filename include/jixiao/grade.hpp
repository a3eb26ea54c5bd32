/// @file grade.hpp
/// @brief jixiao::GradeScale (优/良/中/差 and other scales) and jixiao::Rating, the outcome.
#ifndef JIXIAO_GRADE_HPP
#define JIXIAO_GRADE_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/version.hpp>

#include <iosfwd>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief One grade of a scale: its label and the totals it covers.
struct GradeBand {
  std::string label;  ///< e.g. "良".
  Interval range;     ///< e.g. [80, 90).
};

/// @brief The outcome of grading: a grade, or "not ratable" — which is not a low grade.
///
/// OMB's PART has "Results Not Demonstrated" beside its four ratings; a Chinese evaluation
/// whose every indicator is 不适用 cannot be graded at all. Both are `not_ratable`, with the
/// reason, so that no one mistakes them for 差.
struct Rating {
  /// Whether a grade was given.
  enum class Status : unsigned char {
    rated,        ///< `label` is the grade.
    not_ratable,  ///< No grade; `reason` says why.
  };
  Status status = Status::not_ratable;  ///< Rated or not.
  std::string label;                    ///< The grade, e.g. "良"; empty when not ratable.
  std::string reason;                   ///< Why it is not ratable; empty when rated.

  /// A grade.
  static Rating rated(std::string label) { return {Status::rated, std::move(label), {}}; }
  /// No grade, because of `reason`.
  static Rating not_ratable(std::string reason) {
    return {Status::not_ratable, {}, std::move(reason)};
  }
  /// Whether a grade was given.
  [[nodiscard]] bool is_rated() const noexcept { return status == Status::rated; }

  /// Writes the grade, or "not ratable (reason)" (include `<ostream>` to use it).
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& out,
                                                       const Rating& rating) {
    if (rating.is_rated()) return out << rating.label.c_str();
    return out << "not ratable (" << rating.reason.c_str() << ")";
  }
};

/// @brief Grade bands over the total score, as data, and the total they are written on.
///
/// A scale is written on a total (out_of(): 100 for the presets). A framework of another
/// total is graded by its score rate: grade(10.00, 10) is the grade of 100 on a 0–100 scale
/// (优), and grade(43, 50) that of 86 (良). Presets: the 财预〔2020〕10号 scale (finance_ministry_2020(), the default), the 80/70/60
/// scale of one self-evaluation configuration (self_evaluation_80_70_60()), and OMB PART
/// (omb_part()). Any other scale can be written as bands; check() reports gaps and overlaps.
/// @code
/// auto scale = jixiao::GradeScale::finance_ministry_2020();
/// scale.rate(87.26_dec).label;   // "良"
/// scale.rate(90_dec).label;      // "优" (90 含)
/// scale.grade(9.5_dec, 10_dec).label;  // "优": 9.5 of 10 is 95 of 100
/// @endcode
class GradeScale {
 public:
  /// A scale called `name` with `bands`, in any order, written on the total `out_of`.
  GradeScale(std::string name, std::vector<GradeBand> bands, Decimal out_of)
      : name_(std::move(name)), bands_(std::move(bands)), out_of_(out_of) {}
  /// A scale called `name` with `bands`, in any order, written on the highest upper bound
  /// of its bands (100 when a band is open above).
  GradeScale(std::string name, std::vector<GradeBand> bands)
      : name_(std::move(name)), bands_(std::move(bands)), out_of_(highest_bound(bands_)) {}

  /// 财预〔2020〕10号: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60).
  static GradeScale finance_ministry_2020() {
    return GradeScale("财预〔2020〕10号", {{"优", Interval::closed(90, 100)},
                                           {"良", Interval::closed_open(80, 90)},
                                           {"中", Interval::closed_open(60, 80)},
                                           {"差", Interval::closed_open(0, 60)}});
  }
  /// A deployed self-evaluation configuration: 优 [80, 100], 良 [70, 80), 中 [60, 70),
  /// 差 [0, 60).
  static GradeScale self_evaluation_80_70_60() {
    return GradeScale("自评 80/70/60", {{"优", Interval::closed(80, 100)},
                                        {"良", Interval::closed_open(70, 80)},
                                        {"中", Interval::closed_open(60, 70)},
                                        {"差", Interval::closed_open(0, 60)}});
  }
  /// US OMB PART: Effective [85, 100], Moderately Effective [70, 85), Adequate [50, 70),
  /// Ineffective [0, 50). "Results Not Demonstrated" is Rating::not_ratable.
  static GradeScale omb_part() {
    return GradeScale("OMB PART", {{"Effective", Interval::closed(85, 100)},
                                   {"Moderately Effective", Interval::closed_open(70, 85)},
                                   {"Adequate", Interval::closed_open(50, 70)},
                                   {"Ineffective", Interval::closed_open(0, 50)}});
  }

  /// The scale's name.
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// The bands, as given.
  [[nodiscard]] const std::vector<GradeBand>& bands() const noexcept { return bands_; }
  /// The total the bands are written on (100 for the presets).
  [[nodiscard]] const Decimal& out_of() const noexcept { return out_of_; }

  /// Gaps, overlaps and duplicate labels, as problems with id 507.
  [[nodiscard]] std::vector<Problem> check() const {
    std::vector<Problem> problems;
    const auto bad = [&](const std::string& what) {
      problems.push_back(
          {ErrorCode::invalid_grade_scale, "", "grade scale " + name_ + ": " + what});
    };
    if (bands_.empty()) {
      bad("no grades");
      return problems;
    }
    std::set<std::string> labels;
    for (const GradeBand& band : bands_) {
      if (!labels.insert(band.label).second) bad("grade \"" + band.label + "\" appears twice");
    }
    std::vector<Interval> ranges;
    for (const GradeBand& band : bands_) ranges.push_back(band.range);
    const PartitionCheck partition = check_partition_any_order(ranges);
    if (!partition.ok()) bad(partition.problem);
    if (out_of_.signum() <= 0) bad("it is written on a total of " + out_of_.to_string());
    return problems;
  }

  /// Whether every total in [0, out_of()] has a grade (the ends included), so that every
  /// total of every framework has one by its score rate.
  [[nodiscard]] bool covers() const {
    const auto covered = [&](const Decimal& value) {
      for (const GradeBand& band : bands_) {
        if (band.range.contains(value)) return true;
      }
      return false;
    };
    return covered(0) && covered(out_of_);
  }

  /// The band that holds `total`, or nullptr (rate() without building a Rating).
  [[nodiscard]] const GradeBand* band_of(const Decimal& total) const {
    for (const GradeBand& band : bands_) {
      if (band.range.contains(total)) return &band;
    }
    return nullptr;
  }

  /// The grade of `total`, a total on out_of(), or not ratable when no band holds it.
  [[nodiscard]] Rating rate(const Decimal& total) const {
    if (const GradeBand* band = band_of(total)) return Rating::rated(band->label);
    return Rating::not_ratable("total " + total.to_string() + " is outside the grade scale " +
                               name_);
  }

  /// The band that holds `total` of a framework out of `framework_total`, by its score
  /// rate: `total` × out_of() / `framework_total`, exactly; nullptr if none does.
  [[nodiscard]] const GradeBand* band_of(const Decimal& total,
                                         const Decimal& framework_total) const {
    if (framework_total == out_of_ || framework_total.signum() <= 0) return band_of(total);
    return band_of_exact(Ratio(total), framework_total);
  }
  /// As band_of(const Decimal&, const Decimal&), for a total that is an exact quotient
  /// (a total as it would be if one printed score were used instead of the rules').
  [[nodiscard]] const GradeBand* band_of_exact(const Ratio& total,
                                               const Decimal& framework_total) const {
    const Ratio on_scale = framework_total == out_of_ || framework_total.signum() <= 0
                               ? total
                               : total * Ratio(out_of_, framework_total);
    for (const GradeBand& band : bands_) {
      if (band.range.contains(on_scale)) return &band;
    }
    return nullptr;
  }

  /// The grade of `total` of a framework out of `framework_total`, by its score rate
  /// (see band_of(const Decimal&, const Decimal&)), or not ratable.
  [[nodiscard]] Rating grade(const Decimal& total, const Decimal& framework_total) const {
    if (const GradeBand* band = band_of(total, framework_total)) return Rating::rated(band->label);
    return Rating::not_ratable("total " + total.to_string() + " of " +
                               framework_total.to_string() + " is outside the grade scale " +
                               name_);
  }

 private:
  static Decimal highest_bound(const std::vector<GradeBand>& bands) {
    std::optional<Decimal> top;
    for (const GradeBand& band : bands) {
      const auto& upper = band.range.upper();
      if (!upper) return Decimal(100);  // open above: the scale does not say
      if (!top || upper->value > *top) top = upper->value;
    }
    return top.value_or(Decimal(100));
  }

  std::string name_;
  std::vector<GradeBand> bands_;
  Decimal out_of_;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_GRADE_HPP

/// @file rules/qualitative_bands.hpp
/// @brief Rule kind 7: qualitative levels (达成 / 部分达成 / 未达成), the evaluator's score
///        validated against the level's band.
#ifndef JIXIAO_RULES_QUALITATIVE_BANDS_HPP
#define JIXIAO_RULES_QUALITATIVE_BANDS_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/version.hpp>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace rules {

/// @brief One qualitative level: its label, other spellings, and its share of the 分值.
struct Level {
  std::string label;                 ///< e.g. "达成".
  std::vector<std::string> aliases;  ///< Other spellings accepted, e.g. "达成年度指标".
  Interval share;                    ///< The allowed score as a share of the 分值, e.g. [0.8, 1].
};

/// @brief The evaluator picks a level and a score; the score must lie in the level's band.
///
/// **When evaluators use it:** for 定性 indicators of 产出 and 效益 (the 办法's three bands):
/// 达成年度指标 → [80%, 100%] of the 分值; 部分达成年度指标并具有一定效果 → [60%, 80%);
/// 未达成年度指标且效果较差 → [0, 60%). Imports use the short forms 达成 / 部分达成 / 未达成,
/// tables also write 达成预期指标; all are accepted. The seed's 社会效益 indicators ("逐步提高",
/// "不断提高") were judged 达成 and given 10 of 10.
///
/// Inputs: the level (text, default name "等级") and the score (number, default "得分").
/// A score outside the level's band is an error (604) naming both.
/// @code
/// rules::QualitativeBands()   // facts: {"等级", "达成"}, {"得分", 10}
/// // 等级=达成（8～10分）；得分=10.00分
/// @endcode
class QualitativeBands final : public Rule {
 public:
  /// The 办法's three levels.
  QualitativeBands() : levels_(standard_levels()) {}
  /// Custom levels (their shares must partition [0, 1]).
  explicit QualitativeBands(std::vector<Level> levels) : levels_(std::move(levels)) {}

  /// 达成 [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6), with the long spellings as aliases.
  static std::vector<Level> standard_levels() {
    const Decimal sixty = Decimal::from_scaled(6, 1);
    const Decimal eighty = Decimal::from_scaled(8, 1);
    return {
        {"达成", {"达成年度指标", "达成预期指标"}, Interval::closed(eighty, 1)},
        {"部分达成",
         {"部分达成年度指标并具有一定效果", "部分达成年度指标", "部分达成预期指标"},
         Interval::closed_open(sixty, eighty)},
        {"未达成",
         {"未达成年度指标且效果较差", "未达成年度指标", "未达成预期指标"},
         Interval::closed_open(0, sixty)},
    };
  }

  /// The names of the level and score inputs (default "等级" and "得分").
  QualitativeBands& inputs(std::string level, std::string score) {
    level_input_ = std::move(level);
    score_input_ = std::move(score);
    return *this;
  }

  /// The levels, in order.
  [[nodiscard]] const std::vector<Level>& levels() const noexcept { return levels_; }
  /// The name of the level input (default "等级").
  [[nodiscard]] const std::string& level_input() const noexcept { return level_input_; }
  /// The name of the score input (default "得分").
  [[nodiscard]] const std::string& score_input() const noexcept { return score_input_; }

  /// "qualitative_bands"
  [[nodiscard]] std::string_view kind() const noexcept override { return "qualitative_bands"; }

  /// e.g. "达成得8～10分；部分达成得6～8分（不含8分）；未达成得0～6分（不含6分）".
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    std::string text;
    for (const Level& level : levels_) {
      if (!text.empty()) text += "；";
      text += level.label + "得" + band_text(level, leaf.points);
    }
    return text;
  }

  /// The shares partition [0, 1]; labels and aliases distinct.
  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    const auto bad = [&](const std::string& what) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule, what));
    };
    if (levels_.empty()) {
      bad("no levels");
      return;
    }
    std::set<std::string> spellings;
    std::vector<Interval> shares;
    for (const Level& level : levels_) {
      shares.push_back(level.share);
      if (!spellings.insert(level.label).second) bad("level \"" + level.label + "\" appears twice");
      for (const std::string& alias : level.aliases) {
        if (!spellings.insert(alias).second) {
          bad("\"" + alias + "\" names two levels (as an alias of \"" + level.label + "\")");
        }
      }
    }
    const PartitionCheck partition = check_partition_any_order(shares);
    if (!partition.ok()) {
      bad("level shares: " + partition.problem);
      return;  // coverage is only meaningful for a partition
    }
    std::sort(shares.begin(), shares.end(), starts_before);
    const auto& low = shares.front().lower();
    const auto& high = shares.back().upper();
    if (!low || !high || low->value != 0 || !low->inclusive || high->value != 1 ||
        !high->inclusive) {
      bad("the level shares must cover [0, 1] exactly");
    }
  }

  /// The evaluator's score, checked against the chosen level's band.
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const std::string& chosen = context.text(level_input_);
    const Level* level = find(chosen);
    if (!level) {
      std::string allowed;
      for (const Level& l : levels_) allowed += (allowed.empty() ? "" : ", ") + l.label;
      context.fail(ErrorCode::invalid_input, "\"" + chosen + "\" is not a level (" + allowed + ")");
    }
    const Decimal& points = context.points();
    const Decimal given = context.number(score_input_);
    if (given.signum() < 0 || given > points) {
      context.fail(ErrorCode::score_out_of_range,
                   "score " + given.to_string() + " is outside [0, " + points.to_string() + "]");
    }
    if (!inside(band_in_points(*level, points), given, points)) {
      context.fail(ErrorCode::score_outside_band, "score " + given.to_string() +
                                                      " is outside the band of \"" + level->label +
                                                      "\": " + band_text(*level, points));
    }
    context.trace().step(level_input_, "", level->label + "（" + band_text(*level, points) + "）");
    return {Ratio(given), ""};
  }

  /// Batch scoring: the level and the score read from the row, checked as score() does.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    (void)policy;
    const std::size_t level = inputs(level_input_);
    return std::make_unique<Compiled>(*this, level, inputs(score_input_), leaf.points);
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(const QualitativeBands& rule, std::size_t level, std::size_t score,
             const Decimal& points)
        : rule_(rule), level_(level), score_(score), points_(points) {
      for (const Level& l : rule.levels_) bands_.push_back(band_in_points(l, points));
    }
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      const Level* level = rule_.find(detail::text_input(inputs[level_]));
      if (!level) throw CompiledRuleFailure{};
      const Decimal given = detail::number_input(inputs[score_]);
      const Interval& band = bands_[static_cast<std::size_t>(level - rule_.levels_.data())];
      if (given.signum() < 0 || given > points_ || !inside(band, given, points_)) {
        throw CompiledRuleFailure{};
      }
      return given.round(leaf.places, leaf.mode);
    }

   private:
    const QualitativeBands& rule_;
    std::size_t level_;
    std::size_t score_;
    Decimal points_;
    std::vector<Interval> bands_;  // each level's band in points, computed once
  };

  // The level's band in points: its share × the 分值 ([0.8, 1] of 5 is [4, 5]).
  static Interval band_in_points(const Level& level, const Decimal& points) {
    const auto scaled = [&](const std::optional<Bound>& edge) -> std::optional<Bound> {
      if (!edge) return std::nullopt;
      return Bound{edge->value * points, edge->inclusive};
    };
    return Interval(scaled(level.share.lower()), scaled(level.share.upper()));
  }

  // Whether `given` (within [0, points]) falls in the band: given / points ∈ share, tested
  // as given ∈ share × points, decimals compared directly (no quotients).
  static bool inside(const Interval& band, const Decimal& given, const Decimal& points) {
    if (points.is_zero()) return given.is_zero();
    if (const auto& low = band.lower()) {
      const int c = compare(given, low->value);
      if (c < 0 || (c == 0 && !low->inclusive)) return false;
    }
    if (const auto& high = band.upper()) {
      const int c = compare(given, high->value);
      if (c > 0 || (c == 0 && !high->inclusive)) return false;
    }
    return true;
  }

  const Level* find(std::string_view chosen) const {
    for (const Level& level : levels_) {
      if (level.label == chosen) return &level;
      for (const std::string& alias : level.aliases) {
        if (alias == chosen) return &level;
      }
    }
    return nullptr;
  }

  // The band in points: "8～10分", "6～8分（不含8分）".
  static std::string band_text(const Level& level, const Decimal& points) {
    const auto& lo = level.share.lower();
    const auto& hi = level.share.upper();
    const std::string low = lo ? detail::points_text(lo->value * points) : "−∞";
    const std::string high = hi ? detail::points_text(hi->value * points) : "+∞";
    std::string text = low + "～" + high + "分";
    std::string excluded;
    if (lo && !lo->inclusive) excluded = low + "分";
    if (hi && !hi->inclusive) excluded += (excluded.empty() ? "" : "、") + high + "分";
    if (!excluded.empty()) text += "（不含" + excluded + "）";
    return text;
  }

  std::vector<Level> levels_;
  std::string level_input_ = "等级";
  std::string score_input_ = "得分";
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_QUALITATIVE_BANDS_HPP

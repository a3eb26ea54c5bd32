/// @file rules/categorical.hpp
/// @brief Rule kind 6: categorical maps (分类计分): each named outcome has its points.
#ifndef JIXIAO_RULES_CATEGORICAL_HPP
#define JIXIAO_RULES_CATEGORICAL_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace rules {

/// @brief One outcome of a Categorical rule and the points it earns.
struct Category {
  std::string label;  ///< e.g. "基本相符".
  Decimal points;     ///< In [0, 分值].
};

/// @brief The evaluator names the outcome; the table gives its points.
///
/// **When evaluators use it:** for judgements with a fixed list of outcomes, e.g.
/// 实际支出与预算: 相符 10 / 基本相符 6 / 调整较大 0; 资金结余: 无结余 3 / 不超过上年结转 2 /
/// 超过 0. An outcome not in the table is an error that lists the allowed ones.
/// @code
/// rules::Categorical("支出与预算", {{"相符", 10}, {"基本相符", 6}, {"调整较大", 0}})
/// @endcode
class Categorical final : public Rule {
 public:
  /// Reads the outcome from text input `input`.
  Categorical(std::string input, std::vector<Category> categories)
      : input_(std::move(input)), categories_(std::move(categories)) {}

  /// The input holding the category label.
  [[nodiscard]] const std::string& input() const noexcept { return input_; }
  /// The categories and their points, in order.
  [[nodiscard]] const std::vector<Category>& categories() const noexcept { return categories_; }

  /// "categorical"
  [[nodiscard]] std::string_view kind() const noexcept override { return "categorical"; }

  /// e.g. "相符得10分；基本相符得6分；调整较大得0分".
  [[nodiscard]] std::string criterion(const Indicator& leaf) const override {
    (void)leaf;
    std::string text;
    for (const Category& c : categories_) {
      if (!text.empty()) text += "；";
      text += c.label + "得" + detail::points_text(c.points) + "分";
    }
    return text;
  }

  /// Labels distinct, points within [0, 分值].
  void check(const Indicator& leaf, std::vector<Problem>& problems) const override {
    const auto bad = [&](const std::string& what) {
      problems.push_back(problem_at(leaf, ErrorCode::invalid_rule, what));
    };
    if (categories_.empty()) bad("no categories");
    std::set<std::string> labels;
    for (const Category& c : categories_) {
      if (!labels.insert(c.label).second) bad("category \"" + c.label + "\" appears twice");
      if (c.points.signum() < 0 || c.points > leaf.points) {
        bad("category \"" + c.label + "\" gives " + c.points.to_string() + " points, outside [0, " +
            leaf.points.to_string() + "]");
      }
    }
  }

  /// The points of the outcome named. @throws ScoringError 602 for an unknown outcome.
  [[nodiscard]] Score score(const RuleContext& context) const override {
    const std::string& chosen = context.text(input_);
    for (const Category& c : categories_) {
      if (c.label == chosen) {
        context.trace().step(input_, "", chosen);
        return {Ratio(c.points), ""};
      }
    }
    std::string allowed;
    for (const Category& c : categories_) allowed += (allowed.empty() ? "" : ", ") + c.label;
    context.fail(ErrorCode::invalid_input, "\"" + chosen + "\" is not one of the outcomes of " +
                                               input_ + " (" + allowed + ")");
  }

  /// Batch scoring: the outcome read from the row.
  [[nodiscard]] std::unique_ptr<CompiledRule> compile(const Indicator& leaf,
                                                      const RoundingPolicy& policy,
                                                      InputSlots& inputs) const override {
    (void)leaf;
    (void)policy;
    return std::make_unique<Compiled>(*this, inputs(input_));
  }

 private:
  class Compiled final : public CompiledRule {
   public:
    Compiled(const Categorical& rule, std::size_t slot) : rule_(rule), slot_(slot) {}
    [[nodiscard]] Decimal score(const InputValue* inputs, const RoundingStep& leaf) const override {
      const std::string_view chosen = detail::text_input(inputs[slot_]);
      for (const Category& c : rule_.categories_) {
        if (c.label == chosen) return c.points.round(leaf.places, leaf.mode);
      }
      throw CompiledRuleFailure{};
    }

   private:
    const Categorical& rule_;
    std::size_t slot_;
  };

  std::string input_;
  std::vector<Category> categories_;
};

}  // namespace rules
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULES_CATEGORICAL_HPP

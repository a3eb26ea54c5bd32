// The process-wide registry of rule kinds (io::rule_kinds()) and the built-in kinds in it:
// each kind's reader and writer, through the same interfaces a program's or a plugin's kinds
// use (docs/file-format.md lists the fields).
#include <jixiao/version.hpp>

#include <jixiao/io/rule_registry.hpp>
#include <jixiao/rules.hpp>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io {

namespace {

template <class Enum>
std::string_view choice_name(Enum value,
                             std::initializer_list<std::pair<std::string_view, Enum>> names) {
  for (const auto& [name, candidate] : names) {
    if (candidate == value) return name;
  }
  return {};
}

const std::initializer_list<std::pair<std::string_view, rules::ReverseScoring>> reverse_names = {
    {"ratio", rules::ReverseScoring::ratio}, {"linear", rules::ReverseScoring::linear}};
const std::initializer_list<std::pair<std::string_view, rules::Counting>> counting_names = {
    {"proportional", rules::Counting::proportional},
    {"whole_steps", rules::Counting::whole_steps},
    {"started_steps", rules::Counting::started_steps}};
const std::initializer_list<std::pair<std::string_view, rules::Excess>> excess_names = {
    {"above", rules::Excess::above}, {"below", rules::Excess::below}};
const std::initializer_list<std::pair<std::string_view, rules::BelowThreshold>> below_names = {
    {"proportional", rules::BelowThreshold::proportional},
    {"rate", rules::BelowThreshold::rate},
    {"zero", rules::BelowThreshold::zero}};
const std::initializer_list<std::pair<std::string_view, rules::OutsidePoints>> outside_names = {
    {"error", rules::OutsidePoints::error}, {"clamp", rules::OutsidePoints::clamp}};

void optional_rounding(RuleParameterWriter& w, std::string_view key,
                       const std::optional<RoundingStep>& step) {
  if (step) w.rounding(key, *step);
}

void optional_number(RuleParameterWriter& w, std::string_view key,
                     const std::optional<Decimal>& value) {
  if (value) w.number(key, *value);
}

RuleKind ratio_times_weight() {
  return make_rule_kind<rules::RatioTimesWeight>(
      "ratio_times_weight",
      [](RuleParameters& p) {
        rules::RatioTimesWeight rule(p.quantity("rate"));
        if (const auto label = p.optional_text("label")) rule.label(*label);
        if (const auto step = p.optional_rounding("displayed_rate")) rule.displayed_rate(*step);
        if (const auto cap = p.optional_number("cap")) rule.cap(*cap);
        if (const auto floor = p.optional_number("floor")) rule.floor(*floor);
        return rule;
      },
      [](const rules::RatioTimesWeight& r, RuleParameterWriter& w) {
        w.quantity("rate", r.rate());
        if (!r.label().empty()) w.text("label", r.label());
        optional_rounding(w, "displayed_rate", r.displayed_rate());
        optional_number(w, "cap", r.cap());
        optional_number(w, "floor", r.floor());
      });
}

RuleKind target_attainment() {
  return make_rule_kind<rules::TargetAttainment>(
      "target_attainment",
      [](RuleParameters& p) {
        rules::TargetAttainment rule(
            p.optional_quantity("actual").value_or(Quantity::input("实际完成值")));
        rule.reverse(p.choice("reverse", rules::ReverseScoring::ratio, reverse_names));
        if (const auto step = p.optional_rounding("displayed_rate")) rule.displayed_rate(*step);
        return rule;
      },
      [](const rules::TargetAttainment& r, RuleParameterWriter& w) {
        w.quantity("actual", r.actual());
        w.text("reverse", choice_name(r.reverse(), reverse_names));
        optional_rounding(w, "displayed_rate", r.displayed_rate());
      });
}

RuleKind step_bands() {
  return make_rule_kind<rules::StepBands>(
      "step_bands",
      [](RuleParameters& p) {
        const Quantity value = p.quantity("value");
        // Bands of a percentage: a bare bound is read by the file's convention.
        std::vector<rules::Step> steps;
        p.for_each("bands", [&](RuleParameters& band) {
          const Interval range = band.interval("range", value.is_percent());
          steps.push_back(rules::Step{range, band.number("points")});
        });
        rules::StepBands rule(value, std::move(steps));
        if (const auto label = p.optional_text("label")) rule.label(*label);
        return rule;
      },
      [](const rules::StepBands& r, RuleParameterWriter& w) {
        w.quantity("value", r.value());
        w.begin_list("bands");
        for (const rules::Step& step : r.bands()) {
          w.begin_item();
          w.interval("range", step.range, r.value().is_percent());
          w.number("points", step.points);
          w.end_item();
        }
        w.end_list();
        if (!r.label().empty()) w.text("label", r.label());
      });
}

RuleKind deduction() {
  return make_rule_kind<rules::Deduction>(
      "deduction",
      [](RuleParameters& p) {
        const auto counting = p.choice("counting", rules::Counting::proportional, counting_names);
        std::optional<rules::Deduction> rule;
        if (const auto findings = p.optional_text("findings")) {
          rule = rules::Deduction::per_finding(*findings, p.number("per_step"));
        } else {
          const Quantity value = p.quantity("value");
          const auto excess = p.choice("excess", rules::Excess::above, excess_names);
          // The threshold and step of a percentage are percentages ("100%", "1%").
          const auto amount = [&](std::string_view key) {
            return value.is_percent() ? p.percentage(key) : p.number(key);
          };
          rule.emplace(value, excess, amount("threshold"), amount("step"), p.number("per_step"));
        }
        rule->counting(counting);
        if (const auto cap = p.optional_number("cap")) rule->cap(*cap);
        return std::move(*rule);
      },
      [](const rules::Deduction& r, RuleParameterWriter& w) {
        if (r.counts_findings()) {
          w.input("findings", r.value().numerator());
        } else {
          w.quantity("value", r.value());
          w.text("excess", choice_name(r.excess(), excess_names));
          const auto amount = [&](std::string_view key, const Decimal& value) {
            if (r.value().is_percent())
              w.percentage(key, value);
            else
              w.number(key, value);
          };
          amount("threshold", r.threshold());
          amount("step", r.step());
        }
        w.number("per_step", r.per_step());
        w.text("counting", choice_name(r.counting(), counting_names));
        optional_number(w, "cap", r.cap());
      });
}

RuleKind checkpoints() {
  return make_rule_kind<rules::Checkpoints>(
      "checkpoints",
      [](RuleParameters& p) {
        std::vector<rules::Checkpoint> items;
        p.for_each("checkpoints", [&](RuleParameters& item) {
          std::string name = item.text("name");
          items.push_back(rules::Checkpoint{std::move(name), item.number("points")});
        });
        return rules::Checkpoints(std::move(items));
      },
      [](const rules::Checkpoints& r, RuleParameterWriter& w) {
        w.begin_list("checkpoints");
        for (const rules::Checkpoint& item : r.checkpoints()) {
          w.begin_item();
          w.text("name", item.name);
          w.number("points", item.points);
          w.end_item();
        }
        w.end_list();
      });
}

RuleKind categorical() {
  return make_rule_kind<rules::Categorical>(
      "categorical",
      [](RuleParameters& p) {
        std::string input = p.text("input");
        std::vector<rules::Category> categories;
        p.for_each("categories", [&](RuleParameters& item) {
          std::string label = item.text("label");
          categories.push_back(rules::Category{std::move(label), item.number("points")});
        });
        return rules::Categorical(std::move(input), std::move(categories));
      },
      [](const rules::Categorical& r, RuleParameterWriter& w) {
        w.input("input", r.input());
        w.begin_list("categories");
        for (const rules::Category& category : r.categories()) {
          w.begin_item();
          w.text("label", category.label);
          w.number("points", category.points);
          w.end_item();
        }
        w.end_list();
      });
}

RuleKind qualitative_bands() {
  return make_rule_kind<rules::QualitativeBands>(
      "qualitative_bands",
      [](RuleParameters& p) {
        std::optional<rules::QualitativeBands> rule;
        if (p.has("levels")) {
          std::vector<rules::Level> levels;
          p.for_each("levels", [&](RuleParameters& item) {
            rules::Level level;
            level.label = item.text("label");
            if (item.has("aliases")) level.aliases = item.texts("aliases");
            level.share = item.interval("share", false);
            levels.push_back(std::move(level));
          });
          rule.emplace(std::move(levels));
        } else {
          rule.emplace();
        }
        const auto level_input = p.optional_text("level_input");
        const auto score_input = p.optional_text("score_input");
        if (level_input || score_input) {
          rule->inputs(level_input.value_or("等级"), score_input.value_or("得分"));
        }
        return std::move(*rule);
      },
      [](const rules::QualitativeBands& r, RuleParameterWriter& w) {
        w.begin_list("levels");
        for (const rules::Level& level : r.levels()) {
          w.begin_item();
          w.text("label", level.label);
          w.texts("aliases", level.aliases);
          w.interval("share", level.share, false);
          w.end_item();
        }
        w.end_list();
        w.text("level_input", r.level_input());
        w.text("score_input", r.score_input());
      });
}

RuleKind survey_satisfaction() {
  return make_rule_kind<rules::SurveySatisfaction>(
      "survey_satisfaction",
      [](RuleParameters& p) {
        rules::SurveySatisfaction rule(
            p.optional_quantity("rate").value_or(Quantity::ratio("满意人数", "有效调查人数")));
        if (p.has("threshold")) rule.threshold(p.percentage("threshold"));
        rule.below(p.choice("below", rules::BelowThreshold::proportional, below_names));
        if (const auto step = p.optional_rounding("displayed_rate")) rule.displayed_rate(*step);
        return rule;
      },
      [](const rules::SurveySatisfaction& r, RuleParameterWriter& w) {
        w.quantity("rate", r.rate());
        if (r.threshold()) w.percentage("threshold", *r.threshold());
        w.text("below", choice_name(r.below(), below_names));
        optional_rounding(w, "displayed_rate", r.displayed_rate());
      });
}

RuleKind manual_score() {
  return make_rule_kind<rules::ManualScore>(
      "manual_score",
      [](RuleParameters& p) {
        rules::ManualScore rule(p.optional_text("score_input").value_or("得分"),
                                p.optional_text("reason_input").value_or("评分理由"));
        if (const auto deduction_input = p.optional_text("deduction_input")) {
          rule.deduction(*deduction_input);
        }
        return rule;
      },
      [](const rules::ManualScore& r, RuleParameterWriter& w) {
        w.text("score_input", r.score_input());
        w.text("reason_input", r.reason_input());
        if (r.deduction_input()) w.text("deduction_input", *r.deduction_input());
      });
}

RuleKind formula() {
  return make_rule_kind<rules::FormulaScore>(
      "formula",
      [](RuleParameters& p) {
        // A formula writes its percentages with '%': the file's convention does not apply.
        rules::FormulaScore rule(p.formula("formula"));
        rule.outside_points(p.choice("outside_points", rules::OutsidePoints::error, outside_names));
        return rule;
      },
      [](const rules::FormulaScore& r, RuleParameterWriter& w) {
        w.formula("formula", r.formula());
        if (r.outside_points() == rules::OutsidePoints::clamp) w.text("outside_points", "clamp");
      });
}

RuleRegistry* with_builtin_kinds() {
  auto* registry = new RuleRegistry;
  for (RuleKind (*kind)() : {ratio_times_weight, target_attainment, step_bands, deduction,
                              checkpoints, categorical, qualitative_bands, survey_satisfaction,
                              manual_score, formula}) {
    registry->add(kind());
  }
  return registry;
}

}  // namespace

RuleRegistry& rule_kinds() {
  // Never destroyed: a plugin's kinds may be used until the process ends.
  static RuleRegistry* const registry = with_builtin_kinds();
  return *registry;
}

}  // namespace io
JIXIAO_END_NAMESPACE

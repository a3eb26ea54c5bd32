// Writing "jixiao.evaluation/1" and "jixiao.framework/1" documents from the model: the
// inverse of the readers, field for field (docs/file-format.md). Every value is written in a
// form the reader takes back unchanged, so that load → save → load is lossless.
#include <jixiao/version.hpp>
#include "json_writer.hpp"
#include "readers.hpp"
#include "rule_writer.hpp"

#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/rules.hpp>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io {

namespace {

using detail::InputRename;
using detail::JsonWriter;

std::string_view rounding_name(Rounding mode) {
  switch (mode) {
    case Rounding::half_up:
      return "half_up";
    case Rounding::half_even:
      return "half_even";
    case Rounding::half_down:
      return "half_down";
    case Rounding::up:
      return "up";
    case Rounding::down:
      return "down";
    case Rounding::ceiling:
      return "ceiling";
    case Rounding::floor:
      return "floor";
  }
  return "half_up";
}

void write_step(JsonWriter& json, std::string_view key, const RoundingStep& step) {
  json.key(key);
  json.begin_object();
  json.key("places");
  json.value(step.places);
  json.key("mode");
  json.value(rounding_name(step.mode));
  json.end_object();
}

void write_step(JsonWriter& json, std::string_view key, const std::optional<RoundingStep>& step) {
  if (step) write_step(json, key, *step);
}

void write_decimal(JsonWriter& json, std::string_view key, const std::optional<Decimal>& value) {
  if (!value) return;
  json.key(key);
  json.value(*value);
}

// A quantity in its shortest form: "name", "numerator/denominator", or {"percent": "name"}.
// The explicit object forms are used when a name itself contains a slash.
void write_quantity(JsonWriter& json, std::string_view key, const Quantity& quantity) {
  json.key(key);
  const bool plain = quantity.numerator().find('/') == std::string::npos &&
                     quantity.denominator().find('/') == std::string::npos;
  if (quantity.is_ratio()) {
    if (plain) return json.value(quantity.numerator() + "/" + quantity.denominator());
    json.begin_object();
    json.key("ratio");
    json.begin_array();
    json.value(quantity.numerator());
    json.value(quantity.denominator());
    json.end_array();
    return json.end_object();
  }
  if (!quantity.is_percent() && plain) return json.value(quantity.numerator());
  json.begin_object();
  json.key(quantity.is_percent() ? "percent" : "input");
  json.value(quantity.numerator());
  json.end_object();
}

// A fraction in percent, exactly and with its scale, as the reader takes it back under any
// convention: 0.3479 → "34.79%", 1.0000 → "100.00%", 0.04 → "4%". (A fraction of fewer
// than 2 places reads back with 2: 0.9 → "90%" → 0.90, the same number.)
std::string percent_text(const Decimal& fraction) {
  const int places = fraction.scale() > 2 ? fraction.scale() - 2 : 0;
  return (fraction * Decimal(100)).round(places, Rounding::half_up).to_string() + "%";
}

// Interval notation the reader takes back: "=a", "[a, b)", "(-∞, b]", "[a, +∞)"; bounds of
// a percentage (`percent`, or written so) in percent, so that no convention is needed.
std::string interval_text(const Interval& range, bool percent = false) {
  const auto& lower = range.lower();
  const auto& upper = range.upper();
  const auto bound = [&](const Bound& b) {
    return percent || b.written_as_percent ? percent_text(b.value) : b.value.to_string();
  };
  if (lower && upper && lower->inclusive && upper->inclusive && lower->value == upper->value) {
    return "=" + bound(*lower);
  }
  std::string text = lower ? (lower->inclusive ? "[" : "(") + bound(*lower) : "(-∞";
  text += ", ";
  text += upper ? bound(*upper) + (upper->inclusive ? "]" : ")") : "+∞)";
  return text;
}

template <class Enum>
std::string_view choice(Enum value,
                        std::initializer_list<std::pair<Enum, std::string_view>> names) {
  for (const auto& [candidate, name] : names) {
    if (candidate == value) return name;
  }
  return {};
}

// Writes the kind and parameters of a built-in rule, each input it reads a value from passed
// through `rename`; false for any other rule.
bool write_rule_fields(JsonWriter& json, const Rule* rule, const InputRename& rename) {
  json.key("kind");
  if (const auto* r = dynamic_cast<const rules::RatioTimesWeight*>(rule)) {
    json.value("ratio_times_weight");
    write_quantity(json, "rate", rename(r->rate()));
    if (!r->label().empty()) {
      json.key("label");
      json.value(r->label());
    }
    write_step(json, "displayed_rate", r->displayed_rate());
    write_decimal(json, "cap", r->cap());
    write_decimal(json, "floor", r->floor());
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::TargetAttainment*>(rule)) {
    json.value("target_attainment");
    write_quantity(json, "actual", rename(r->actual()));
    json.key("reverse");
    json.value(choice(r->reverse(), {{rules::ReverseScoring::ratio, "ratio"},
                                     {rules::ReverseScoring::linear, "linear"}}));
    write_step(json, "displayed_rate", r->displayed_rate());
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::StepBands*>(rule)) {
    json.value("step_bands");
    const Quantity value = rename(r->value());
    write_quantity(json, "value", value);
    json.key("bands");
    json.begin_array();
    for (const rules::Step& step : r->bands()) {
      json.begin_object();
      json.key("range");
      json.value(interval_text(step.range, value.is_percent()));
      json.key("points");
      json.value(step.points);
      json.end_object();
    }
    json.end_array();
    if (!r->label().empty()) {
      json.key("label");
      json.value(r->label());
    }
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::Deduction*>(rule)) {
    json.value("deduction");
    if (r->counts_findings()) {
      json.key("findings");
      json.value(rename(r->value()).numerator());
    } else {
      const Quantity value = rename(r->value());
      write_quantity(json, "value", value);
      json.key("excess");
      json.value(
          choice(r->excess(), {{rules::Excess::above, "above"}, {rules::Excess::below, "below"}}));
      json.key("threshold");
      if (value.is_percent())
        json.value(percent_text(r->threshold()));
      else
        json.value(r->threshold());
      json.key("step");
      if (value.is_percent())
        json.value(percent_text(r->step()));
      else
        json.value(r->step());
    }
    json.key("per_step");
    json.value(r->per_step());
    json.key("counting");
    json.value(choice(r->counting(), {{rules::Counting::proportional, "proportional"},
                                      {rules::Counting::whole_steps, "whole_steps"},
                                      {rules::Counting::started_steps, "started_steps"}}));
    write_decimal(json, "cap", r->cap());
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::Checkpoints*>(rule)) {
    json.value("checkpoints");
    json.key("checkpoints");
    json.begin_array();
    for (const rules::Checkpoint& item : r->checkpoints()) {
      json.begin_object();
      json.key("name");
      json.value(item.name);
      json.key("points");
      json.value(item.points);
      json.end_object();
    }
    json.end_array();
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::Categorical*>(rule)) {
    json.value("categorical");
    json.key("input");
    json.value(rename(Quantity::input(r->input())).numerator());
    json.key("categories");
    json.begin_array();
    for (const rules::Category& category : r->categories()) {
      json.begin_object();
      json.key("label");
      json.value(category.label);
      json.key("points");
      json.value(category.points);
      json.end_object();
    }
    json.end_array();
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::QualitativeBands*>(rule)) {
    json.value("qualitative_bands");
    json.key("levels");
    json.begin_array();
    for (const rules::Level& level : r->levels()) {
      json.begin_object();
      json.key("label");
      json.value(level.label);
      json.key("aliases");
      json.begin_array();
      for (const std::string& alias : level.aliases) json.value(alias);
      json.end_array();
      json.key("share");
      json.value(interval_text(level.share));
      json.end_object();
    }
    json.end_array();
    json.key("level_input");
    json.value(r->level_input());
    json.key("score_input");
    json.value(r->score_input());
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::SurveySatisfaction*>(rule)) {
    json.value("survey_satisfaction");
    write_quantity(json, "rate", rename(r->rate()));
    if (r->threshold()) {
      json.key("threshold");
      json.value(percent_text(*r->threshold()));
    }
    json.key("below");
    json.value(choice(r->below(), {{rules::BelowThreshold::proportional, "proportional"},
                                   {rules::BelowThreshold::rate, "rate"},
                                   {rules::BelowThreshold::zero, "zero"}}));
    write_step(json, "displayed_rate", r->displayed_rate());
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::FormulaScore*>(rule)) {
    json.value("formula");
    // A formula of one number fact restates for another name (a table's 实际完成值); one of
    // several facts is written as it is, and `rename` is not asked.
    Formula formula = r->formula();
    const std::vector<Formula::Input> inputs = formula.inputs();
    if (inputs.size() == 1 && inputs[0].type == FormulaType::number) {
      const Quantity read = inputs[0].percent ? Quantity::percent(inputs[0].name)
                                              : Quantity::input(inputs[0].name);
      const std::string renamed = rename(read).numerator();
      if (renamed != inputs[0].name) formula = formula.with_fact_renamed(inputs[0].name, renamed);
    }
    json.key("formula");
    json.value(formula.text());
    if (r->outside_points() == rules::OutsidePoints::clamp) {
      json.key("outside_points");
      json.value("clamp");
    }
    return true;
  }
  if (const auto* r = dynamic_cast<const rules::ManualScore*>(rule)) {
    json.value("manual_score");
    json.key("score_input");
    json.value(r->score_input());
    json.key("reason_input");
    json.value(r->reason_input());
    if (r->deduction_input()) {
      json.key("deduction_input");
      json.value(*r->deduction_input());
    }
    return true;
  }
  return false;
}

void write_rule(JsonWriter& json, const Indicator& leaf, const std::string& path) {
  json.key("rule");
  json.begin_object();
  if (!write_rule_fields(json, leaf.rule.get(), [](const Quantity& q) { return q; })) {
    const std::string kind = leaf.rule ? std::string(leaf.rule->kind()) : std::string("(none)");
    throw WriteError(path + ": " + leaf.label() + ": the rule \"" + kind +
                     "\" is not a built-in rule kind and has no file form");
  }
  json.end_object();
}

// A statement that starts like a comparator ("≥…") would be read back as a numeric target;
// such statements, and only those, are written in the explicit object form.
void write_target(JsonWriter& json, const Target& target) {
  if (target.is_quantitative()) {
    json.key("target");
    return json.value(target.to_string());
  }
  if (target.statement().empty()) return;
  json.key("target");
  static constexpr std::string_view comparator_starts[] = {"≥", "≤",    ">",    "<",
                                                           "=", "大于", "小于", "等于"};
  bool ambiguous = false;
  for (const std::string_view start : comparator_starts) {
    ambiguous = ambiguous || target.statement().rfind(start, 0) == 0;
  }
  if (!ambiguous) return json.value(target.statement());
  json.begin_object();
  json.key("statement");
  json.value(target.statement());
  json.end_object();
}

void write_indicator(JsonWriter& json, const Indicator& node, const std::string& path) {
  json.begin_object();
  json.key("code");
  json.value(node.code);
  json.key("name");
  json.value(node.name);
  json.key("points");
  json.value(node.points);
  if (!node.is_leaf()) {
    json.key("children");
    json.begin_array();
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      write_indicator(json, node.children[i], path + "/children/" + std::to_string(i));
    }
    json.end_array();
  } else {
    json.key("kind");
    json.value(node.kind == IndicatorKind::qualitative ? "定性" : "定量");
    write_target(json, node.target);
    write_rule(json, node, path + "/rule");
  }
  json.end_object();
}

bool same_scale(const GradeScale& a, const GradeScale& b) {
  if (a.name() != b.name() || a.bands().size() != b.bands().size() || a.out_of() != b.out_of())
    return false;
  for (std::size_t i = 0; i < a.bands().size(); ++i) {
    if (a.bands()[i].label != b.bands()[i].label || a.bands()[i].range != b.bands()[i].range)
      return false;
  }
  return true;
}

void write_grades(JsonWriter& json, const GradeScale& grades) {
  json.key("grades");
  static const std::pair<const char*, GradeScale> presets[] = {
      {"finance_ministry_2020", GradeScale::finance_ministry_2020()},
      {"self_evaluation_80_70_60", GradeScale::self_evaluation_80_70_60()},
      {"omb_part", GradeScale::omb_part()}};
  for (const auto& [name, preset] : presets) {
    if (same_scale(grades, preset)) return json.value(name);
  }
  json.begin_object();
  json.key("name");
  json.value(grades.name());
  json.key("bands");
  json.begin_array();
  for (const GradeBand& band : grades.bands()) {
    json.begin_object();
    json.key("label");
    json.value(band.label);
    json.key("range");
    json.value(interval_text(band.range));
    json.end_object();
  }
  json.end_array();
  // Only when the bands do not say it themselves (an open top band, or a wider scale).
  if (grades.out_of() != GradeScale(grades.name(), grades.bands()).out_of()) {
    json.key("out_of");
    json.value(grades.out_of());
  }
  json.end_object();
}

std::string_view scheme_name(EvaluationScheme scheme) {
  switch (scheme) {
    case EvaluationScheme::department:
      return "department";
    case EvaluationScheme::finance:
      return "finance";
    case EvaluationScheme::self_evaluation:
      return "self_evaluation";
    case EvaluationScheme::unspecified:
      break;
  }
  return "";
}

void write_framework_object(JsonWriter& json, const Framework& framework, const std::string& path) {
  json.begin_object();
  json.key("format");
  json.value(detail::framework_format);
  json.key("name");
  json.value(framework.name);
  json.key("project");
  json.value(framework.root.name);
  json.key("total");
  json.value(framework.declared_total);
  write_grades(json, framework.grades);
  json.key("rounding");
  json.begin_object();
  write_step(json, "leaf", framework.rounding.leaf);
  write_step(json, "rate", framework.rounding.rate);
  write_step(json, "parent", framework.rounding.parent);
  write_step(json, "total", framework.rounding.total);
  json.end_object();
  json.key("not_applicable");
  json.value(framework.not_applicable == NotApplicablePolicy::drop ? "drop" : "rescale");
  if (framework.percent_numbers != PercentNumbers::refuse) {
    json.key("percent_numbers");
    json.value(spelling(framework.percent_numbers));
  }
  if (framework.scheme != EvaluationScheme::unspecified) {
    json.key("scheme");
    json.value(scheme_name(framework.scheme));
  }
  if (!framework.source.empty()) {
    json.key("source");
    json.value(framework.source);
  }
  if (!framework.notes.empty()) {
    json.key("notes");
    json.begin_array();
    for (const std::string& note : framework.notes) json.value(note);
    json.end_array();
  }
  json.key("indicators");
  json.begin_array();
  for (std::size_t i = 0; i < framework.root.children.size(); ++i) {
    write_indicator(json, framework.root.children[i], path + "/indicators/" + std::to_string(i));
  }
  json.end_array();
  json.end_object();
}

void write_fact(JsonWriter& json, const FactValue& value) {
  if (const Decimal* number = value.number()) return json.value(*number);
  if (const bool* flag = value.flag()) return json.value(*flag);
  json.value(*value.text());
}

void write_lines(JsonWriter& json, std::string_view key, const std::vector<BudgetLine>& lines) {
  json.key(key);
  json.begin_array();
  for (const BudgetLine& line : lines) {
    json.begin_object();
    json.key("name");
    json.value(line.name);
    json.key("amount");
    json.value(line.amount);
    write_decimal(json, "spent", line.spent);
    write_decimal(json, "initial", line.initial);
    json.end_object();
  }
  json.end_array();
}

void write_budget(JsonWriter& json, const Budget& budget) {
  json.key("budget");
  json.begin_object();
  json.key("unit");
  json.value(budget.unit);
  json.key("initial");
  json.value(budget.initial);
  json.key("adjusted");
  json.value(budget.adjusted);
  write_decimal(json, "received", budget.received);
  json.key("spent");
  json.value(budget.spent);
  write_lines(json, "sources", budget.sources);
  write_lines(json, "uses", budget.uses);
  json.end_object();
}

// The numbers a report printed; percentages as printed ("34.79%"), other numbers as tokens.
void write_printed(JsonWriter& json, const std::vector<PrintedNumber>& printed) {
  json.key("printed");
  json.begin_array();
  for (const PrintedNumber& p : printed) {
    json.begin_object();
    json.key("what");
    json.value(wording(p.what));
    if (!p.indicator.empty()) {
      json.key("indicator");
      json.value(p.indicator);
    }
    if (!p.name.empty()) {
      json.key("name");
      json.value(p.name);
    }
    write_decimal(json, "numerator", p.numerator);
    write_decimal(json, "denominator", p.denominator);
    json.key("value");
    if (!p.value)
      json.value(p.text);
    else if (p.percent)
      json.value(p.shown());
    else
      json.value(*p.value);
    if (!p.where.empty()) {
      json.key("where");
      json.value(p.where);
    }
    json.end_object();
  }
  json.end_array();
}

// Files are written as people write them: short objects and arrays on one line.
constexpr std::size_t line_width = 100;

// The facts, by code; blanks (`null`, to be filled in) after the facts given for their code.
// A number a rule reads as a percentage is written in percent ("100.00%", exactly), so that
// the file reads back the same under any PercentNumbers convention.
void write_facts(JsonWriter& json, const Framework& framework, const Facts& facts,
                 const std::vector<BlankFact>& blanks) {
  std::map<std::string, std::vector<const BlankFact*>, std::less<>> blanks_by_code;
  for (const BlankFact& blank : blanks) blanks_by_code[blank.indicator].push_back(&blank);
  std::set<std::string, std::less<>> codes;
  for (const auto& entry : facts.leaves()) codes.insert(entry.first);
  for (const auto& entry : blanks_by_code) codes.insert(entry.first);
  json.key("facts");
  json.begin_object();
  for (const std::string& code : codes) {
    json.key(code);
    json.begin_object();
    if (const LeafFacts* leaf = facts.find(code)) {
      std::vector<std::string> percent_inputs;
      if (const Indicator* indicator = framework.root.find(code);
          indicator && indicator->is_leaf() && indicator->rule)
        percent_inputs = indicator->rule->percent_inputs(*indicator);
      for (const auto& [name, value] : leaf->values()) {
        json.key(name);
        const bool percent =
            std::find(percent_inputs.begin(), percent_inputs.end(), name) != percent_inputs.end();
        if (percent && value.number())
          json.value(percent_text(*value.number()));
        else
          write_fact(json, value);
      }
      if (leaf->is_not_applicable()) {
        json.key("不适用");
        json.value(leaf->not_applicable_reason());
      }
    }
    if (const auto found = blanks_by_code.find(code); found != blanks_by_code.end()) {
      for (const BlankFact* blank : found->second) {
        json.key(blank->name);
        json.null();
      }
    }
    json.end_object();
  }
  json.end_object();
}

// `write_framework` writes the framework member (inline or as a reference).
template <class WriteFramework>
std::string evaluation_document(const Framework& framework, const Evaluation& evaluation,
                                const std::vector<BlankFact>& blanks,
                                WriteFramework write_framework) {
  JsonWriter json;
  json.begin_object();
  json.key("format");
  json.value(detail::evaluation_format);
  json.key("title");
  json.value(evaluation.title);
  json.key("framework");
  write_framework(json);
  write_facts(json, framework, evaluation.facts, blanks);
  if (evaluation.budget) write_budget(json, *evaluation.budget);
  if (!evaluation.printed.empty()) write_printed(json, evaluation.printed);
  json.end_object();
  return detail::with_short_containers_inline(json.finish(), line_width);
}

}  // namespace

std::optional<std::string> detail::write_rule_object(const Rule& rule, const InputRename& rename) {
  JsonWriter json;
  json.begin_object();
  if (!write_rule_fields(json, &rule, rename)) return std::nullopt;
  json.end_object();
  std::string text = detail::with_short_containers_inline(json.finish(), std::string::npos);
  text.pop_back();  // the document's final newline
  return text;
}

std::string write_framework(const Framework& framework) {
  JsonWriter json;
  write_framework_object(json, framework, "");
  return detail::with_short_containers_inline(json.finish(), line_width);
}

std::string write_evaluation(const Framework& framework, const Evaluation& evaluation) {
  return evaluation_document(framework, evaluation, {}, [&](JsonWriter& json) {
    write_framework_object(json, framework, "/framework");
  });
}

std::string write_evaluation(const EvaluationFile& file) {
  return evaluation_document(file.framework, file.evaluation, file.blanks, [&](JsonWriter& json) {
    if (file.framework_file.empty())
      write_framework_object(json, file.framework, "/framework");
    else
      json.value(file.framework_file);
  });
}

}  // namespace io
JIXIAO_END_NAMESPACE

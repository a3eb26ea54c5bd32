// Writing "jixiao.evaluation/1" and "jixiao.framework/1" documents from the model: the
// inverse of the readers, field for field (docs/file-format.md). Every value is written in a
// form the reader takes back unchanged, so that load → save → load is lossless.
#include <jixiao/version.hpp>
#include "json_rule_parameter_writer.hpp"
#include "json_writer.hpp"
#include "readers.hpp"
#include "rule_writer.hpp"
#include "value_writing.hpp"

#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/io/rule_registry.hpp>
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
using detail::interval_text;
using detail::JsonWriter;
using detail::percent_text;
using detail::write_decimal;
using detail::write_step;

// Writes the kind and parameters of a rule of a registered kind, each input it reads a value
// from passed through `rename`; false for a rule of no kind with a writer.
bool write_rule_fields(JsonWriter& json, const Rule* rule, const InputRename& rename) {
  const std::shared_ptr<const RuleKind> kind = rule ? rule_kinds().find(rule->kind()) : nullptr;
  if (!kind || !kind->write) return false;
  json.key("kind");
  json.value(kind->name);
  detail::JsonRuleParameterWriter fields(json, rename);
  kind->write(*rule, fields);
  return true;
}

void write_rule(JsonWriter& json, const Indicator& leaf, const std::string& path) {
  json.key("rule");
  json.begin_object();
  if (!write_rule_fields(json, leaf.rule.get(), [](const Quantity& q) { return q; })) {
    const std::string kind = leaf.rule ? std::string(leaf.rule->kind()) : std::string("(none)");
    throw WriteError(path + ": " + leaf.label() + ": the rule \"" + kind +
                     "\" is not a registered rule kind with a writer (io::rule_kinds()), so it has no file form");
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

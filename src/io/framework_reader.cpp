// Reading frameworks: "jixiao.framework/1" objects and their indicator trees, grade scales
// and rounding policies.
#include <jixiao/version.hpp>
#include "readers.hpp"
#include "text_file.hpp"

#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/indicator_library.hpp>

#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

IndicatorKind read_kind(ObjectReader& object) {
  const JsonValue* value = object.optional("kind");
  if (!value) return IndicatorKind::quantitative;
  if (value->type == JsonValue::Type::string) {
    if (value->text == "quantitative" || value->text == "定量") return IndicatorKind::quantitative;
    if (value->text == "qualitative" || value->text == "定性") return IndicatorKind::qualitative;
  }
  object.fail(ErrorCode::invalid_value, *value, object.path_of("kind"),
              "expected \"quantitative\" (定量) or \"qualitative\" (定性)");
}

GradeScale read_grades(const Document& document, const JsonValue& value, const std::string& path) {
  if (value.type == JsonValue::Type::string) {
    if (value.text == "finance_ministry_2020" || value.text == "财预〔2020〕10号") {
      return GradeScale::finance_ministry_2020();
    }
    if (value.text == "self_evaluation_80_70_60") return GradeScale::self_evaluation_80_70_60();
    if (value.text == "omb_part") return GradeScale::omb_part();
    document.fail(ErrorCode::invalid_value, value, path,
                  "unknown grade scale \"" + value.text +
                      "\" (finance_ministry_2020, self_evaluation_80_70_60, omb_part, or an "
                      "object with bands)");
  }
  ObjectReader object(document, value, path);
  std::string name = object.text("name");
  const JsonValue& bands_value = object.required("bands");
  if (bands_value.type != JsonValue::Type::array) {
    object.wrong_type(bands_value, object.path_of("bands"), "an array");
  }
  std::vector<GradeBand> bands;
  for (std::size_t i = 0; i < bands_value.items.size(); ++i) {
    ObjectReader band(document, bands_value.items[i],
                      object.path_of("bands") + "/" + std::to_string(i));
    std::string label = band.text("label");
    const Interval range = read_interval(document, band.required("range"), band.path_of("range"));
    band.finish();
    bands.push_back({std::move(label), range});
  }
  const std::optional<Decimal> out_of = object.optional_decimal("out_of");
  object.finish();
  if (out_of) return GradeScale(std::move(name), std::move(bands), *out_of);
  return GradeScale(std::move(name), std::move(bands));
}

RoundingPolicy read_rounding(const Document& document, const JsonValue& value,
                             const std::string& path) {
  ObjectReader object(document, value, path);
  RoundingPolicy policy;
  const auto step = [&](std::string_view key) -> std::optional<RoundingStep> {
    const JsonValue* found = object.optional(key);
    if (!found || found->type == JsonValue::Type::null) return std::nullopt;
    return read_rounding_step(document, *found, object.path_of(key));
  };
  policy.rate = step("rate");
  if (const auto leaf = step("leaf")) policy.leaf = *leaf;
  policy.parent = step("parent");
  policy.total = step("total");
  object.finish();
  return policy;
}

NotApplicablePolicy read_not_applicable(ObjectReader& object) {
  const JsonValue* value = object.optional("not_applicable");
  if (!value) return NotApplicablePolicy::rescale;
  if (value->type == JsonValue::Type::string) {
    if (value->text == "rescale") return NotApplicablePolicy::rescale;
    if (value->text == "drop") return NotApplicablePolicy::drop;
  }
  object.fail(ErrorCode::invalid_value, *value, object.path_of("not_applicable"),
              "expected \"rescale\" or \"drop\"");
}

EvaluationScheme read_scheme(ObjectReader& object) {
  const JsonValue* value = object.optional("scheme");
  if (!value) return EvaluationScheme::unspecified;
  static const std::pair<const char*, EvaluationScheme> schemes[] = {
      {"department", EvaluationScheme::department},
      {"部门评价", EvaluationScheme::department},
      {"finance", EvaluationScheme::finance},
      {"财政评价", EvaluationScheme::finance},
      {"self_evaluation", EvaluationScheme::self_evaluation},
      {"单位自评", EvaluationScheme::self_evaluation}};
  if (value->type == JsonValue::Type::string) {
    for (const auto& [name, scheme] : schemes) {
      if (value->text == name) return scheme;
    }
  }
  object.fail(ErrorCode::invalid_value, *value, object.path_of("scheme"),
              "expected \"department\" (部门评价), \"finance\" (财政评价) or \"self_evaluation\" "
              "(单位自评)");
}

std::vector<std::string> read_notes(ObjectReader& object) {
  std::vector<std::string> notes;
  const JsonValue* value = object.optional("notes");
  if (!value) return notes;
  if (value->type != JsonValue::Type::array) {
    object.wrong_type(*value, object.path_of("notes"), "an array of strings");
  }
  for (std::size_t i = 0; i < value->items.size(); ++i) {
    const JsonValue& note = value->items[i];
    if (note.type != JsonValue::Type::string) {
      object.wrong_type(note, object.path_of("notes") + "/" + std::to_string(i), "a string");
    }
    notes.push_back(note.text);
  }
  return notes;
}

// A leaf written as {"library": "budget_execution_rate", …}: the library entry gives the
// name, kind and rule; fields written beside the reference take precedence.
const LibraryIndicator* read_library_reference(ObjectReader& object) {
  const JsonValue* value = object.optional("library");
  if (!value) return nullptr;
  if (value->type != JsonValue::Type::string) {
    object.wrong_type(*value, object.path_of("library"), "a string (a library code)");
  }
  if (const LibraryIndicator* entry = find_library_indicator(value->text)) return entry;
  object.fail(
      ErrorCode::invalid_value, *value, object.path_of("library"),
      "no indicator \"" + value->text + "\" in the library (`jixiao indicators` lists the codes)");
}

}  // namespace

void require_format(ObjectReader& object, std::string_view expected) {
  const JsonValue* value = object.optional("format");
  if (!value) {
    object.fail(ErrorCode::unsupported_format, object.value(),
                object.path().empty() ? "/" : object.path(),
                "the field \"format\" is required (\"" + std::string(expected) + "\")");
  }
  if (value->type != JsonValue::Type::string || value->text != expected) {
    object.fail(ErrorCode::unsupported_format, *value, object.path_of("format"),
                "unsupported format " +
                    (value->type == JsonValue::Type::string ? "\"" + value->text + "\"" : "value") +
                    "; this version of jixiao reads \"" + std::string(expected) + "\"");
  }
}

RoundingStep read_rounding_step(const Document& document, const JsonValue& value,
                                const std::string& path) {
  ObjectReader object(document, value, path);
  RoundingStep step;
  step.places = object.integer("places");
  if (const JsonValue* mode = object.optional("mode")) {
    const std::optional<Rounding> named =
        mode->type == JsonValue::Type::string ? rounding_named(mode->text) : std::nullopt;
    if (!named) {
      object.fail(ErrorCode::invalid_value, *mode, object.path_of("mode"),
                  "expected a rounding mode: half_up, half_even, half_down, up, down, ceiling "
                  "or floor");
    }
    step.mode = *named;
  }
  object.finish();
  return step;
}

Indicator read_indicator(const Document& document, const JsonValue& value, const std::string& path,
                         int depth, Locations* locations, PercentNumbers percent) {
  ObjectReader object(document, value, path);
  if (depth > max_depth) {
    object.fail(ErrorCode::limit_exceeded, value, path,
                "indicators nested deeper than " + std::to_string(max_depth) + " levels");
  }
  Indicator node;
  node.code = object.text("code");
  const LibraryIndicator* library = read_library_reference(object);
  node.name = library && !object.optional("name") ? library->name : object.text("name");
  node.points = object.decimal("points");
  const JsonValue* children = object.optional("children");
  if (library && children) {
    object.fail(ErrorCode::invalid_value, *children, object.path_of("children"),
                "an indicator taken from the library is a leaf: it has no children");
  }
  if (children) {
    if (children->type != JsonValue::Type::array) {
      object.wrong_type(*children, object.path_of("children"), "an array");
    }
    if (children->items.empty()) {
      // Neither a parent nor a leaf: it could be scored by nothing, nor written back.
      object.fail(ErrorCode::invalid_value, *children, object.path_of("children"),
                  "an indicator has at least one child, or no \"children\" and a \"rule\"");
    }
    for (std::size_t i = 0; i < children->items.size(); ++i) {
      node.children.push_back(read_indicator(document, children->items[i],
                                             object.path_of("children") + "/" + std::to_string(i),
                                             depth + 1, locations, percent));
    }
  } else {
    node.kind = library && !object.optional("kind") ? library->kind : read_kind(object);
    if (const JsonValue* target = object.optional("target")) {
      node.target = read_target(document, *target, object.path_of("target"));
    }
    const JsonValue* rule = library ? object.optional("rule") : &object.required("rule");
    node.rule = rule ? read_rule(document, *rule, object.path_of("rule"), percent) : library->rule;
  }
  object.finish();
  if (locations) locations->emplace(node.code, document.locate(value, path));
  return node;
}

Framework read_framework(const Document& document, const JsonValue& value, const std::string& path,
                         Locations* locations) {
  ObjectReader object(document, value, path);
  require_format(object, framework_format);
  Framework framework;
  framework.name = object.optional_text("name").value_or("");
  // The root stands for the evaluated project (项目); it is named after it, or the framework.
  const std::string project = object.optional_text("project").value_or(framework.name);
  if (const auto total = object.optional_decimal("total")) framework.declared_total = *total;
  if (const JsonValue* grades = object.optional("grades")) {
    framework.grades = read_grades(document, *grades, object.path_of("grades"));
  }
  if (const JsonValue* rounding = object.optional("rounding")) {
    framework.rounding = read_rounding(document, *rounding, object.path_of("rounding"));
  }
  framework.not_applicable = read_not_applicable(object);
  if (const JsonValue* percent = object.optional("percent_numbers")) {
    const auto convention = percent->type == JsonValue::Type::string
                                ? jixiao::percent_numbers(percent->text)
                                : std::nullopt;
    if (!convention) {
      object.fail(ErrorCode::invalid_value, *percent, object.path_of("percent_numbers"),
                  "expected \"refuse\", \"fraction\" (0.85 is 85%) or \"percent\" (85 is 85%)");
    }
    framework.percent_numbers = *convention;
  }
  framework.scheme = read_scheme(object);
  framework.source = object.optional_text("source").value_or("");
  framework.notes = read_notes(object);
  const JsonValue& indicators = object.required("indicators");
  if (indicators.type != JsonValue::Type::array) {
    object.wrong_type(indicators, object.path_of("indicators"), "an array");
  }
  if (indicators.items.empty()) {
    object.fail(ErrorCode::invalid_value, indicators, object.path_of("indicators"),
                "a framework has at least one 一级指标");
  }
  std::vector<Indicator> categories;
  for (std::size_t i = 0; i < indicators.items.size(); ++i) {
    categories.push_back(read_indicator(document, indicators.items[i],
                                        object.path_of("indicators") + "/" + std::to_string(i), 1,
                                        locations, framework.percent_numbers));
  }
  framework.root = group("", project.empty() ? "总分" : project, framework.declared_total,
                         std::move(categories));
  object.finish();
  return framework;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE

JIXIAO_BEGIN_NAMESPACE
namespace io {

Framework parse_framework(std::string text, std::string source) {
  const detail::Document document(std::move(text), std::move(source), ".");
  return detail::read_framework(document, document.root(), "");
}

Framework read_framework_file(const std::filesystem::path& path) {
  const detail::Document document(detail::read_text_file(path), path.string(), ".");
  return detail::read_framework(document, document.root(), "");
}

}  // namespace io
JIXIAO_END_NAMESPACE

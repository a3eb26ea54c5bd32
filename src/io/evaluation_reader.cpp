// Reading evaluations: "jixiao.evaluation/1" objects with their framework (inline or a file
// reference), facts and budget block. Whole files are read by text_file.cpp.
#include <jixiao/version.hpp>
#include "readers.hpp"
#include "text_file.hpp"

#include <jixiao/io/evaluation_file.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

FactValue read_fact(const Document& document, const JsonValue& value, const std::string& path) {
  switch (value.type) {
    case JsonValue::Type::number:
      return read_decimal(document, value, path);
    case JsonValue::Type::string:
      return value.text;  // numeric text is read as a number by rules
    case JsonValue::Type::boolean:
      return value.boolean;
    default:
      document.fail(ErrorCode::wrong_type, value, path,
                    std::string("expected a number, text or true/false, found ") +
                        JsonValue::type_name(value.type));
  }
}

// A fact the leaf's rule reads as a percentage, as its fraction (what a C++ caller gives):
// "98%" (or 98％, 98百分比) is 0.98, and a bare number is read by the framework's convention
// (713 when it declares none). Text that is no number is left to the rule to refuse.
FactValue read_percent_fact(const Document& document, const JsonValue& value,
                            const std::string& path, PercentNumbers convention,
                            const std::string& name) {
  if (value.type == JsonValue::Type::string) {
    bool written_as_percent = false;
    const std::string normalized =
        jixiao::detail::normalize_percent(value.text, written_as_percent);
    try {
      (void)Decimal::parse(normalized);
    } catch (const Error&) {
      return value.text;  // "达成": not a number; the rule says so
    }
  } else if (value.type != JsonValue::Type::number) {
    return read_fact(document, value, path);
  }
  return read_percentage(document, value, path, convention, name);
}

void read_facts(const Document& document, const JsonValue& value, const std::string& path,
                EvaluationFile& file) {
  // A map from codes to facts, not an object of fields: every key is data (and looking each
  // one up as a field would make a large file quadratic).
  const ObjectReader facts(document, value, path);
  for (const auto& [code, leaf] : value.members) {
    const std::string leaf_path = facts.path_of(code);
    ObjectReader leaf_reader(document, leaf, leaf_path);
    LeafFacts& out = file.evaluation.facts[code];
    // The inputs the leaf's rule reads as percentages.
    std::vector<std::string> percent_inputs;
    if (const Indicator* indicator = file.framework.root.find(code);
        indicator && indicator->is_leaf() && indicator->rule) {
      percent_inputs = indicator->rule->percent_inputs(*indicator);
    }
    for (const auto& [name, fact] : leaf.members) {
      if (name == "不适用") {
        if (fact.type != JsonValue::Type::string) {
          document.fail(ErrorCode::wrong_type, fact, leaf_reader.path_of(name),
                        "\"不适用\" takes the reason (text)");
        }
        out.not_applicable(fact.text);
      } else if (fact.type == JsonValue::Type::null) {
        const std::string fact_path = leaf_reader.path_of(name);
        file.blanks.push_back({code, name, document.locate(fact, fact_path)});
      } else if (std::find(percent_inputs.begin(), percent_inputs.end(), name) !=
                 percent_inputs.end()) {
        out.set(name, read_percent_fact(document, fact, leaf_reader.path_of(name),
                                        file.framework.percent_numbers, code + " " + name));
      } else {
        out.set(name, read_fact(document, fact, leaf_reader.path_of(name)));
      }
    }
    file.fact_locations.emplace(code, document.locate(leaf, leaf_path));
  }
}

std::vector<BudgetLine> read_lines(ObjectReader& budget, std::string_view key) {
  std::vector<BudgetLine> lines;
  const JsonValue* list = budget.optional(key);
  if (!list) return lines;
  if (list->type != JsonValue::Type::array)
    budget.wrong_type(*list, budget.path_of(key), "an array");
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    ObjectReader line(budget.document(), list->items[i],
                      budget.path_of(key) + "/" + std::to_string(i));
    BudgetLine read{line.text("name"), line.decimal("amount"), line.optional_decimal("spent"),
                    line.optional_decimal("initial")};
    lines.push_back(std::move(read));
    line.finish();
  }
  return lines;
}

Budget read_budget(const Document& document, const JsonValue& value, const std::string& path) {
  ObjectReader object(document, value, path);
  Budget budget;
  if (const auto unit = object.optional_text("unit")) budget.unit = *unit;
  // Amounts of money are never negative: a sign here is a spreadsheet slip, not data.
  const auto amount = [&](std::string_view key, const Decimal& money) {
    if (money.signum() < 0) {
      object.fail(ErrorCode::invalid_value, *object.optional(key), object.path_of(key),
                  "a budget amount cannot be negative (" + money.to_string() + ")");
    }
    return money;
  };
  if (const auto initial = object.optional_decimal("initial")) {
    budget.initial = amount("initial", *initial);
  }
  budget.adjusted = amount("adjusted", object.decimal("adjusted"));
  if (const auto received = object.optional_decimal("received")) {
    budget.received = amount("received", *received);
  }
  budget.spent = amount("spent", object.decimal("spent"));
  budget.sources = read_lines(object, "sources");
  budget.uses = read_lines(object, "uses");
  object.finish();
  return budget;
}

// One printed number: {"what": "得分", "indicator": "1", "value": 20.00, "where": "四（一）"}.
PrintedNumber read_printed_number(const Document& document, const JsonValue& value,
                                  const std::string& path, const Framework& framework) {
  ObjectReader object(document, value, path);
  PrintedNumber out;
  const JsonValue& what = object.required("what");
  const std::optional<PrintedQuantity> quantity =
      what.type == JsonValue::Type::string ? printed_quantity(what.text) : std::nullopt;
  if (!quantity) {
    std::string known;
    for (int i = 0; i <= static_cast<int>(PrintedQuantity::actual); ++i) {
      known += (known.empty() ? "" : "、") + std::string(wording(static_cast<PrintedQuantity>(i)));
    }
    object.fail(ErrorCode::invalid_value, what, object.path_of("what"),
                "unknown printed quantity; \"what\" is one of " + known);
  }
  out.what = *quantity;
  out.where = object.optional_text("where").value_or("");
  const bool needs_indicator = out.what == PrintedQuantity::score ||
                               out.what == PrintedQuantity::score_rate ||
                               out.what == PrintedQuantity::actual;
  const bool takes_indicator = needs_indicator || out.what == PrintedQuantity::indicator_count ||
                               out.what == PrintedQuantity::full_marks_count ||
                               out.what == PrintedQuantity::deducted_count;
  if (takes_indicator) {
    if (const JsonValue* code =
            needs_indicator ? &object.required("indicator") : object.optional("indicator")) {
      out.indicator = object.text("indicator");
      const Indicator* node = framework.root.find(out.indicator);
      if (!node || out.indicator.empty()) {
        object.fail(ErrorCode::invalid_value, *code, object.path_of("indicator"),
                    "the framework has no indicator \"" + out.indicator + "\"");
      }
    }
  }
  if (out.what == PrintedQuantity::source || out.what == PrintedQuantity::use) {
    out.name = object.text("name");
  }
  if (out.what == PrintedQuantity::ratio) {
    out.numerator = object.decimal("numerator");
    out.denominator = object.decimal("denominator");
  }
  const JsonValue& printed = object.required("value");
  if (out.what == PrintedQuantity::grade) {
    out.text = object.text("value");
  } else {
    out.value = read_decimal(document, printed, object.path_of("value"));
    // A rate is a percentage however it is written: "34.79%", or a fraction as a number
    // (0.3479) or as numeric text ("0.3479"), as everywhere in the format. (Text without "%"
    // once kept percent off, and a file written back then read as a different number.)
    out.percent = is_rate(out.what) || (printed.type == JsonValue::Type::string &&
                                        printed.text.find('%') != std::string::npos);
  }
  object.finish();
  return out;
}

}  // namespace

}  // namespace io::detail
JIXIAO_END_NAMESPACE

JIXIAO_BEGIN_NAMESPACE
namespace io {

EvaluationFile parse_evaluation(std::string text, std::string source,
                                const std::filesystem::path& base_directory) {
  const detail::Document document(std::move(text), source, base_directory);
  detail::ObjectReader object(document, document.root(), "");
  detail::require_format(object, detail::evaluation_format);
  EvaluationFile file;
  file.source = std::move(source);
  file.evaluation.title = object.optional_text("title").value_or("");
  const detail::JsonValue& framework = object.required("framework");
  if (framework.type == detail::JsonValue::Type::string) {
    // A reference to a framework file, relative to this file.
    const std::filesystem::path reference = base_directory / framework.text;
    file.framework_file = framework.text;
    try {
      const detail::Document framework_document(detail::read_referenced_file(reference),
                                                reference.string(), ".");
      file.framework = detail::read_framework(framework_document, framework_document.root(), "",
                                              &file.indicator_locations);
    } catch (const InputError& e) {
      if (e.code() != ErrorCode::unreadable_file) throw;
      document.fail(
          ErrorCode::unreadable_file, framework, "/framework",
          "the framework file \"" + reference.string() + "\" cannot be read (" + e.message() + ")");
    }
  } else {
    file.framework =
        detail::read_framework(document, framework, "/framework", &file.indicator_locations);
  }
  if (const detail::JsonValue* facts = object.optional("facts")) {
    detail::read_facts(document, *facts, "/facts", file);
  }
  if (const detail::JsonValue* budget = object.optional("budget")) {
    file.evaluation.budget = detail::read_budget(document, *budget, "/budget");
  }
  if (const detail::JsonValue* printed = object.optional("printed")) {
    if (printed->type != detail::JsonValue::Type::array) {
      object.wrong_type(*printed, "/printed", "an array");
    }
    for (std::size_t i = 0; i < printed->items.size(); ++i) {
      const std::string path = "/printed/" + std::to_string(i);
      file.evaluation.printed.push_back(
          detail::read_printed_number(document, printed->items[i], path, file.framework));
      file.printed_locations.push_back(document.locate(printed->items[i], path));
    }
  }
  object.finish();
  return file;
}

EvaluationFile read_evaluation_file(const std::filesystem::path& path) {
  const std::filesystem::path base =
      path.string() == "-" ? std::filesystem::path(".") : path.parent_path();
  return parse_evaluation(detail::read_text_file(path), path.string(), base.empty() ? "." : base);
}

}  // namespace io
JIXIAO_END_NAMESPACE

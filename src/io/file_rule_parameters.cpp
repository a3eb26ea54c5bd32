// io::RuleParameters over a rule object of a JSON file (file_rule_parameters.hpp).
#include <jixiao/version.hpp>
#include "file_rule_parameters.hpp"
#include "readers.hpp"

#include <jixiao/detail/formula_lexer.hpp>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

bool FileRuleParameters::has(std::string_view key) const {
  return object_.value().find(key) != nullptr;
}

std::string FileRuleParameters::text(std::string_view key) { return object_.text(key); }

std::optional<std::string> FileRuleParameters::optional_text(std::string_view key) {
  return object_.optional_text(key);
}

std::vector<std::string> FileRuleParameters::texts(std::string_view key) {
  const JsonValue& list = object_.required(key);
  if (list.type != JsonValue::Type::array) {
    object_.wrong_type(list, object_.path_of(key), "an array of text");
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    if (list.items[i].type != JsonValue::Type::string) {
      object_.wrong_type(list.items[i], object_.path_of(key) + "/" + std::to_string(i), "text");
    }
    out.push_back(list.items[i].text);
  }
  return out;
}

Decimal FileRuleParameters::number(std::string_view key) { return object_.decimal(key); }

std::optional<Decimal> FileRuleParameters::optional_number(std::string_view key) {
  return object_.optional_decimal(key);
}

int FileRuleParameters::integer(std::string_view key) { return object_.integer(key); }

bool FileRuleParameters::flag(std::string_view key) { return object_.boolean(key); }

Decimal FileRuleParameters::percentage(std::string_view key) {
  return read_percentage(object_.document(), object_.required(key), object_.path_of(key), percent_,
                         std::string(key));
}

Quantity FileRuleParameters::quantity(std::string_view key) {
  return read_quantity(object_.document(), object_.required(key), object_.path_of(key));
}

std::optional<Quantity> FileRuleParameters::optional_quantity(std::string_view key) {
  const JsonValue* value = object_.optional(key);
  if (!value) return std::nullopt;
  return read_quantity(object_.document(), *value, object_.path_of(key));
}

Interval FileRuleParameters::interval(std::string_view key, bool percent) {
  return read_interval(object_.document(), object_.required(key), object_.path_of(key),
                       percent ? std::optional<PercentNumbers>(percent_) : std::nullopt);
}

std::optional<RoundingStep> FileRuleParameters::optional_rounding(std::string_view key) {
  const JsonValue* value = object_.optional(key);
  if (!value) return std::nullopt;
  return read_rounding_step(object_.document(), *value, object_.path_of(key));
}

Formula FileRuleParameters::formula(std::string_view key) {
  const JsonValue& text = object_.required(key);
  if (text.type != JsonValue::Type::string) object_.wrong_type(text, object_.path_of(key), "text");
  try {
    return Formula::parse(text.text);
  } catch (const FormulaError& e) {
    // At the character the parser names, when the file writes the formula without escapes.
    object_.document().fail_inside(ErrorCode::invalid_value, text,
                                   jixiao::detail::byte_offset_of_column(text.text, e.column()),
                                   object_.path_of(key),
                                   "the formula cannot be read: " + std::string(e.message()));
  }
}

void FileRuleParameters::for_each(std::string_view key,
                                  const std::function<void(RuleParameters&)>& each) {
  const JsonValue& list = object_.required(key);
  if (list.type != JsonValue::Type::array) object_.wrong_type(list, object_.path_of(key), "an array");
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    ObjectReader item(object_.document(), list.items[i], object_.path_of(key) + "/" + std::to_string(i));
    FileRuleParameters fields(item, percent_);
    each(fields);
    item.finish();
  }
}

void FileRuleParameters::fail(std::string_view key, const std::string& what) const {
  const JsonValue* value = object_.value().find(key);
  object_.fail(ErrorCode::invalid_value, value ? *value : object_.value(),
               value ? object_.path_of(key) : object_.path(), what);
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE

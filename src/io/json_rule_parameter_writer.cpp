// io::RuleParameterWriter into a JSON object (json_rule_parameter_writer.hpp).
#include <jixiao/version.hpp>
#include "json_rule_parameter_writer.hpp"
#include "value_writing.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

void JsonRuleParameterWriter::text(std::string_view key, std::string_view value) {
  json_.key(key);
  json_.value(value);
}

void JsonRuleParameterWriter::texts(std::string_view key, const std::vector<std::string>& values) {
  json_.key(key);
  json_.begin_array();
  for (const std::string& value : values) json_.value(value);
  json_.end_array();
}

void JsonRuleParameterWriter::number(std::string_view key, const Decimal& value) {
  json_.key(key);
  json_.value(value);
}

void JsonRuleParameterWriter::integer(std::string_view key, int value) {
  json_.key(key);
  json_.value(value);
}

void JsonRuleParameterWriter::flag(std::string_view key, bool value) {
  json_.key(key);
  json_.value(value);
}

void JsonRuleParameterWriter::percentage(std::string_view key, const Decimal& fraction) {
  json_.key(key);
  json_.value(percent_text(fraction));
}

void JsonRuleParameterWriter::quantity(std::string_view key, const Quantity& value) {
  write_quantity(json_, key, rename_(value));
}

void JsonRuleParameterWriter::input(std::string_view key, const std::string& name) {
  json_.key(key);
  json_.value(rename_(Quantity::input(name)).numerator());
}

void JsonRuleParameterWriter::interval(std::string_view key, const Interval& value, bool percent) {
  json_.key(key);
  json_.value(interval_text(value, percent));
}

void JsonRuleParameterWriter::rounding(std::string_view key, const RoundingStep& step) {
  write_step(json_, key, step);
}

void JsonRuleParameterWriter::formula(std::string_view key, const Formula& value) {
  // A formula of one number fact restates for another name (a table's 实际完成值); one of
  // several facts is written as it is, and `rename` is not asked.
  Formula formula = value;
  const std::vector<Formula::Input> inputs = formula.inputs();
  if (inputs.size() == 1 && inputs[0].type == FormulaType::number) {
    const Quantity read = inputs[0].percent ? Quantity::percent(inputs[0].name)
                                            : Quantity::input(inputs[0].name);
    const std::string renamed = rename_(read).numerator();
    if (renamed != inputs[0].name) formula = formula.with_fact_renamed(inputs[0].name, renamed);
  }
  json_.key(key);
  json_.value(formula.text());
}

void JsonRuleParameterWriter::begin_list(std::string_view key) {
  json_.key(key);
  json_.begin_array();
}

void JsonRuleParameterWriter::begin_item() { json_.begin_object(); }

void JsonRuleParameterWriter::end_item() { json_.end_object(); }

void JsonRuleParameterWriter::end_list() { json_.end_array(); }

}  // namespace io::detail
JIXIAO_END_NAMESPACE

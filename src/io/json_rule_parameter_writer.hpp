// Internal: io::RuleParameterWriter into a JSON object, renaming what the rule reads when it
// is restated for a score table (rule_writer.hpp).
#ifndef JIXIAO_SRC_IO_JSON_RULE_PARAMETER_WRITER_HPP
#define JIXIAO_SRC_IO_JSON_RULE_PARAMETER_WRITER_HPP

#include <jixiao/version.hpp>
#include "json_writer.hpp"
#include "rule_writer.hpp"

#include <jixiao/io/rule_parameter_writer.hpp>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

class JsonRuleParameterWriter final : public RuleParameterWriter {
 public:
  // Writes into the object `json` is in; each input a value is read from through `rename`.
  JsonRuleParameterWriter(JsonWriter& json, InputRename rename)
      : json_(json), rename_(std::move(rename)) {}

  void text(std::string_view key, std::string_view value) override;
  void texts(std::string_view key, const std::vector<std::string>& values) override;
  void number(std::string_view key, const Decimal& value) override;
  void integer(std::string_view key, int value) override;
  void flag(std::string_view key, bool value) override;
  void percentage(std::string_view key, const Decimal& fraction) override;
  void quantity(std::string_view key, const Quantity& value) override;
  void input(std::string_view key, const std::string& name) override;
  void interval(std::string_view key, const Interval& value, bool percent) override;
  void rounding(std::string_view key, const RoundingStep& step) override;
  void formula(std::string_view key, const Formula& value) override;
  void begin_list(std::string_view key) override;
  void begin_item() override;
  void end_item() override;
  void end_list() override;

 private:
  JsonWriter& json_;
  InputRename rename_;
};

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_JSON_RULE_PARAMETER_WRITER_HPP

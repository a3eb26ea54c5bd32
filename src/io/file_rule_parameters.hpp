// Internal: io::RuleParameters over one rule object of a JSON file, every error located at
// its field (file, line, column, JSON path).
#ifndef JIXIAO_SRC_IO_FILE_RULE_PARAMETERS_HPP
#define JIXIAO_SRC_IO_FILE_RULE_PARAMETERS_HPP

#include <jixiao/version.hpp>
#include "document.hpp"

#include <jixiao/io/rule_parameters.hpp>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

class FileRuleParameters final : public RuleParameters {
 public:
  // The fields of `object`; bare numbers where a percentage is expected read by `percent`.
  FileRuleParameters(ObjectReader& object, PercentNumbers percent)
      : object_(object), percent_(percent) {}

  bool has(std::string_view key) const override;
  std::string text(std::string_view key) override;
  std::optional<std::string> optional_text(std::string_view key) override;
  std::vector<std::string> texts(std::string_view key) override;
  Decimal number(std::string_view key) override;
  std::optional<Decimal> optional_number(std::string_view key) override;
  int integer(std::string_view key) override;
  bool flag(std::string_view key) override;
  Decimal percentage(std::string_view key) override;
  Quantity quantity(std::string_view key) override;
  std::optional<Quantity> optional_quantity(std::string_view key) override;
  Interval interval(std::string_view key, bool percent) override;
  std::optional<RoundingStep> optional_rounding(std::string_view key) override;
  Formula formula(std::string_view key) override;
  void for_each(std::string_view key, const std::function<void(RuleParameters&)>& each) override;
  PercentNumbers percent_numbers() const noexcept override { return percent_; }
  [[noreturn]] void fail(std::string_view key, const std::string& what) const override;

 private:
  ObjectReader& object_;
  PercentNumbers percent_;
};

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_FILE_RULE_PARAMETERS_HPP

/// @file io/rule_parameter_writer.hpp
/// @brief jixiao::io::RuleParameterWriter: how a rule kind writes its rule's fields back, in
///        forms its reader takes back unchanged.
#ifndef JIXIAO_IO_RULE_PARAMETER_WRITER_HPP
#define JIXIAO_IO_RULE_PARAMETER_WRITER_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/formula.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/version.hpp>

#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief The fields of one rule object as its kind's writer (RuleKind::write) gives them;
/// the `"kind"` field is written before.
///
/// Each method writes one field in the form the matching RuleParameters accessor reads back
/// unchanged: numbers as exact decimal tokens with their scale (`0.50` stays `0.50`),
/// percentages with `%`, quantities and intervals in their notation, a formula as written.
/// Fields are written in the order of the calls.
///
/// Where a rule is restated for a score table (a fill-in 自评表, whose rows give a
/// 实际完成值), the writer renames what the rule reads: quantity(), input() and formula()
/// may then write another name than they were given, so a kind that writes the inputs it
/// reads through them is restated correctly too.
class RuleParameterWriter {
 public:
  virtual ~RuleParameterWriter() = default;

  /// A text field.
  virtual void text(std::string_view key, std::string_view value) = 0;
  /// An array of texts.
  virtual void texts(std::string_view key, const std::vector<std::string>& values) = 0;
  /// An exact number.
  virtual void number(std::string_view key, const Decimal& value) = 0;
  /// A whole number.
  virtual void integer(std::string_view key, int value) = 0;
  /// `true` or `false`.
  virtual void flag(std::string_view key, bool value) = 0;
  /// A fraction written as a percentage (0.95 → `"95%"`, 0.3479 → `"34.79%"`), exactly.
  virtual void percentage(std::string_view key, const Decimal& fraction) = 0;
  /// What a rule reads a value from, in its shortest notation.
  virtual void quantity(std::string_view key, const Quantity& value) = 0;
  /// The name of a fact the rule reads a value from (as a text).
  virtual void input(std::string_view key, const std::string& name) = 0;
  /// An interval in interval notation; with `percent`, its bounds as percentages.
  virtual void interval(std::string_view key, const Interval& value, bool percent) = 0;
  /// A rounding step `{"places": …, "mode": …}`.
  virtual void rounding(std::string_view key, const RoundingStep& step) = 0;
  /// A formula, as written.
  virtual void formula(std::string_view key, const Formula& value) = 0;

  /// Starts the array field `key`; then begin_item() … end_item() for each object in it,
  /// and end_list().
  virtual void begin_list(std::string_view key) = 0;
  /// Starts the next object of the array.
  virtual void begin_item() = 0;
  /// Ends the object begun by begin_item().
  virtual void end_item() = 0;
  /// Ends the array begun by begin_list().
  virtual void end_list() = 0;

 protected:
  /// Implemented by the file adapters of jixiao::io.
  RuleParameterWriter() = default;
};

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_RULE_PARAMETER_WRITER_HPP

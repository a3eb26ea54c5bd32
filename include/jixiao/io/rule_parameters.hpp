/// @file io/rule_parameters.hpp
/// @brief jixiao::io::RuleParameters: the fields of one rule object in a file, as a rule
///        kind's reader takes them, every error located.
#ifndef JIXIAO_IO_RULE_PARAMETERS_HPP
#define JIXIAO_IO_RULE_PARAMETERS_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/formula.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/percent_numbers.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/version.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief The fields of one rule object (`{"kind": "per_trainee", "per": 0.5}`), read by the
/// reader of its kind (RuleKind::read).
///
/// Each accessor reads one field and marks it read; a field of the object that no accessor
/// read is refused once the reader returns (id 703, "unknown field"), so a typo is never
/// ignored. Every refusal is an InputError with the file, line, column and JSON path of the
/// field: a missing required field is 704, a wrong JSON type 702, a value the accessor cannot
/// take 705. Numbers are exact: `0.5` is the Decimal 0.5, never a double.
///
/// The object is the reader's only while its reader runs: do not keep a reference.
/// It is an interface so that a rule kind in a plugin needs no symbol of the host's library.
class RuleParameters {
 public:
  virtual ~RuleParameters() = default;

  /// Whether the object has field `key` (it is not marked read).
  [[nodiscard]] virtual bool has(std::string_view key) const = 0;

  /// A text field.
  [[nodiscard]] virtual std::string text(std::string_view key) = 0;
  /// A text field, or no value when it is absent.
  [[nodiscard]] virtual std::optional<std::string> optional_text(std::string_view key) = 0;
  /// An array of texts (`["达成", "基本达成"]`).
  [[nodiscard]] virtual std::vector<std::string> texts(std::string_view key) = 0;

  /// An exact number: a JSON number token or a numeric text (`"1,994.00"`, `"34.79%"`).
  [[nodiscard]] virtual Decimal number(std::string_view key) = 0;
  /// A number, or no value when it is absent.
  [[nodiscard]] virtual std::optional<Decimal> optional_number(std::string_view key) = 0;
  /// A whole number that fits an `int`.
  [[nodiscard]] virtual int integer(std::string_view key) = 0;
  /// `true` or `false`.
  [[nodiscard]] virtual bool flag(std::string_view key) = 0;
  /// A percentage as a fraction: `"95%"` is 0.95; a bare number is read by the file's
  /// `percent_numbers` convention (without one it is refused, 713).
  [[nodiscard]] virtual Decimal percentage(std::string_view key) = 0;

  /// What a rule reads a value from: `"名称"`, `"分子/分母"`, or an object form
  /// (`{"percent": "名称"}`, `{"ratio": ["a", "b"]}`) as in docs/file-format.md.
  [[nodiscard]] virtual Quantity quantity(std::string_view key) = 0;
  /// A quantity, or no value when it is absent.
  [[nodiscard]] virtual std::optional<Quantity> optional_quantity(std::string_view key) = 0;
  /// An interval in interval notation (`"[90%, 100%]"`, `"(-∞, 5]"`, `"=0"`). With
  /// `percent`, a bare bound is a percentage read by the file's convention.
  [[nodiscard]] virtual Interval interval(std::string_view key, bool percent) = 0;
  /// A rounding step `{"places": 4, "mode": "half_up"}`, or no value when it is absent.
  [[nodiscard]] virtual std::optional<RoundingStep> optional_rounding(std::string_view key) = 0;
  /// A formula (jixiao::Formula); one that cannot be read is refused at the line and column
  /// inside its text.
  [[nodiscard]] virtual Formula formula(std::string_view key) = 0;

  /// Calls `each` with the fields of every object of the array `key`, in order (each object
  /// is checked for unknown fields after its call).
  virtual void for_each(std::string_view key,
                        const std::function<void(RuleParameters& item)>& each) = 0;

  /// The file's convention for bare numbers where a percentage is expected.
  [[nodiscard]] virtual PercentNumbers percent_numbers() const noexcept = 0;

  /// Refuses the value of field `key` (or the object, when it has no such field) with id
  /// 705 and `what`, located there: for a value the kind cannot take.
  [[noreturn]] virtual void fail(std::string_view key, const std::string& what) const = 0;

  /// A field whose text is one of `choices`, or `fallback` when it is absent; any other
  /// text is refused with the list of choices.
  template <class Enum>
  [[nodiscard]] Enum choice(std::string_view key, Enum fallback,
                            std::initializer_list<std::pair<std::string_view, Enum>> choices) {
    const std::optional<std::string> written = optional_text(key);
    if (!written) return fallback;
    std::string allowed;
    for (const auto& [name, value] : choices) {
      if (*written == name) return value;
      allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    }
    fail(key, "expected one of " + allowed);
    return fallback;  // not reached: fail() throws (compilers do not see [[noreturn]] on a virtual call)
  }

 protected:
  /// Implemented by the file adapters of jixiao::io.
  RuleParameters() = default;
};

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_RULE_PARAMETERS_HPP

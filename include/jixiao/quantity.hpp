/// @file quantity.hpp
/// @brief jixiao::Quantity, the number a rule scores: one input, or the exact quotient of
///        two inputs (a rate such as 实际支出资金 / 实际到位资金).
#ifndef JIXIAO_QUANTITY_HPP
#define JIXIAO_QUANTITY_HPP

#include <jixiao/compiled_rule.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/detail/small_ratio.hpp>
#include <jixiao/format.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief Where a rule's number comes from, and how it is shown.
///
/// Rates are written out as the reports do: `Quantity::ratio("实际支出资金", "实际到位资金")`
/// reads both amounts, keeps the quotient exact, and shows it as `（693.68/1994）×100.00%`
/// = `34.79%`. Denominators differ between provinces (支出/到位, 执行数/调整后预算数, …), which
/// is why both inputs are named explicitly.
/// @code
/// auto execution = jixiao::Quantity::ratio("实际支出资金", "实际到位资金");  // a rate
/// auto completion = jixiao::Quantity::percent("实际完成值");  // a rate given as 0.3479
/// auto count = jixiao::Quantity::input("支出分类数");            // a plain number
/// @endcode
class Quantity {
 public:
  /// The value read, exactly, and the expression that produced it.
  struct Value {
    Ratio exact;             ///< The exact value (a fraction for rates).
    std::string expression;  ///< e.g. "（693.68/1994）×100.00%"; empty for a plain input.
    std::string exact_text;  ///< The value exactly, for formulas: "（693.68/1994）", "34.79%", "5".
  };

  /// A number input, shown as a plain number (e.g. "5").
  static Quantity input(std::string name) { return Quantity(std::move(name), "", false); }
  /// A number input holding a rate as a fraction (0.3479), shown as a percentage ("34.79%").
  static Quantity percent(std::string name) { return Quantity(std::move(name), "", true); }
  /// The exact quotient numerator / denominator of two number inputs, shown as a percentage.
  static Quantity ratio(std::string numerator, std::string denominator) {
    return Quantity(std::move(numerator), std::move(denominator), true);
  }

  /// Whether the value is a rate shown as a percentage.
  [[nodiscard]] bool is_percent() const noexcept { return percent_; }
  /// Whether it is the quotient of two inputs.
  [[nodiscard]] bool is_ratio() const noexcept { return !denominator_.empty(); }
  /// The input read (for a ratio: the numerator).
  [[nodiscard]] const std::string& numerator() const noexcept { return numerator_; }
  /// The denominator's input; empty unless is_ratio().
  [[nodiscard]] const std::string& denominator() const noexcept { return denominator_; }
  /// The input that holds a percentage: a percent quantity's input; none for a plain input
  /// or a ratio (whose inputs are amounts).
  [[nodiscard]] std::vector<std::string> percent_inputs() const {
    if (percent_ && !is_ratio()) return {numerator_};
    return {};
  }
  /// The inputs it reads, as the criterion names them: "实际支出资金/实际到位资金".
  [[nodiscard]] std::string description() const {
    return is_ratio() ? numerator_ + "/" + denominator_ : numerator_;
  }

  /// Reads the value from the facts.
  /// @throws ScoringError for a missing input, a non-number or a zero denominator.
  [[nodiscard]] Value read(const RuleContext& context) const {
    if (!is_ratio()) {
      const Decimal value = context.number(numerator_);
      return {Ratio(value), "", exact(value)};
    }
    const Ratio value = context.ratio(numerator_, denominator_);
    // Written with the inputs as read (a Ratio keeps its denominator positive).
    const std::string fraction =
        "（" + context.number(numerator_).strip_trailing_zeros().to_string() + "/" +
        context.number(denominator_).strip_trailing_zeros().to_string() + "）";
    return {value, fraction + "×100.00%", fraction};
  }

  /// Where a compiled rule finds this quantity's inputs in its leaf's part of a row.
  struct Slots {
    std::size_t numerator = 0;    ///< The input (for a ratio: the numerator).
    std::size_t denominator = 0;  ///< The denominator; unused unless is_ratio().
  };
  /// Declares the inputs this quantity reads (for Rule::compile()).
  [[nodiscard]] Slots declare(InputSlots& inputs) const {
    Slots slots;
    slots.numerator = inputs(numerator_);
    if (is_ratio()) slots.denominator = inputs(denominator_);
    return slots;
  }
  /// The exact value from a row, as read() computes it from facts.
  /// @throws CompiledRuleFailure or DivisionByZeroError when it cannot be read.
  [[nodiscard]] Ratio read(const InputValue* inputs, const Slots& slots) const {
    const Decimal value = detail::number_input(inputs[slots.numerator]);
    if (!is_ratio()) return Ratio(value);
    return Ratio(value, detail::number_input(inputs[slots.denominator]));
  }

  /// The exact value from a row in 64-bit arithmetic, for compiled rules.
  /// @throws CompiledRuleFailure when it cannot be read or does not fit.
  [[nodiscard]] detail::SmallRatio read_small(const InputValue* inputs, const Slots& slots) const {
    const Decimal value = detail::number_input(inputs[slots.numerator]);
    if (!is_ratio()) return detail::SmallRatio(value);
    return detail::SmallRatio(value, detail::number_input(inputs[slots.denominator]));
  }

  /// A decimal in this quantity's unit, exactly: "34.79%" for 0.3479 in percent, else "5".
  [[nodiscard]] std::string exact(const Decimal& value) const {
    return percent_ ? detail::exact_percent_text(value) : value.strip_trailing_zeros().to_string();
  }

  /// `value` as this quantity is shown: "34.79%" (2 places of a percentage) or "5".
  [[nodiscard]] std::string show(const Ratio& value) const {
    if (percent_) {
      FixedFormat spec;
      spec.notation = Notation::percent;
      return format(value, spec);
    }
    return shown_plain(value);
  }

 private:
  Quantity(std::string numerator, std::string denominator, bool percent)
      : numerator_(std::move(numerator)), denominator_(std::move(denominator)), percent_(percent) {}

  // A plain value: exact when it is a decimal, else to 4 places (it only appears in traces).
  static std::string shown_plain(const Ratio& value) {
    if (value.denominator() == 1) return value.numerator().strip_trailing_zeros().to_string();
    return value.round(4, Rounding::half_up).strip_trailing_zeros().to_string();
  }

  std::string numerator_;
  std::string denominator_;
  bool percent_;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_QUANTITY_HPP

/// @file compiled_rule.hpp
/// @brief jixiao::CompiledRule: a rule prepared for batch scoring, reading its inputs by
///        position from an input row instead of by name, with no text and no allocation.
#ifndef JIXIAO_COMPILED_RULE_HPP
#define JIXIAO_COMPILED_RULE_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/contract.hpp>
#include <jixiao/error.hpp>
#include <jixiao/facts.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief One fact of an input row: absent, a number, a text or a yes/no.
///
/// A text is a view: it points into storage the caller keeps alive while the row is scored
/// (the line being read, or the labels of a rule), so filling a row allocates nothing.
class InputValue {
 public:
  /// What the value holds.
  enum class Type : unsigned char {
    absent,  ///< Not given.
    number,  ///< A Decimal.
    text,    ///< A text (a level such as "达成", or a number as written: "34.79%").
    flag,    ///< A yes/no.
  };
  /// Absent.
  constexpr InputValue() noexcept = default;
  /// A number.
  static InputValue of(const Decimal& number) noexcept {
    InputValue v;
    v.type_ = Type::number;
    v.number_ = number;
    return v;
  }
  /// A text, viewed (not copied).
  static InputValue of_text(std::string_view text) noexcept {
    InputValue v;
    v.type_ = Type::text;
    v.text_ = text;
    return v;
  }
  /// A yes/no.
  static InputValue of_flag(bool flag) noexcept {
    InputValue v;
    v.type_ = Type::flag;
    v.flag_ = flag;
    return v;
  }
  /// What it holds.
  [[nodiscard]] Type type() const noexcept { return type_; }
  /// The number; meaningful when type() is Type::number.
  [[nodiscard]] const Decimal& number() const noexcept { return number_; }
  /// The text; meaningful when type() is Type::text.
  [[nodiscard]] std::string_view text() const noexcept { return text_; }
  /// The yes/no; meaningful when type() is Type::flag.
  [[nodiscard]] bool flag() const noexcept { return flag_; }
  /// The value as a fact evaluate() reads, owning its text; not for an absent value.
  [[nodiscard]] FactValue to_fact() const {
    JIXIAO_EXPECTS(type_ != Type::absent);
    if (type_ == Type::number) return FactValue(number_);
    if (type_ == Type::text) return FactValue(std::string(text_));
    return FactValue(flag_);
  }

 private:
  Decimal number_;
  std::string_view text_;
  bool flag_ = false;
  Type type_ = Type::absent;
};

/// @brief Raised by a compiled rule when its inputs cannot be scored. It carries no message:
/// batch scoring then scores the row again through Rule::score(), whose error names the
/// indicator, the input and the reason, exactly as evaluate() does.
struct CompiledRuleFailure {};

namespace detail {

// The number in `value`: a number, or a text that parses as one ("1,994.00", "34.79%").
inline Decimal number_input(const InputValue& value) {
  if (value.type() == InputValue::Type::number) return value.number();
  if (value.type() == InputValue::Type::text) {
    try {
      return Decimal::parse(value.text());
    } catch (const Error&) {
      throw CompiledRuleFailure{};
    }
  }
  throw CompiledRuleFailure{};
}

// The text in `value`.
inline std::string_view text_input(const InputValue& value) {
  if (value.type() != InputValue::Type::text) throw CompiledRuleFailure{};
  return value.text();
}

}  // namespace detail

/// @brief The inputs of one leaf, as a rule declares them while it compiles: each name gets
/// a position in the leaf's part of the input row.
class InputSlots {
 public:
  /// The position of input `name`, declaring it on first use.
  std::size_t operator()(std::string_view name) {
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (names_[i] == name) return i;
    }
    names_.emplace_back(name);
    return names_.size() - 1;
  }
  /// The names declared, by position.
  [[nodiscard]] const std::vector<std::string>& names() const noexcept { return names_; }

 private:
  std::vector<std::string> names_;
};

/// @brief A rule prepared for one leaf (Rule::compile()): scores from the leaf's inputs by
/// position. It must compute exactly what Rule::score() computes for the same facts.
class CompiledRule {
 public:
  virtual ~CompiledRule() = default;
  /// The leaf's score rounded by `leaf` (the policy's leaf step), from the leaf's inputs,
  /// `inputs[i]` being the input declared at position i: what evaluate() would give.
  /// @throws CompiledRuleFailure (or any jixiao::Error) when the inputs cannot be scored.
  [[nodiscard]] virtual Decimal score(const InputValue* inputs, const RoundingStep& leaf) const = 0;

 protected:
  /// Created as derived classes only.
  CompiledRule() = default;
  /// Not copied: owned by a PreparedFramework.
  CompiledRule(const CompiledRule&) = delete;
  /// Not assigned.
  CompiledRule& operator=(const CompiledRule&) = delete;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_COMPILED_RULE_HPP

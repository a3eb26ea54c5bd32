/// @file facts.hpp
/// @brief jixiao::Facts: what an evaluation found, per indicator — the inputs rules score.
#ifndef JIXIAO_FACTS_HPP
#define JIXIAO_FACTS_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/contract.hpp>
#include <jixiao/version.hpp>

#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

JIXIAO_BEGIN_NAMESPACE

/// @brief One named fact: a number (amount, count, rate), a yes/no (a checkpoint met), or
/// text (a chosen level such as "达成", a reason).
///
/// A string literal is text, never a yes/no (as it would be in a plain std::variant), and a
/// `double` is rejected like everywhere else in jixiao.
class FactValue {
 public:
  /// A number.
  FactValue(const Decimal& number) : value_(number) {}  // NOLINT: implicit by design
  /// An integer, as a number.
  template <class Integer, std::enable_if_t<detail::is_plain_integer_v<Integer>, int> = 0>
  FactValue(Integer number) : value_(Decimal(number)) {}  // NOLINT
  /// A yes/no, e.g. whether a checkpoint (评价要点) is met.
  template <class Bool, std::enable_if_t<std::is_same_v<Bool, bool>, int> = 0>
  FactValue(Bool flag) : value_(flag) {}  // NOLINT
  /// Text, e.g. a level ("达成") or a reason.
  FactValue(std::string text) : value_(std::move(text)) {}  // NOLINT
  /// Text.
  FactValue(const char* text) : value_(std::string(text)) {}  // NOLINT
  /// Text.
  FactValue(std::string_view text) : value_(std::string(text)) {}  // NOLINT

  /// The number, or nullptr if this is not a number.
  [[nodiscard]] const Decimal* number() const noexcept { return std::get_if<Decimal>(&value_); }
  /// The yes/no, or nullptr if this is not one.
  [[nodiscard]] const bool* flag() const noexcept { return std::get_if<bool>(&value_); }
  /// The text, or nullptr if this is not text.
  [[nodiscard]] const std::string* text() const noexcept {
    return std::get_if<std::string>(&value_);
  }
  /// "number", "yes/no" or "text", for messages.
  [[nodiscard]] const char* type_name() const noexcept {
    return number() ? "number" : (flag() ? "yes/no" : "text");
  }
  /// The value as a report would quote it: "693.68", "是"/"否", or the text.
  [[nodiscard]] std::string to_string() const {
    if (const Decimal* n = number()) return n->to_string();
    if (const bool* f = flag()) return *f ? "是" : "否";
    return *text();
  }

 private:
  std::variant<Decimal, bool, std::string> value_;
};

/// @brief The facts of one leaf indicator, by name.
///
/// Names are the evaluator's own words, as the rule refers to them: "实际支出资金",
/// "实际到位资金", "满意人数", "评分理由". A leaf can also be declared not applicable (不适用).
/// @code
/// jixiao::LeafFacts execution{{"实际支出资金", 693.68_dec}, {"实际到位资金", 1994_dec}};
/// jixiao::LeafFacts judged{{"等级", "达成"}, {"得分", 10}};
/// @endcode
class LeafFacts {
 public:
  /// No facts.
  LeafFacts() = default;
  /// From name–value pairs.
  /// Each name at most once (a repeated name in code is a typo, not data: a broken precondition).
  LeafFacts(std::initializer_list<std::pair<const std::string, FactValue>> values)
      : values_(values) {
    JIXIAO_EXPECTS(values_.size() == values.size() && "a fact name is given twice");
  }

  /// Sets (or replaces) one fact; returns *this for chaining.
  LeafFacts& set(std::string name, FactValue value) {
    values_.insert_or_assign(std::move(name), std::move(value));
    return *this;
  }
  /// The fact called `name`, or nullptr.
  [[nodiscard]] const FactValue* find(std::string_view name) const {
    const auto found = values_.find(name);
    return found == values_.end() ? nullptr : &found->second;
  }
  /// Every fact, by name.
  [[nodiscard]] const std::map<std::string, FactValue, std::less<>>& values() const noexcept {
    return values_;
  }

  /// Declares the indicator not applicable (不适用), with the reason; see NotApplicablePolicy.
  LeafFacts& not_applicable(std::string reason) {
    not_applicable_ = true;
    not_applicable_reason_ = std::move(reason);
    return *this;
  }
  /// Whether the indicator was declared not applicable.
  [[nodiscard]] bool is_not_applicable() const noexcept { return not_applicable_; }
  /// Why it is not applicable.
  [[nodiscard]] const std::string& not_applicable_reason() const noexcept {
    return not_applicable_reason_;
  }

 private:
  std::map<std::string, FactValue, std::less<>> values_;
  bool not_applicable_ = false;
  std::string not_applicable_reason_;
};

/// @brief The facts of a whole evaluation: LeafFacts by indicator code.
class Facts {
 public:
  /// No facts.
  Facts() = default;
  /// From code–facts pairs.
  /// Each code at most once (a repeated code in code is a typo: a broken precondition).
  Facts(std::initializer_list<std::pair<const std::string, LeafFacts>> leaves) : leaves_(leaves) {
    JIXIAO_EXPECTS(leaves_.size() == leaves.size() && "an indicator code is given twice");
  }

  /// The facts of indicator `code`, created empty if absent; for filling in.
  LeafFacts& operator[](const std::string& code) { return leaves_[code]; }
  /// The facts of indicator `code`, or nullptr.
  [[nodiscard]] const LeafFacts* find(std::string_view code) const {
    const auto found = leaves_.find(code);
    return found == leaves_.end() ? nullptr : &found->second;
  }
  /// Every indicator's facts, by code.
  [[nodiscard]] const std::map<std::string, LeafFacts, std::less<>>& leaves() const noexcept {
    return leaves_;
  }

 private:
  std::map<std::string, LeafFacts, std::less<>> leaves_;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_FACTS_HPP

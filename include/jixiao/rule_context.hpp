/// @file rule_context.hpp
/// @brief jixiao::RuleContext: what a rule sees while it scores one leaf — the indicator,
///        its facts, the rounding policy and the trace — with errors that name the indicator.
#ifndef JIXIAO_RULE_CONTEXT_HPP
#define JIXIAO_RULE_CONTEXT_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/facts.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/trace.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE

/// @brief The scoring context of one leaf, handed to Rule::score().
///
/// Inputs are read by name; each read is recorded in the trace, and a missing input or an
/// input of the wrong type raises a ScoringError that names the indicator and the input, e.g.
/// `[jixiao.invalid_facts.601] 2.1.2 预算执行率: input "实际到位资金" is missing`.
class RuleContext {
 public:
  /// A context for `leaf`, reading `facts`, rounding by `policy`, recording into `trace`.
  RuleContext(const Indicator& leaf, const LeafFacts& facts, const RoundingPolicy& policy,
              Trace& trace)
      : leaf_(leaf), facts_(facts), policy_(policy), trace_(trace) {}

  /// The leaf being scored.
  [[nodiscard]] const Indicator& indicator() const noexcept { return leaf_; }
  /// Its 分值 (the full score).
  [[nodiscard]] const Decimal& points() const noexcept { return leaf_.points; }
  /// Its facts.
  [[nodiscard]] const LeafFacts& facts() const noexcept { return facts_; }
  /// The evaluation's rounding policy.
  [[nodiscard]] const RoundingPolicy& policy() const noexcept { return policy_; }
  /// The trace being recorded.
  [[nodiscard]] Trace& trace() const noexcept { return trace_; }

  /// The number called `name`. Text that reads as a decimal ("1,994.00", "34.79%", as files
  /// and spreadsheets give them) is accepted; other text ("完成") is not.
  /// @throws ScoringError 601 if missing, 602 if not a number.
  [[nodiscard]] Decimal number(std::string_view name) const {
    const FactValue& value = require(name);
    Decimal number;
    if (const Decimal* given = value.number()) {
      number = *given;
    } else if (const std::string* text = value.text()) {
      try {
        number = Decimal::parse(*text);
      } catch (const Error&) {
        wrong_type(name, value, "a number");
      }
    } else {
      wrong_type(name, value, "a number");
    }
    trace_.input(std::string(name), number.to_string());
    return number;
  }
  /// The number called `name`, or nothing if absent. @throws ScoringError 602 if not a number.
  [[nodiscard]] std::optional<Decimal> optional_number(std::string_view name) const {
    if (!facts_.find(name)) return std::nullopt;
    return number(name);
  }
  /// The yes/no called `name`. @throws ScoringError 601 if missing, 602 if not a yes/no.
  [[nodiscard]] bool flag(std::string_view name) const {
    const FactValue& value = require(name);
    const bool* flag = value.flag();
    if (!flag) wrong_type(name, value, "yes/no");
    trace_.input(std::string(name), value.to_string());
    return *flag;
  }
  /// The text called `name`. @throws ScoringError 601 if missing, 602 if not text.
  [[nodiscard]] const std::string& text(std::string_view name) const {
    const FactValue& value = require(name);
    const std::string* text = value.text();
    if (!text) wrong_type(name, value, "text");
    trace_.input(std::string(name), *text);
    return *text;
  }
  /// The text called `name`, or nothing if absent. @throws ScoringError 602 if not text.
  [[nodiscard]] std::optional<std::string> optional_text(std::string_view name) const {
    if (!facts_.find(name)) return std::nullopt;
    return text(name);
  }

  /// The exact quotient of two number inputs.
  /// @throws ScoringError 603 if the denominator is zero (naming both inputs).
  [[nodiscard]] Ratio ratio(std::string_view numerator, std::string_view denominator) const {
    const Decimal n = number(numerator);
    const Decimal d = number(denominator);
    if (d.is_zero()) {
      fail(ErrorCode::zero_denominator, std::string(numerator) + "/" + std::string(denominator) +
                                            " = " + n.to_string() + "/" + d.to_string() +
                                            ": the denominator is zero");
    }
    return Ratio(n, d);
  }

  /// Raises a ScoringError with one Problem at this indicator: "code name: message".
  [[noreturn]] void fail(ErrorCode code, const std::string& message) const {
    throw ScoringError({Problem{code, leaf_.code, leaf_.label() + ": " + message}});
  }

 private:
  const FactValue& require(std::string_view name) const {
    const FactValue* value = facts_.find(name);
    if (!value) fail(ErrorCode::missing_input, "input \"" + std::string(name) + "\" is missing");
    return *value;
  }

  [[noreturn]] void wrong_type(std::string_view name, const FactValue& value,
                               const char* expected) const {
    fail(ErrorCode::invalid_input, "input \"" + std::string(name) + "\" must be " + expected +
                                       ", not " + value.type_name() + " \"" + value.to_string() +
                                       "\"");
  }

  const Indicator& leaf_;
  const LeafFacts& facts_;
  const RoundingPolicy& policy_;
  Trace& trace_;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RULE_CONTEXT_HPP

// Internal: running a formula's program on one leaf's facts, exactly.
//
// One function computes every value, for evaluate() (with the trace in report wording) and
// for batch scoring (without text), so the two cannot disagree. Numbers are exact rationals
// (jixiao::Ratio), reduced after each quotient so that a chain of steps stays far from the
// 38-digit limit; an overflow is an error, never a rounding. `and`, `or` and if() evaluate
// only what decides them, so `if(实际到位资金 = 0, 0, 实际支出资金 / 实际到位资金 × 分值)`
// never divides by zero and a fact read only in a branch not taken may be absent.
#ifndef JIXIAO_DETAIL_FORMULA_EVALUATOR_HPP
#define JIXIAO_DETAIL_FORMULA_EVALUATOR_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/formula_parser.hpp>
#include <jixiao/detail/int128.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/error.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/version.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace detail {

/// A value while a formula runs.
struct FormulaValue {
  Ratio number{Decimal()};
  bool flag = false;
  std::string_view text;
};

/// `value` in lowest terms: a decimal when it is one (1/4 → 0.25), else n/d with integer d.
/// Left as it is when its parts are too large to reduce within 128 bits.
inline Ratio reduced(const Ratio& value) {
  using Access = DecimalAccess;
  const int128 n = Access::coefficient(value.numerator());
  const int128 d = Access::coefficient(value.denominator());
  if (n == 0) return Ratio(Decimal());
  uint128 top = magnitude(n);
  uint128 bottom = magnitude(d);
  for (uint128 a = top, b = bottom; b != 0;) {  // gcd
    const uint128 rest = a % b;
    a = b;
    b = rest;
    if (b == 0) {
      top /= a;
      bottom /= a;
    }
  }
  // value = top / bottom × 10^exponent
  int exponent = value.denominator().scale() - value.numerator().scale();
  uint128 twos = 0, fives = 0, rest = bottom;
  while (rest % 2 == 0) rest /= 2, ++twos;
  while (rest % 5 == 0) rest /= 5, ++fives;
  const bool negative = n < 0;
  if (rest == 1 && twos <= max_digits && fives <= max_digits) {
    const int places = static_cast<int>(twos > fives ? twos : fives);  // top/bottom = top × (10^places / bottom) / 10^places
    const uint128 factor = pow10(places) / bottom;
    uint128 coefficient = 0;
    if (!__builtin_mul_overflow(top, factor, &coefficient)) {
      exponent -= places;
      while (exponent > 0 && coefficient <= max_magnitude / 10) coefficient *= 10, --exponent;
      if (exponent <= 0 && -exponent <= max_digits && coefficient <= max_magnitude) {
        return Ratio(
            Access::make(with_sign(coefficient, negative), -exponent).strip_trailing_zeros());
      }
    }
    return value;
  }
  // top / (bottom × 10^-exponent): the power of ten goes on the side where it is positive.
  if (exponent >= 0) {
    if (exponent > max_digits) return value;
    uint128 scaled = 0;
    if (__builtin_mul_overflow(top, pow10(exponent), &scaled) || scaled > max_magnitude) return value;
    return Ratio(Access::make(with_sign(scaled, negative), 0), Access::make(static_cast<int128>(bottom), 0));
  }
  if (-exponent > max_digits || top > max_magnitude || bottom > max_magnitude) return value;
  return Ratio(Access::make(with_sign(top, negative), -exponent),
               Access::make(static_cast<int128>(bottom), 0));
}

/// Whether `value`'s parts have grown so long that the next operation could overflow. A
/// quotient is kept as computed until then (693.68/1994, not 8671/24925), so that a trace
/// prints the numbers the facts gave.
inline bool needs_reduction(const Ratio& value) {
  constexpr uint128 long_coefficient = pow10(18);
  return value.numerator().scale() > 18 || value.denominator().scale() > 18 ||
         magnitude(DecimalAccess::coefficient(value.numerator())) > long_coefficient ||
         magnitude(DecimalAccess::coefficient(value.denominator())) > long_coefficient;
}

/// Runs `program` over the facts `source` gives. With `Shown`, each value also comes with
/// its text for the trace: the expression with the values substituted.
///
/// Source provides: `FormulaValue fact(const FormulaFact&, std::uint32_t index)`,
/// `const Decimal& points()`, `Ratio target()`, `[[noreturn]] void fail(ErrorCode,
/// std::string)`, and `void note(std::string)`.
template <class Source, bool Shown>
class FormulaEvaluator {
 public:
  struct Result {
    FormulaValue value;
    std::string shown;  // only with Shown
  };

  FormulaEvaluator(const FormulaProgram& program, Source& source)
      : program_(program), source_(source) {
    steps_.reserve(program.statements.size());
    if constexpr (Shown) shown_steps_.reserve(program.statements.size());
  }

  /// Computes statement `i`, after every one before it.
  Result statement(std::size_t i) {
    const std::uint32_t root = program_.statements[i].root;
    // A step that is rounded as a whole prints its computation; the value after '=' shows
    // the rounding: 执行率=（693.68/1994）×100%=34.79%.
    const FormulaNode& node = program_.nodes[root];
    Result result = node.op == FormulaOp::round ? rounded(node, true) : evaluate(root);
    steps_.push_back(result.value);
    if constexpr (Shown) shown_steps_.push_back(in_formula(i, result.value));
    return result;
  }

  /// How step `i`'s value is printed as the step's own result ("34.79%", "12").
  [[nodiscard]] std::string step_value_text(std::size_t i, const FormulaValue& value) const {
    const FormulaStatement& s = program_.statements[i];
    if (s.type == FormulaType::flag) return value.flag ? "是" : "否";
    if (s.type == FormulaType::text) return std::string(value.text);
    if (s.percent) return percent_text(value.number);
    if (value.number.denominator() == Decimal(1)) return points_text(value.number.numerator());
    return "≈" + points_text(value.number.round(4, Rounding::half_up));
  }

 private:
  // How step `i`'s value enters a later expression: exactly, or as its exact fraction.
  std::string in_formula(std::size_t i, const FormulaValue& value) const {
    const FormulaStatement& s = program_.statements[i];
    if (s.type != FormulaType::number) return step_value_text(i, value);
    return s.percent ? rate_in_formula(value.number) : points_in_formula(value.number);
  }

  static std::string shown_number(const Ratio& value, bool percent) {
    if (value.denominator() == Decimal(1)) {
      return percent ? exact_percent(value.numerator()) : points_text(value.numerator());
    }
    return percent ? rate_in_formula(value) : points_in_formula(value);
  }

  std::string shown_fact(const FormulaFact& fact, const FormulaValue& value) const {
    if (fact.type == FormulaType::flag) return value.flag ? "是" : "否";
    if (fact.type == FormulaType::text) return "“" + std::string(value.text) + "”";
    return shown_number(value.number, is_percent(fact));
  }

  // A fact compared with a percentage, or with the 目标值 of a percentage target, is a rate.
  bool is_percent(const FormulaFact& fact) const {
    return fact.percent || (fact.against_target && source_.target_is_percent());
  }

  Result number(const Ratio& value, std::string shown = {}) {
    Result r;
    r.value.number = value;
    if constexpr (Shown) r.shown = std::move(shown);
    return r;
  }
  Result flag(bool value, std::string shown = {}) {
    Result r;
    r.value.flag = value;
    if constexpr (Shown) r.shown = std::move(shown);
    return r;
  }

  static std::string joined(const std::string& a, std::string_view op, const std::string& b) {
    return a + std::string(op) + b;
  }

  // The names form of node `n`, for messages and notes: "实际支出资金/实际到位资金".
  std::string described(std::uint32_t n) const;

  Result evaluate(std::uint32_t n) {
    const FormulaNode& node = program_.nodes[n];
    const std::vector<std::uint32_t>& args = node.arguments;
    switch (node.op) {
      case FormulaOp::number:
      case FormulaOp::percentage:
        return number(node.value, Shown ? node.spelling : std::string());
      case FormulaOp::text: {
        Result r;
        r.value.text = node.spelling;
        if constexpr (Shown) r.shown = "“" + node.spelling + "”";
        return r;
      }
      case FormulaOp::fact: {
        const FormulaFact& fact = program_.facts[node.index];
        Result r;
        r.value = source_.fact(fact, node.index);
        if constexpr (Shown) r.shown = shown_fact(fact, r.value);
        return r;
      }
      case FormulaOp::step: {
        Result r;
        r.value = steps_[node.index];
        if constexpr (Shown) r.shown = shown_steps_[node.index];
        return r;
      }
      case FormulaOp::points:
        return number(source_.points(), Shown ? points_text(source_.points()) : std::string());
      case FormulaOp::target: {
        const Ratio target = source_.target();
        return number(target, Shown ? source_.target_text() : std::string());
      }
      case FormulaOp::group: {
        Result inner = evaluate(args[0]);
        if constexpr (Shown) inner.shown = "（" + inner.shown + "）";
        return inner;
      }
      case FormulaOp::negate: {
        const Result x = evaluate(args[0]);
        return number(reduced(-x.value.number), Shown ? "-" + x.shown : std::string());
      }
      case FormulaOp::add:
      case FormulaOp::subtract:
      case FormulaOp::multiply:
      case FormulaOp::divide:
        return arithmetic(node);
      case FormulaOp::less:
      case FormulaOp::at_most:
      case FormulaOp::greater:
      case FormulaOp::at_least:
      case FormulaOp::equal:
      case FormulaOp::differ:
        return comparison(node);
      case FormulaOp::both:
      case FormulaOp::either: {
        const Result a = evaluate(args[0]);
        const bool decided = node.op == FormulaOp::both ? !a.value.flag : a.value.flag;
        if (decided) return flag(a.value.flag, Shown ? a.shown : std::string());
        const Result b = evaluate(args[1]);
        return flag(b.value.flag,
                    Shown ? joined(a.shown, operator_word(node.op), b.shown) : std::string());
      }
      case FormulaOp::negation: {
        const Result a = evaluate(args[0]);
        return flag(!a.value.flag, Shown ? "非" + a.shown : std::string());
      }
      case FormulaOp::choose: {
        const Result condition = evaluate(args[0]);
        if constexpr (Shown) {
          source_.note("条件" + described(args[0]) + "（" + condition.shown + "）" +
                       (condition.value.flag ? "成立" : "不成立"));
        }
        return evaluate(condition.value.flag ? args[1] : args[2]);
      }
      case FormulaOp::minimum:
      case FormulaOp::maximum: {
        Result best = evaluate(args[0]);
        std::string shown = best.shown;
        for (std::size_t i = 1; i < args.size(); ++i) {
          const Result next = evaluate(args[i]);
          if constexpr (Shown) shown += "，" + next.shown;
          const bool better = node.op == FormulaOp::minimum ? next.value.number < best.value.number
                                                            : next.value.number > best.value.number;
          if (better) best.value = next.value;
        }
        return number(best.value.number, Shown ? node.spelling + "（" + shown + "）" : std::string());
      }
      case FormulaOp::clamp: {
        const Result x = evaluate(args[0]);
        const Result low = evaluate(args[1]);
        const Result high = evaluate(args[2]);
        if (low.value.number > high.value.number) {
          fail(node, ErrorCode::invalid_input,
               "clamp() has its lower bound above its upper bound");
        }
        Ratio value = x.value.number;
        if (value < low.value.number) value = low.value.number;
        if (value > high.value.number) value = high.value.number;
        return number(value, Shown ? "clamp（" + x.shown + "，" + low.shown + "，" + high.shown + "）"
                                   : std::string());
      }
      case FormulaOp::absolute: {
        const Result x = evaluate(args[0]);
        const Ratio value = x.value.number.signum() < 0 ? -x.value.number : x.value.number;
        return number(value, Shown ? "|" + x.shown + "|" : std::string());
      }
      case FormulaOp::round:
        return rounded(node, false);
    }
    return number(Ratio(Decimal()));
  }

  // round() and truncate(): shown as the rounded value inside an expression, or as what was
  // rounded when the rounding is the whole step (`as_step`).
  Result rounded(const FormulaNode& node, bool as_step) {
    Result x = evaluate(node.arguments[0]);
    const Decimal value = x.value.number.round(node.places, node.mode).strip_trailing_zeros();
    if constexpr (Shown) {
      if (!as_step) x.shown = shown_number(Ratio(value), percent_valued(node.arguments[0]));
    }
    x.value.number = Ratio(value);
    return x;
  }

  // Whether node `n`'s value is shown as a percentage (a percent fact, step or literal, or
  // a product with 100%).
  bool percent_valued(std::uint32_t n) const {
    if (shown_as_percent(program_, n)) return true;
    const FormulaNode* node = &program_.nodes[n];
    while (node->op == FormulaOp::group) node = &program_.nodes[node->arguments[0]];
    switch (node->op) {
      case FormulaOp::percentage:
        return true;
      case FormulaOp::fact:
        return is_percent(program_.facts[node->index]);
      case FormulaOp::step:
        return program_.statements[node->index].percent;
      case FormulaOp::target:
        return source_.target_is_percent();
      default:
        return false;
    }
  }

  Result arithmetic(const FormulaNode& node) {
    const Result a = evaluate(node.arguments[0]);
    const Result b = evaluate(node.arguments[1]);
    const Ratio& x = a.value.number;
    const Ratio& y = b.value.number;
    Ratio value{Decimal()};
    std::string_view op = operator_word(node.op);
    switch (node.op) {
      case FormulaOp::add:
        value = x + y;
        break;
      case FormulaOp::subtract:
        value = x - y;
        break;
      case FormulaOp::multiply:
        value = x * y;
        break;
      default:
        if (y.signum() == 0) {
          fail(node, ErrorCode::zero_denominator,
               described(node.arguments[0]) + "/" + described(node.arguments[1]) +
                   ": the denominator is zero");
        }
        value = x / y;
        op = node.spelling;
        break;
    }
    if (needs_reduction(value)) value = reduced(value);
    return number(value, Shown ? joined(a.shown, op, b.shown) : std::string());
  }

  Result comparison(const FormulaNode& node) {
    const Result a = evaluate(node.arguments[0]);
    const Result b = evaluate(node.arguments[1]);
    bool holds = false;
    if (program_.nodes[node.arguments[0]].type == FormulaType::number) {
      const int c = compare(a.value.number, b.value.number);
      switch (node.op) {
        case FormulaOp::less:
          holds = c < 0;
          break;
        case FormulaOp::at_most:
          holds = c <= 0;
          break;
        case FormulaOp::greater:
          holds = c > 0;
          break;
        case FormulaOp::at_least:
          holds = c >= 0;
          break;
        case FormulaOp::equal:
          holds = c == 0;
          break;
        default:
          holds = c != 0;
          break;
      }
    } else {
      const bool same = program_.nodes[node.arguments[0]].type == FormulaType::flag
                            ? a.value.flag == b.value.flag
                            : a.value.text == b.value.text;
      holds = node.op == FormulaOp::equal ? same : !same;
    }
    return flag(holds, Shown ? joined(a.shown, operator_word(node.op), b.shown) : std::string());
  }

  [[noreturn]] void fail(const FormulaNode& node, ErrorCode code, const std::string& what) {
    source_.fail(code, "the formula at column " + std::to_string(node.column) + ": " + what);
  }

  const FormulaProgram& program_;
  Source& source_;
  std::vector<FormulaValue> steps_;
  std::vector<std::string> shown_steps_;
};

template <class Source, bool Shown>
std::string FormulaEvaluator<Source, Shown>::described(std::uint32_t n) const {
  return describe_formula_node(program_, n);
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_FORMULA_EVALUATOR_HPP

/// @file target.hpp
/// @brief jixiao::Target, an indicator's 指标值: a comparator and a value, or a statement.
#ifndef JIXIAO_TARGET_HPP
#define JIXIAO_TARGET_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/format.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE

/// @brief How a quantitative target is stated (指标性质 / 计算符号).
enum class Comparator : unsigned char {
  at_least,  ///< ≥ (大于等于): 正向, more is better
  above,     ///< > (大于)
  equal,     ///< = (等于)
  at_most,   ///< ≤ (小于等于): 反向, less is better
  below,     ///< < (小于)
};

/// The comparator as reports print it: "≥", ">", "=", "≤", "<".
inline std::string_view symbol(Comparator c) noexcept {
  switch (c) {
    case Comparator::at_least:
      return "≥";
    case Comparator::above:
      return ">";
    case Comparator::equal:
      return "=";
    case Comparator::at_most:
      return "≤";
    case Comparator::below:
      return "<";
  }
  return "?";
}

/// The comparator in report wording: "大于等于", "大于", "等于", "小于等于", "小于".
inline std::string_view wording(Comparator c) noexcept {
  switch (c) {
    case Comparator::at_least:
      return "大于等于";
    case Comparator::above:
      return "大于";
    case Comparator::equal:
      return "等于";
    case Comparator::at_most:
      return "小于等于";
    case Comparator::below:
      return "小于";
  }
  return "?";
}

/// @brief An indicator's target (指标值).
///
/// Quantitative: a comparator, a value and a unit, e.g. `≤ 5 个`, `≥ 95%` (value 0.95, unit
/// "%"), `= 100%`. Qualitative: a statement such as "逐步提高". Percentages are stored as
/// fractions (95% is 0.95) so that they compare with rates directly.
/// @code
/// auto count = jixiao::Target::quantitative(jixiao::Comparator::at_most, 5, "个");
/// auto share = jixiao::Target::percent(jixiao::Comparator::at_least, 0.95_dec);
/// auto prose = jixiao::Target::qualitative("逐步提高");
/// count.met_by(5);   // true
/// @endcode
class Target {
 public:
  /// No target stated.
  Target() = default;

  /// A numeric target: `comparator value unit`.
  static Target quantitative(Comparator comparator, const Decimal& value, std::string unit = "") {
    Target t;
    t.comparator_ = comparator;
    t.value_ = value;
    t.unit_ = std::move(unit);
    return t;
  }
  /// A percentage target; `fraction` is the value as a fraction (0.95 for 95%).
  static Target percent(Comparator comparator, const Decimal& fraction) {
    return quantitative(comparator, fraction, "%");
  }
  /// A statement (定性 target), e.g. "逐步提高", "效果明显".
  static Target qualitative(std::string statement) {
    Target t;
    t.statement_ = std::move(statement);
    return t;
  }

  /// Whether a comparator and value are stated.
  [[nodiscard]] bool is_quantitative() const noexcept { return comparator_.has_value(); }
  /// The comparator; only for a quantitative target.
  [[nodiscard]] const std::optional<Comparator>& comparator() const noexcept { return comparator_; }
  /// The value (a fraction for percentages); only for a quantitative target.
  [[nodiscard]] const std::optional<Decimal>& value() const noexcept { return value_; }
  /// The unit, e.g. "个", "万元", "%" (percent), or "".
  [[nodiscard]] const std::string& unit() const noexcept { return unit_; }
  /// The statement of a qualitative target, or "".
  [[nodiscard]] const std::string& statement() const noexcept { return statement_; }

  /// Whether `actual` meets a quantitative target (false for a qualitative one).
  [[nodiscard]] bool met_by(const Ratio& actual) const {
    if (!comparator_ || !value_) return false;
    return satisfies(*comparator_, compare(actual, Ratio(*value_)));
  }

  /// Whether an actual value that compares to the target value as `comparison` (−1, 0, +1,
  /// as compare() gives) meets `comparator`: satisfies(Comparator::at_least, 0) is true.
  [[nodiscard]] static constexpr bool satisfies(Comparator comparator, int comparison) noexcept {
    switch (comparator) {
      case Comparator::at_least:
        return comparison >= 0;
      case Comparator::above:
        return comparison > 0;
      case Comparator::equal:
        return comparison == 0;
      case Comparator::at_most:
        return comparison <= 0;
      case Comparator::below:
        return comparison < 0;
    }
    return false;
  }

  /// As reports print it: "≤5个", "≥95.00%", "=100.00%", or the statement.
  [[nodiscard]] std::string to_string() const {
    if (!comparator_ || !value_) return statement_;
    return std::string(symbol(*comparator_)) + value_text(*value_);
  }

  /// A value in this target's unit: "95.00%" for 0.95 when the unit is "%", else "5个".
  [[nodiscard]] std::string value_text(const Decimal& v) const {
    if (unit_ == "%") return detail::exact_percent_text(v);
    return v.strip_trailing_zeros().to_string() + unit_;
  }

 private:
  std::optional<Comparator> comparator_;
  std::optional<Decimal> value_;
  std::string unit_;
  std::string statement_;
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_TARGET_HPP

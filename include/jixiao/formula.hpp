/// @file formula.hpp
/// @brief jixiao::Formula: a scoring formula (评分公式) written as text, read and checked once,
///        computed exactly.
#ifndef JIXIAO_FORMULA_HPP
#define JIXIAO_FORMULA_HPP

#include <jixiao/detail/formula_parser.hpp>
#include <jixiao/error.hpp>
#include <jixiao/version.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief A formula that computes a leaf's score from its facts, as evaluators write it.
///
/// A formula is one or more statements, separated by `;`, `；` or line breaks. A statement
/// `名称 = 表达式` computes a named step that later statements use and the trace prints; the
/// last statement is the score:
/// @code
/// auto formula = jixiao::Formula::parse(
///     "执行率 = （实际支出资金 / 实际到位资金）× 100%；得分 = 执行率 × 分值");
/// // trace: 执行率=（693.68/1994）×100%=34.79%；得分=（693.68/1994）×5=1.74分
/// @endcode
///
/// - **Names**: the leaf's facts as the evaluation names them (`实际支出资金`), `分值` (also
///   `满分`), `目标值` (also `指标值`: the value of the leaf's quantitative target, a fraction
///   for a percentage), and the steps computed before. A name with spaces or punctuation is
///   written between `#`: `#年度资金总额（万元）#`. The national platform's placeholders
///   `#actualvalue#`, `#indexval#` and `#weight#` mean 实际完成值, 目标值 and 分值.
/// - **Values**: exact numbers (`12`, `0.5`, `95%` is 0.95 exactly; no exponents, no
///   thousands separators), texts (`"达成"`, `“达成”`), and yes/no values (comparisons, and
///   facts used as conditions).
/// - **Operations**, loosest first: `or` (`||`, `或`); `and` (`&&`, `且`); `not` (`!`, `非`);
///   comparisons `<` `<=` `>` `>=` `=` `!=` (also `≤ ≥ ≠ ==`, full-width forms), which do
///   not chain; `+` `-`; `*` `/` (also `× ÷ −`); a sign. Parentheses `()` or `（）`.
/// - **Functions**: `if(条件, 是, 否)`; `min(a, b, …)`, `max(a, b, …)`; `clamp(x, 下限, 上限)`;
///   `abs(x)`; `round(x, 位数, 方式)` with an explicit mode (`half_up`/`四舍五入`, `half_even`,
///   `half_down`, `up`/`进一`, `down`/`截断`, `ceiling`, `floor`); `truncate(x, 位数)`.
///
/// Arithmetic is exact (rationals, never binary floating point) and nothing is rounded unless
/// the formula says `round` or `truncate`; the score is then rounded once by the evaluation's
/// RoundingPolicy, like every rule's. `and`, `or` and `if` compute only what decides them, so
/// `if(实际到位资金 = 0, 0, 实际支出资金 / 实际到位资金 × 分值)` never divides by zero. A
/// statement written `… × 100%` is a rate: the trace prints its value as a percentage.
///
/// There are no loops and no calls out: every formula ends. Its size is bounded (64 KiB of
/// text, 64 levels of brackets, signs and calls inside each other, 1000 operations in a row).
///
/// A fact's type is what its first use needs (a number in arithmetic, a yes/no in a condition,
/// a text when compared with a text); parse() refuses a formula that uses one fact as two
/// types, or whose score is not a number, with a FormulaError naming the column.
class Formula {
 public:
  /// A fact the formula reads.
  struct Input {
    std::string name;  ///< As the facts name it.
    FormulaType type;  ///< What it must be.
    bool percent;      ///< Compared with a percentage (`实际完成值 >= 95%`): a rate.
    bool against_target;  ///< Compared with 目标值 (a rate when the target is a percentage).
  };

  /// Reads and checks `text`.
  /// @throws FormulaError (id 105) naming the column (in characters) of what is wrong.
  [[nodiscard]] static Formula parse(std::string_view text) {
    detail::FormulaParser parser(text);
    return Formula(std::string(text), std::make_shared<const detail::FormulaProgram>(parser.parse()));
  }

  /// The formula as written (what a file stores, unchanged).
  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  /// The formula with its operators in report form, statements joined by "；":
  /// `执行率=（实际支出资金/实际到位资金）×100%；得分=执行率×分值`.
  [[nodiscard]] std::string description() const { return detail::describe_formula(*program_); }
  /// The facts it reads, in the order of their first use.
  [[nodiscard]] std::vector<Input> inputs() const {
    std::vector<Input> out;
    for (const detail::FormulaFact& fact : program_->facts) {
      out.push_back({fact.name, fact.type.value_or(FormulaType::number), fact.percent,
                     fact.against_target});
    }
    return out;
  }
  /// The same formula reading fact `to` wherever it reads fact `from` (its steps, 分值 and
  /// functions unchanged), e.g. to restate a rule for a score table's 实际完成值 column.
  /// @throws FormulaError if `to` makes the formula unreadable (it names one of its steps).
  [[nodiscard]] Formula with_fact_renamed(const std::string& from, const std::string& to) const {
    for (const detail::FormulaStatement& s : program_->statements) {
      if (s.name == from) return *this;  // a step, not a fact
    }
    const std::vector<detail::FormulaLexeme> lexemes = detail::formula_lexemes(text_);
    std::string out;
    std::size_t copied = 0;
    bool statement_start = true;
    for (std::size_t i = 0; i < lexemes.size(); ++i) {
      const detail::FormulaLexeme& lexeme = lexemes[i];
      const bool assigned = statement_start && i + 1 < lexemes.size() &&
                            lexemes[i + 1].kind == detail::FormulaToken::equals;
      statement_start = lexeme.kind == detail::FormulaToken::separator;
      const bool call = i + 1 < lexemes.size() && lexemes[i + 1].kind == detail::FormulaToken::open;
      const std::string_view fact = lexeme.text == "actualvalue" ? "实际完成值" : lexeme.text;
      if (lexeme.kind != detail::FormulaToken::name || fact != from || assigned || call) continue;
      // The bytes of the name as written, with its '#' if it has them.
      const std::size_t start = static_cast<std::size_t>(lexeme.text.data() - text_.data()) -
                                (lexeme.quoted ? 1 : 0);
      const std::size_t end = start + lexeme.text.size() + (lexeme.quoted ? 2 : 0);
      out += text_.substr(copied, start - copied);
      out += plain_name(to) ? to : "#" + to + "#";
      copied = end;
    }
    out += text_.substr(copied);
    return parse(out);
  }
  /// Whether it reads 目标值.
  [[nodiscard]] bool uses_target() const noexcept { return program_->uses_target; }
  /// The checked program (for the rule that runs it).
  [[nodiscard]] const detail::FormulaProgram& program() const noexcept { return *program_; }

 private:
  // Whether `name` reads back as one name without '#'.
  static bool plain_name(const std::string& name) {
    try {
      const std::vector<detail::FormulaLexeme> lexemes = detail::formula_lexemes(name);
      return lexemes.size() == 2 && lexemes[0].kind == detail::FormulaToken::name &&
             !lexemes[0].quoted && lexemes[0].text == name;
    } catch (const FormulaError&) {
      return false;
    }
  }

  Formula(std::string text, std::shared_ptr<const detail::FormulaProgram> program)
      : text_(std::move(text)), program_(std::move(program)) {}

  std::string text_;
  std::shared_ptr<const detail::FormulaProgram> program_;  // shared: rules are copied
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_FORMULA_HPP

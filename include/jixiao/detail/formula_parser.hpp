// Internal: a formula's text → its checked program (see formula.hpp for the language).
//
// A precedence-climbing parser over the lexemes of formula_lexer.hpp. Each level of the
// grammar is one function; nesting is counted, so a hostile formula ends with an error, not
// with a stack overflow. Names are resolved while parsing (an earlier step, 分值, 目标值, or a
// fact of the leaf), and types are checked after each statement: a fact's type is what its
// first use needs (a number in arithmetic, a yes/no in a condition, a text when compared
// with a text), and a later use that needs another type is an error naming both places.
//
//   program    = statement { separator statement }
//   statement  = [ name "=" ] expression
//   expression = conjunction { ("or" | "||" | "或") conjunction }
//   conjunction= negation { ("and" | "&&" | "且") negation }
//   negation   = ("not" | "!" | "非") negation | comparison
//   comparison = sum [ ("<" | "<=" | ">" | ">=" | "=" | "==" | "!=") sum ]
//   sum        = product { ("+" | "-") product }
//   product    = signed { ("*" | "/") signed }
//   signed     = ("-" | "+") signed | primary
//   primary    = number | number "%" | text | name | name "(" arguments ")" | "(" expression ")"
#ifndef JIXIAO_DETAIL_FORMULA_PARSER_HPP
#define JIXIAO_DETAIL_FORMULA_PARSER_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/formula_lexer.hpp>
#include <jixiao/error.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief The type of a value in a formula.
enum class FormulaType : unsigned char {
  number,  ///< An exact rational number.
  flag,    ///< A yes/no (a condition, or a fact such as 是否按时完成).
  text,    ///< A text (a level such as "达成").
};

namespace detail {

enum class FormulaOp : unsigned char {
  number,      // a literal; value
  percentage,  // a literal written with '%'; value is the fraction
  text,        // a literal; spelling
  fact,        // a fact of the leaf; index into facts
  step,        // an earlier statement; index into statements
  points,      // 分值
  target,      // 目标值: the value of the leaf's quantitative target
  group,       // ( a )
  negate,      // -a
  add,
  subtract,
  multiply,
  divide,
  less,
  at_most,
  greater,
  at_least,
  equal,
  differ,
  both,
  either,
  negation,
  choose,    // if(condition, then, otherwise)
  minimum,   // min(a, b, …)
  maximum,   // max(a, b, …)
  clamp,     // clamp(x, low, high)
  absolute,  // abs(x)
  round,     // round(x, places, mode); truncate(x, places) is round(x, places, down)
};

struct FormulaNode {
  FormulaOp op = FormulaOp::number;
  FormulaType type = FormulaType::number;
  Rounding mode = Rounding::half_up;  // of round
  int places = 0;                     // of round
  std::uint32_t index = 0;            // of a fact or a step
  std::size_t column = 0;             // of the token that made the node
  std::string spelling;               // a literal or a function name as written; "÷" or "/"
  Ratio value{Decimal()};             // of a number or percentage literal
  std::vector<std::uint32_t> arguments;
  std::uint32_t height = 1;  // of the subtree: bounds the evaluation's recursion
};

struct FormulaFact {
  std::string name;
  std::optional<FormulaType> type;  // decided by its first typed use
  std::size_t column = 0;           // of its first use
  bool percent = false;             // compared with a percentage literal
  bool against_target = false;      // compared with 目标值
};

struct FormulaStatement {
  std::string name;  // empty for a final bare expression
  std::uint32_t root = 0;
  std::size_t column = 0;
  FormulaType type = FormulaType::number;
  bool percent = false;  // written "… × 100%": its value is shown as a percentage
};

struct FormulaProgram {
  std::vector<FormulaNode> nodes;
  std::vector<FormulaFact> facts;
  std::vector<FormulaStatement> statements;  // the last one is the score
  bool uses_target = false;
};

inline constexpr std::size_t max_formula_bytes = 65536;
inline constexpr int max_formula_depth = 64;       // brackets, signs, calls inside each other
inline constexpr std::uint32_t max_formula_height = 1000;  // a + b + … is a tree this deep

// How an operation is written in a criterion, a trace and a message.
inline std::string_view operator_word(FormulaOp op) {
  switch (op) {
    case FormulaOp::negate:
    case FormulaOp::subtract:
      return "-";
    case FormulaOp::add:
      return "+";
    case FormulaOp::multiply:
      return "×";
    case FormulaOp::divide:
      return "/";
    case FormulaOp::less:
      return "<";
    case FormulaOp::at_most:
      return "≤";
    case FormulaOp::greater:
      return ">";
    case FormulaOp::at_least:
      return "≥";
    case FormulaOp::equal:
      return "=";
    case FormulaOp::differ:
      return "≠";
    case FormulaOp::both:
      return "且";
    case FormulaOp::either:
      return "或";
    case FormulaOp::negation:
      return "非";
    default:
      return "";
  }
}

// Whether node `n` is written "… × 100%" (in brackets or not): a rate, shown as a percentage.
inline bool shown_as_percent(const FormulaProgram& program, std::uint32_t n) {
  const FormulaNode* node = &program.nodes[n];
  while (node->op == FormulaOp::group) node = &program.nodes[node->arguments[0]];
  if (node->op != FormulaOp::multiply) return false;
  const FormulaNode& factor = program.nodes[node->arguments[1]];
  return factor.op == FormulaOp::percentage && factor.value == Ratio(1);
}

inline std::string_view type_word(FormulaType type) {
  switch (type) {
    case FormulaType::number:
      return "a number";
    case FormulaType::flag:
      return "a yes/no";
    case FormulaType::text:
      break;
  }
  return "a text";
}

class FormulaParser {
 public:
  explicit FormulaParser(std::string_view text) : text_(text) {
    if (text.size() > max_formula_bytes) {
      fail_at(character_column(text, max_formula_bytes),
              "the formula is longer than " + std::to_string(max_formula_bytes) + " bytes");
    }
    lexemes_ = formula_lexemes(text);
    collect_assigned_names();
  }

  FormulaProgram parse() {
    skip_separators();
    if (peek().kind == FormulaToken::end) fail_at(peek().column, "the formula is empty");
    while (peek().kind != FormulaToken::end) {
      statement();
      if (peek().kind != FormulaToken::end && peek().kind != FormulaToken::separator) {
        fail_at(peek().column, "expected an operator or the end of the statement, found " +
                                   describe(peek()));
      }
      skip_separators();
    }
    const FormulaStatement& last = program_.statements.back();
    if (last.type != FormulaType::number) {
      fail_at(last.column, "the last statement gives the score, which must be a number, not " +
                               std::string(type_word(last.type)));
    }
    return std::move(program_);
  }

 private:
  [[noreturn]] static void fail_at(std::size_t column, const std::string& what) {
    throw FormulaError(what + " at column " + std::to_string(column), column);
  }

  static std::string describe(const FormulaLexeme& lexeme) {
    switch (lexeme.kind) {
      case FormulaToken::end:
        return "the end of the formula";
      case FormulaToken::separator:
        return "the end of the statement";
      case FormulaToken::text:
        return "the text \"" + std::string(lexeme.text) + "\"";
      default:
        return "'" + std::string(lexeme.text) + "'";
    }
  }

  const FormulaLexeme& peek(std::size_t ahead = 0) const {
    return lexemes_[std::min(at_ + ahead, lexemes_.size() - 1)];
  }
  const FormulaLexeme& take() {
    const FormulaLexeme& lexeme = lexemes_[at_];
    if (at_ + 1 < lexemes_.size()) ++at_;
    return lexeme;
  }
  bool accept(FormulaToken kind) {
    if (peek().kind != kind) return false;
    take();
    return true;
  }
  const FormulaLexeme& expect(FormulaToken kind, const char* what) {
    if (peek().kind != kind) fail_at(peek().column, std::string("expected ") + what + ", found " + describe(peek()));
    return take();
  }
  void skip_separators() {
    while (accept(FormulaToken::separator)) {
    }
  }

  // A statement starts with `name =` (a single '=', not "=="), at the start of the formula
  // or after a separator.
  bool assignment_at(std::size_t i) const {
    return lexemes_[i].kind == FormulaToken::name && i + 1 < lexemes_.size() &&
           lexemes_[i + 1].kind == FormulaToken::equals;
  }
  void collect_assigned_names() {
    bool statement_start = true;
    for (std::size_t i = 0; i < lexemes_.size(); ++i) {
      if (statement_start && assignment_at(i)) assigned_.emplace_back(lexemes_[i].text);
      statement_start = lexemes_[i].kind == FormulaToken::separator;
    }
  }

  std::uint32_t add(FormulaNode node) {
    for (const std::uint32_t a : node.arguments)
      node.height = std::max(node.height, program_.nodes[a].height + 1);
    if (node.height > max_formula_height) {
      fail_at(node.column, "the formula has more than " + std::to_string(max_formula_height) +
                               " operations in a row; split it into named steps");
    }
    program_.nodes.push_back(std::move(node));
    return static_cast<std::uint32_t>(program_.nodes.size() - 1);
  }
  std::uint32_t add(FormulaOp op, std::size_t column, std::vector<std::uint32_t> arguments) {
    FormulaNode node;
    node.op = op;
    node.column = column;
    node.arguments = std::move(arguments);
    return add(std::move(node));
  }

  // Counts one level of nesting for the duration of a grammar function.
  class Nesting {
   public:
    Nesting(FormulaParser& parser, std::size_t column) : parser_(parser) {
      if (++parser_.depth_ > max_formula_depth) {
        fail_at(column, "the formula nests deeper than " + std::to_string(max_formula_depth) +
                            " levels");
      }
    }
    ~Nesting() { --parser_.depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;

   private:
    FormulaParser& parser_;
  };

  void statement() {
    FormulaStatement s;
    s.column = peek().column;
    if (assignment_at(at_)) {
      const FormulaLexeme& name = take();
      take();  // '='
      s.name = std::string(name.text);
      if (s.name == "分值" || s.name == "满分" || s.name == "目标值" || s.name == "指标值")
        fail_at(name.column, "\"" + s.name + "\" is the indicator's own; a step needs another name");
      for (const FormulaStatement& earlier : program_.statements) {
        if (earlier.name == s.name) fail_at(name.column, "\"" + s.name + "\" is computed twice");
      }
    }
    s.root = expression();
    const std::optional<FormulaType> type = infer(s.root, std::nullopt);
    s.type = type ? *type : *infer(s.root, FormulaType::number);
    const FormulaNode& root = program_.nodes[s.root];
    s.percent = shown_as_percent(program_, s.root) ||
                (root.op == FormulaOp::round && shown_as_percent(program_, root.arguments[0]));
    program_.statements.push_back(std::move(s));
  }

  std::uint32_t expression() {
    const Nesting nesting(*this, peek().column);
    std::uint32_t left = conjunction();
    while (peek().kind == FormulaToken::either) {
      const std::size_t column = take().column;
      left = add(FormulaOp::either, column, {left, conjunction()});
    }
    return left;
  }

  std::uint32_t conjunction() {
    std::uint32_t left = negation();
    while (peek().kind == FormulaToken::both) {
      const std::size_t column = take().column;
      left = add(FormulaOp::both, column, {left, negation()});
    }
    return left;
  }

  std::uint32_t negation() {
    if (peek().kind != FormulaToken::negation) return comparison();
    const Nesting nesting(*this, peek().column);
    const std::size_t column = take().column;
    return add(FormulaOp::negation, column, {negation()});
  }

  static std::optional<FormulaOp> comparison_op(FormulaToken kind) {
    switch (kind) {
      case FormulaToken::less:
        return FormulaOp::less;
      case FormulaToken::at_most:
        return FormulaOp::at_most;
      case FormulaToken::greater:
        return FormulaOp::greater;
      case FormulaToken::at_least:
        return FormulaOp::at_least;
      case FormulaToken::equals:
      case FormulaToken::same:
        return FormulaOp::equal;
      case FormulaToken::differs:
        return FormulaOp::differ;
      default:
        return std::nullopt;
    }
  }

  std::uint32_t comparison() {
    const std::uint32_t left = sum();
    const std::optional<FormulaOp> op = comparison_op(peek().kind);
    if (!op) return left;
    const std::size_t column = take().column;
    const std::uint32_t right = sum();
    if (comparison_op(peek().kind)) {
      fail_at(peek().column, "comparisons do not chain: write \"a < b and b < c\"");
    }
    return add(*op, column, {left, right});
  }

  std::uint32_t sum() {
    std::uint32_t left = product();
    while (peek().kind == FormulaToken::plus || peek().kind == FormulaToken::minus) {
      const FormulaLexeme& op = take();
      const FormulaOp kind = op.kind == FormulaToken::plus ? FormulaOp::add : FormulaOp::subtract;
      left = add(kind, op.column, {left, product()});
    }
    return left;
  }

  std::uint32_t product() {
    std::uint32_t left = signed_value();
    while (peek().kind == FormulaToken::times || peek().kind == FormulaToken::divide) {
      const FormulaLexeme& op = take();
      const bool times = op.kind == FormulaToken::times;
      const std::uint32_t right = signed_value();
      FormulaNode node;
      node.op = times ? FormulaOp::multiply : FormulaOp::divide;
      node.column = op.column;
      node.spelling = times ? "×" : (op.text == "÷" ? "÷" : "/");  // as reports write them
      node.arguments = {left, right};
      left = add(std::move(node));
    }
    return left;
  }

  std::uint32_t signed_value() {
    if (peek().kind != FormulaToken::minus && peek().kind != FormulaToken::plus) return primary();
    const Nesting nesting(*this, peek().column);
    const FormulaLexeme& sign = take();
    const std::uint32_t operand = signed_value();
    if (sign.kind == FormulaToken::plus) return operand;
    return add(FormulaOp::negate, sign.column, {operand});
  }

  std::uint32_t literal(const FormulaLexeme& lexeme, bool percentage) {
    FormulaNode node;
    node.op = percentage ? FormulaOp::percentage : FormulaOp::number;
    node.column = lexeme.column;
    node.spelling = std::string(lexeme.text) + (percentage ? "%" : "");
    try {
      node.value = Decimal::parse(node.spelling).strip_trailing_zeros();
    } catch (const Error&) {  // more than 38 digits or 38 places
      fail_at(lexeme.column, "the number " + quote(node.spelling) + " is beyond 38 digits");
    }
    return add(std::move(node));
  }

  std::uint32_t primary() {
    const FormulaLexeme& lexeme = peek();
    switch (lexeme.kind) {
      case FormulaToken::number:
        take();
        return literal(lexeme, false);
      case FormulaToken::percentage:
        take();
        return literal(lexeme, true);
      case FormulaToken::text: {
        take();
        FormulaNode node;
        node.op = FormulaOp::text;
        node.type = FormulaType::text;
        node.column = lexeme.column;
        node.spelling = std::string(lexeme.text);
        return add(std::move(node));
      }
      case FormulaToken::open: {
        take();
        const std::uint32_t inner = expression();
        expect(FormulaToken::close, "')'");
        return add(FormulaOp::group, lexeme.column, {inner});
      }
      case FormulaToken::name:
        take();
        if (peek().kind == FormulaToken::open) return call(lexeme);
        return name(lexeme);
      default:
        fail_at(lexeme.column, "expected a value, found " + describe(lexeme));
    }
  }

  std::uint32_t name(const FormulaLexeme& lexeme) {
    const std::string text(lexeme.text);
    FormulaNode node;
    node.column = lexeme.column;
    node.spelling = text;
    for (std::uint32_t i = 0; i < program_.statements.size(); ++i) {
      if (program_.statements[i].name == text) {
        node.op = FormulaOp::step;
        node.index = i;
        node.type = program_.statements[i].type;
        return add(std::move(node));
      }
    }
    for (const std::string& later : assigned_) {
      if (later == text) fail_at(lexeme.column, "\"" + text + "\" is used before it is computed");
    }
    if (text == "分值" || text == "满分" || text == "weight") {
      node.op = FormulaOp::points;
      return add(std::move(node));
    }
    if (text == "目标值" || text == "指标值" || text == "indexval") {
      node.op = FormulaOp::target;
      program_.uses_target = true;
      return add(std::move(node));
    }
    node.op = FormulaOp::fact;
    const std::string fact = text == "actualvalue" ? "实际完成值" : text;
    node.spelling = fact;
    for (std::uint32_t i = 0; i < program_.facts.size(); ++i) {
      if (program_.facts[i].name == fact) {
        node.index = i;
        return add(std::move(node));
      }
    }
    FormulaFact read;
    read.name = fact;
    read.column = lexeme.column;
    program_.facts.push_back(std::move(read));
    node.index = static_cast<std::uint32_t>(program_.facts.size() - 1);
    return add(std::move(node));
  }

  std::uint32_t call(const FormulaLexeme& function) {
    const Nesting nesting(*this, function.column);
    struct Function {
      std::string_view name;
      FormulaOp op;
      std::size_t least, most;
    };
    static constexpr Function functions[] = {
        {"if", FormulaOp::choose, 3, 3},    {"min", FormulaOp::minimum, 2, 64},
        {"max", FormulaOp::maximum, 2, 64}, {"clamp", FormulaOp::clamp, 3, 3},
        {"abs", FormulaOp::absolute, 1, 1}, {"round", FormulaOp::round, 3, 3},
        {"truncate", FormulaOp::round, 2, 2}};
    const Function* found = nullptr;
    for (const Function& f : functions) {
      if (same_ascii_word(function.text, f.name)) found = &f;
    }
    if (!found) {
      fail_at(function.column, "unknown function \"" + std::string(function.text) +
                                   "\" (if, min, max, clamp, abs, round, truncate)");
    }
    FormulaNode node;
    node.op = found->op;
    node.column = function.column;
    node.spelling = std::string(found->name);
    take();  // '('
    const bool rounding = found->op == FormulaOp::round;
    if (rounding) node.mode = Rounding::down;  // truncate
    std::size_t count = 0;
    if (peek().kind != FormulaToken::close) {
      do {
        ++count;
        if (rounding && count == 2) {
          node.places = places_argument();
        } else if (rounding && count == 3) {
          node.mode = mode_argument();
        } else {
          node.arguments.push_back(expression());
        }
      } while (accept(FormulaToken::comma));
    }
    if (count < found->least || count > found->most) {
      const std::string wanted = found->least == found->most
                                     ? std::to_string(found->least)
                                     : std::to_string(found->least) + " or more";
      fail_at(function.column, std::string(found->name) + "() takes " + wanted +
                                   " arguments, not " + std::to_string(count));
    }
    expect(FormulaToken::close, "',' or ')'");
    return add(std::move(node));
  }

  int places_argument() {
    const FormulaLexeme& lexeme = peek();
    if (lexeme.kind != FormulaToken::number || lexeme.text.find('.') != std::string_view::npos ||
        lexeme.text.size() > 2 || std::stoi(std::string(lexeme.text)) > Decimal::max_scale) {
      fail_at(lexeme.column, "the places to round to are a whole number from 0 to 38, not " +
                                 describe(lexeme));
    }
    take();
    return std::stoi(std::string(lexeme.text));
  }

  Rounding mode_argument() {
    const FormulaLexeme& lexeme = peek();
    static const std::pair<std::string_view, Rounding> modes[] = {
        {"四舍五入", Rounding::half_up}, {"银行家舍入", Rounding::half_even},
        {"进一", Rounding::up},          {"截断", Rounding::down},
        {"去尾", Rounding::down}};
    if (lexeme.kind == FormulaToken::name) {
      if (const std::optional<Rounding> named = rounding_named(lexeme.text)) {
        take();
        return *named;
      }
      for (const auto& [spelling, mode] : modes) {
        if (lexeme.text == spelling) {
          take();
          return mode;
        }
      }
    }
    fail_at(lexeme.column,
            "expected a rounding mode (half_up/四舍五入, half_even, half_down, up/进一, "
            "down/截断, ceiling, floor), found " + describe(lexeme));
  }

  // The node's type, checking its operands; `wanted` is the type its context needs, which
  // decides a fact's type on its first use. Nothing when it is a fact whose type is still open.
  std::optional<FormulaType> infer(std::uint32_t n, std::optional<FormulaType> wanted) {
    FormulaNode& node = program_.nodes[n];
    const std::vector<std::uint32_t>& args = node.arguments;  // nodes are not added here
    switch (node.op) {
      case FormulaOp::number:
      case FormulaOp::percentage:
      case FormulaOp::points:
      case FormulaOp::target:
        return FormulaType::number;
      case FormulaOp::text:
        return FormulaType::text;
      case FormulaOp::step:
        return node.type;
      case FormulaOp::fact: {
        FormulaFact& fact = program_.facts[node.index];
        if (!fact.type && wanted) fact.type = wanted;
        if (fact.type && wanted && *fact.type != *wanted) {
          fail_at(node.column, "\"" + fact.name + "\" is used as " +
                                   std::string(type_word(*wanted)) + " here but as " +
                                   std::string(type_word(*fact.type)) + " before (column " +
                                   std::to_string(fact.column) + ")");
        }
        if (fact.type) program_.nodes[n].type = *fact.type;
        return fact.type;
      }
      case FormulaOp::group: {
        const std::optional<FormulaType> inner = infer(args[0], wanted);
        if (inner) program_.nodes[n].type = *inner;
        return inner;
      }
      case FormulaOp::negate:
      case FormulaOp::absolute:
      case FormulaOp::round:
      case FormulaOp::add:
      case FormulaOp::subtract:
      case FormulaOp::multiply:
      case FormulaOp::divide:
        for (const std::uint32_t a : args) require(a, FormulaType::number, node);
        return FormulaType::number;
      case FormulaOp::minimum:
      case FormulaOp::maximum:
      case FormulaOp::clamp:
        for (const std::uint32_t a : args) require(a, FormulaType::number, node);
        for (const std::uint32_t a : args) hint_percent(a, args);
        return FormulaType::number;
      case FormulaOp::less:
      case FormulaOp::at_most:
      case FormulaOp::greater:
      case FormulaOp::at_least:
        require(args[0], FormulaType::number, node);
        require(args[1], FormulaType::number, node);
        hint_percent(args[0], args);
        hint_percent(args[1], args);
        set_type(n, FormulaType::flag);
        return FormulaType::flag;
      case FormulaOp::equal:
      case FormulaOp::differ: {
        same_types(args[0], args[1], program_.nodes[n].column);
        hint_percent(args[0], args);
        hint_percent(args[1], args);
        set_type(n, FormulaType::flag);
        return FormulaType::flag;
      }
      case FormulaOp::both:
      case FormulaOp::either:
      case FormulaOp::negation:
        for (const std::uint32_t a : args) require(a, FormulaType::flag, node);
        set_type(n, FormulaType::flag);
        return FormulaType::flag;
      case FormulaOp::choose: {
        require(args[0], FormulaType::flag, node);
        const FormulaType type = same_types(args[1], args[2], program_.nodes[n].column, wanted);
        set_type(n, type);
        return type;
      }
    }
    return FormulaType::number;
  }

  void set_type(std::uint32_t n, FormulaType type) { program_.nodes[n].type = type; }

  void require(std::uint32_t n, FormulaType type, const FormulaNode& user) {
    const std::size_t column = user.column;
    const std::string what =
        user.spelling.empty() ? "'" + std::string(operator_word(user.op)) + "'" : user.spelling;
    const std::optional<FormulaType> found = infer(n, type);
    if (found && *found != type) {
      fail_at(program_.nodes[n].column, what + " at column " + std::to_string(column) + " needs " +
                                            std::string(type_word(type)) + ", not " +
                                            std::string(type_word(*found)));
    }
  }

  // Both operands of `=`, `≠` or of if()'s branches have one type; a fact takes the other
  // side's; two open facts are numbers (or `wanted`).
  FormulaType same_types(std::uint32_t a, std::uint32_t b, std::size_t column,
                         std::optional<FormulaType> wanted = std::nullopt) {
    std::optional<FormulaType> left = infer(a, wanted);
    std::optional<FormulaType> right = infer(b, left ? left : wanted);
    if (!left && right) left = infer(a, right);
    if (!left && !right) {
      left = infer(a, FormulaType::number);
      right = infer(b, FormulaType::number);
    }
    if (*left != *right) {
      fail_at(column, "cannot compare or choose between " + std::string(type_word(*left)) +
                          " and " + std::string(type_word(*right)));
    }
    return *left;
  }

  // A fact compared with a percentage is one too (a file's bare 98.5 may then mean 98.5%).
  void hint_percent(std::uint32_t n, const std::vector<std::uint32_t>& operands) {
    const FormulaNode* node = &program_.nodes[n];
    while (node->op == FormulaOp::group) node = &program_.nodes[node->arguments[0]];
    if (node->op != FormulaOp::fact) return;
    for (const std::uint32_t other : operands) {
      const FormulaNode* o = &program_.nodes[other];
      while (o->op == FormulaOp::group) o = &program_.nodes[o->arguments[0]];
      if (o->op == FormulaOp::percentage) program_.facts[node->index].percent = true;
      if (o->op == FormulaOp::target) program_.facts[node->index].against_target = true;
    }
  }

  std::string_view text_;
  std::vector<FormulaLexeme> lexemes_;
  std::size_t at_ = 0;
  int depth_ = 0;
  std::vector<std::string> assigned_;
  FormulaProgram program_;
};

// Node `n` written with names, as a criterion prints it: "实际支出资金/实际到位资金×100%".
inline std::string describe_formula_node(const FormulaProgram& program, std::uint32_t n) {
  const FormulaNode& node = program.nodes[n];
  const auto part = [&](std::size_t i) { return describe_formula_node(program, node.arguments[i]); };
  switch (node.op) {
    case FormulaOp::number:
    case FormulaOp::percentage:
    case FormulaOp::step:
    case FormulaOp::fact:
      return node.spelling;
    case FormulaOp::text:
      return "“" + node.spelling + "”";
    case FormulaOp::points:
      return "分值";
    case FormulaOp::target:
      return "目标值";
    case FormulaOp::group:
      return "（" + part(0) + "）";
    case FormulaOp::negate:
    case FormulaOp::negation:
      return std::string(operator_word(node.op)) + part(0);
    case FormulaOp::divide:
      return part(0) + node.spelling + part(1);
    case FormulaOp::add:
    case FormulaOp::subtract:
    case FormulaOp::multiply:
    case FormulaOp::less:
    case FormulaOp::at_most:
    case FormulaOp::greater:
    case FormulaOp::at_least:
    case FormulaOp::equal:
    case FormulaOp::differ:
    case FormulaOp::both:
    case FormulaOp::either:
      return part(0) + std::string(operator_word(node.op)) + part(1);
    case FormulaOp::round: {
      const std::string places = std::to_string(node.places);
      if (node.spelling == "truncate") return "truncate（" + part(0) + "，" + places + "）";
      return "round（" + part(0) + "，" + places + "，" + std::string(rounding_name(node.mode)) + "）";
    }
    case FormulaOp::choose:
    case FormulaOp::minimum:
    case FormulaOp::maximum:
    case FormulaOp::clamp:
    case FormulaOp::absolute:
      break;
  }
  std::string text = node.spelling + "（";
  for (std::size_t i = 0; i < node.arguments.size(); ++i) text += (i ? "，" : "") + part(i);
  return text + "）";
}

// The whole program with names, statements separated by "；": "执行率=…；得分=执行率×分值".
inline std::string describe_formula(const FormulaProgram& program) {
  std::string text;
  for (const FormulaStatement& s : program.statements) {
    if (!text.empty()) text += "；";
    if (!s.name.empty()) text += s.name + "=";
    text += describe_formula_node(program, s.root);
  }
  return text;
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_FORMULA_PARSER_HPP

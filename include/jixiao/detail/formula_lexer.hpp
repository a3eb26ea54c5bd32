// Internal: the tokens of a formula (see formula.hpp for the language).
//
// Formulas are written by evaluators, often in a Chinese input method, so every operator has
// its full-width and mathematical spellings too (×, ÷, −, ≤, ≥, ≠, （, ）, ，, ；, ％, ＝).
// Names are runs of letters, digits and '_' (any character outside ASCII that is not
// punctuation or an operator counts as a letter, so 实际支出资金 is one name); a name with
// other characters is written between '#' (`#年度资金总额（万元）#`), as the national
// platform writes its placeholders (`#actualvalue#`). Columns count characters, not bytes.
#ifndef JIXIAO_DETAIL_FORMULA_LEXER_HPP
#define JIXIAO_DETAIL_FORMULA_LEXER_HPP

#include <jixiao/detail/quote.hpp>
#include <jixiao/error.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

namespace detail {

enum class FormulaToken : unsigned char {
  end,
  number,      // 12, 0.5
  percentage,  // 95%, 95％
  text,        // "达成", “达成”, 「达成」
  name,        // 实际支出资金, #年度资金总额（万元）#, min
  open,        // ( （
  close,       // ) ）
  comma,       // , ，
  separator,   // ; ； or a line break
  plus,        // + ＋
  minus,       // - − －
  times,       // * × ＊
  divide,      // / ÷ ／
  less,        // < ＜
  at_most,     // <= ≤ ≦
  greater,     // > ＞
  at_least,    // >= ≥ ≧
  equals,      // = ＝ (also an assignment at the start of a statement)
  same,        // ==
  differs,     // != ≠ <>
  both,        // and && 且
  either,      // or || 或
  negation,    // not ! ！ 非
};

struct FormulaLexeme {
  FormulaToken kind = FormulaToken::end;
  std::string_view text;  // as written; a #name# without its '#'
  std::size_t column = 0;  // 1-based, in characters
  bool quoted = false;     // a #name#
};

// The 1-based character column of byte `offset` in `text` (well-formed UTF-8 up to there).
inline std::size_t character_column(std::string_view text, std::size_t offset) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

// The byte offset of 1-based character `column` in `text` (its size past the end).
inline std::size_t byte_offset_of_column(std::string_view text, std::size_t column) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++seen == column) return i;
  }
  return text.size();
}

// The code point of the well-formed sequence of `length` bytes at text[i].
inline std::uint32_t code_point(std::string_view text, std::size_t i, std::size_t length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  if (length == 1) return byte(0);
  std::uint32_t cp = byte(0) & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  return cp;
}

// Whether a character outside ASCII may be part of a name: anything but spaces, punctuation
// and mathematical operators, so that every CJK ideograph and letter is.
constexpr bool is_name_character(std::uint32_t cp) noexcept {
  if (cp < 0x80) return false;
  if (cp <= 0xBF) return false;                    // Latin-1 punctuation, NBSP
  if (cp == 0xD7 || cp == 0xF7) return false;      // × ÷
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation: “ ” ‘ ’ …
  if (cp >= 0x2190 && cp <= 0x22FF) return false;  // arrows, mathematical operators
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation: 、 。 「 」 【 】
  if (cp >= 0xFE30 && cp <= 0xFE6F) return false;  // CJK compatibility / small forms
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;  // full-width ！ ＂ ＃ ％ （ ） ＊ ＋ ， － ． ／
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;  // ： ； ＜ ＝ ＞ ？ ＠
  if (cp >= 0xFF3B && cp <= 0xFF40) return false;  // ［ ＼ ］ ＾ ＿ ｀
  if (cp >= 0xFF5B && cp <= 0xFF65) return false;  // ｛ ｜ ｝ ～ and half-width punctuation
  return true;
}

constexpr bool is_ascii_letter(unsigned char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
constexpr bool is_ascii_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }

inline bool same_ascii_word(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Splits `text` into lexemes, ending with one FormulaToken::end.
// @throws FormulaError at the first character that starts no token.
inline std::vector<FormulaLexeme> formula_lexemes(std::string_view text) {
  struct Spelling {
    std::string_view text;
    FormulaToken kind;
  };
  // Longer spellings first where one is a prefix of another ("<=" before "<").
  static constexpr Spelling operators[] = {
      {"<=", FormulaToken::at_most},   {">=", FormulaToken::at_least},
      {"==", FormulaToken::same},      {"!=", FormulaToken::differs},
      {"<>", FormulaToken::differs},   {"&&", FormulaToken::both},
      {"||", FormulaToken::either},    {"（", FormulaToken::open},
      {"）", FormulaToken::close},      {"，", FormulaToken::comma},
      {"；", FormulaToken::separator},  {"＋", FormulaToken::plus},
      {"−", FormulaToken::minus},      {"－", FormulaToken::minus},
      {"×", FormulaToken::times},      {"＊", FormulaToken::times},
      {"÷", FormulaToken::divide},     {"／", FormulaToken::divide},
      {"≤", FormulaToken::at_most},    {"≦", FormulaToken::at_most},
      {"≥", FormulaToken::at_least},   {"≧", FormulaToken::at_least},
      {"≠", FormulaToken::differs},    {"＜", FormulaToken::less},
      {"＞", FormulaToken::greater},    {"＝", FormulaToken::equals},
      {"！", FormulaToken::negation},   {"(", FormulaToken::open},
      {")", FormulaToken::close},      {",", FormulaToken::comma},
      {";", FormulaToken::separator},  {"\n", FormulaToken::separator},
      {"+", FormulaToken::plus},       {"-", FormulaToken::minus},
      {"*", FormulaToken::times},      {"/", FormulaToken::divide},
      {"<", FormulaToken::less},       {">", FormulaToken::greater},
      {"=", FormulaToken::equals},     {"!", FormulaToken::negation},
  };
  struct Quotes {
    std::string_view open, close;
  };
  static constexpr Quotes quotes[] = {{"\"", "\""}, {"“", "”"}, {"「", "」"}};

  std::vector<FormulaLexeme> out;
  std::size_t open_parentheses = 0;
  std::size_t i = 0;
  std::size_t column = 1;  // of text[i]
  const auto advance_to = [&](std::size_t next) {
    for (; i < next; ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
  };
  const auto fail = [&](const std::string& what) {
    throw FormulaError(what + " at column " + std::to_string(column), column);
  };
  const auto starts_with = [&](std::string_view s) { return text.substr(i).substr(0, s.size()) == s; };

  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) fail("a byte that is not UTF-8 (" + describe_character(text, i) + ")");
    const std::uint32_t cp = code_point(text, i, length);
    // A line break ends a statement, except inside parentheses (a long if() over lines).
    const bool inner_line_break = byte == '\n' && open_parentheses > 0;
    if (byte == ' ' || byte == '\t' || byte == '\r' || cp == 0x3000 || cp == 0xA0 ||
        inner_line_break) {
      advance_to(i + length);
      continue;
    }
    FormulaLexeme lexeme;
    lexeme.column = column;
    const std::size_t start = i;

    if (is_ascii_digit(byte) || (byte == '.' && i + 1 < text.size() &&
                                 is_ascii_digit(static_cast<unsigned char>(text[i + 1])))) {
      std::size_t end = i;
      while (end < text.size() && is_ascii_digit(static_cast<unsigned char>(text[end]))) ++end;
      if (end < text.size() && text[end] == '.') {
        ++end;
        while (end < text.size() && is_ascii_digit(static_cast<unsigned char>(text[end]))) ++end;
      }
      lexeme.kind = FormulaToken::number;
      lexeme.text = text.substr(start, end - start);
      advance_to(end);
      if (starts_with("%") || starts_with("％")) {
        lexeme.kind = FormulaToken::percentage;
        advance_to(i + (text[i] == '%' ? 1 : 3));
      }
      if (i < text.size() && (is_ascii_letter(static_cast<unsigned char>(text[i])) ||
                              is_ascii_digit(static_cast<unsigned char>(text[i])) || text[i] == '.')) {
        fail("a number followed by " + describe_character(text, i));
      }
      out.push_back(lexeme);
      continue;
    }

    if (byte == '#') {
      const std::size_t close = text.find('#', i + 1);
      const std::size_t line = text.find('\n', i + 1);
      if (close == std::string_view::npos || (line != std::string_view::npos && line < close))
        fail("a name opened with '#' and not closed");
      if (close == i + 1) fail("an empty #name#");
      lexeme.kind = FormulaToken::name;
      lexeme.quoted = true;
      lexeme.text = text.substr(i + 1, close - i - 1);
      advance_to(close + 1);
      out.push_back(lexeme);
      continue;
    }

    bool quoted = false;
    for (const Quotes& q : quotes) {
      if (!starts_with(q.open)) continue;
      const std::size_t close = text.find(q.close, i + q.open.size());
      if (close == std::string_view::npos) fail("a text opened with " + std::string(q.open) + " and not closed");
      lexeme.kind = FormulaToken::text;
      lexeme.text = text.substr(i + q.open.size(), close - i - q.open.size());
      advance_to(close + q.close.size());
      out.push_back(lexeme);
      quoted = true;
      break;
    }
    if (quoted) continue;

    if (is_ascii_letter(byte) || is_name_character(cp)) {
      std::size_t end = i;
      while (end < text.size()) {
        const auto b = static_cast<unsigned char>(text[end]);
        const std::size_t n = utf8_sequence_length(text, end);
        if (n == 0) break;
        if (!(is_ascii_letter(b) || is_ascii_digit(b) || is_name_character(code_point(text, end, n))))
          break;
        end += n;
      }
      lexeme.text = text.substr(start, end - start);
      lexeme.kind = FormulaToken::name;
      if (same_ascii_word(lexeme.text, "and") || lexeme.text == "且") lexeme.kind = FormulaToken::both;
      if (same_ascii_word(lexeme.text, "or") || lexeme.text == "或") lexeme.kind = FormulaToken::either;
      if (same_ascii_word(lexeme.text, "not") || lexeme.text == "非") lexeme.kind = FormulaToken::negation;
      advance_to(end);
      out.push_back(lexeme);
      continue;
    }

    bool matched = false;
    for (const Spelling& op : operators) {
      if (!starts_with(op.text)) continue;
      lexeme.kind = op.kind;
      lexeme.text = op.text;
      if (op.kind == FormulaToken::open) ++open_parentheses;
      if (op.kind == FormulaToken::close && open_parentheses > 0) --open_parentheses;
      advance_to(i + op.text.size());
      out.push_back(lexeme);
      matched = true;
      break;
    }
    if (!matched) fail("unexpected character " + describe_character(text, i));
  }
  FormulaLexeme end;
  end.column = column;
  out.push_back(end);
  return out;
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_FORMULA_LEXER_HPP

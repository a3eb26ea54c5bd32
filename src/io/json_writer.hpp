// Internal: a small streaming JSON writer that writes decimals as exact number tokens (used by
// the evaluation-file writer and the JSON report).
//
// JSON libraries hold numbers as double; a scorecard's numbers must reach the reader exactly
// as computed ("88.26", never 88.260000000000005), so the number tokens are written here from
// Decimal::to_string().
#ifndef JIXIAO_SRC_IO_JSON_WRITER_HPP
#define JIXIAO_SRC_IO_JSON_WRITER_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/version.hpp>

#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

class JsonWriter {
 public:
  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  void key(std::string_view name) {
    separate();
    write_string(name);
    out_ += ": ";
    after_key_ = true;
  }
  void value(std::string_view text) {
    separate();
    write_string(text);
  }
  void value(const char* text) { value(std::string_view(text)); }
  void value(const Decimal& number) {
    separate();
    out_ += number.to_string();
  }
  void value(bool flag) {
    separate();
    out_ += flag ? "true" : "false";
  }
  void value(int number) {
    separate();
    out_ += std::to_string(number);
  }
  void null() {
    separate();
    out_ += "null";
  }

  std::string finish() {
    out_ += '\n';
    return std::move(out_);
  }

 private:
  void open(char bracket) {
    separate();
    out_ += bracket;
    first_.push_back(true);
  }
  void close(char bracket) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += bracket;
  }
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    newline();
  }
  void newline() {
    out_ += '\n';
    out_.append(first_.size() * 2, ' ');
  }
  // RFC 8259 escaping: quotes, backslashes and control characters; UTF-8 passes through.
  void write_string(std::string_view text) {
    out_ += '"';
    for (const char c : text) {
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            constexpr char hex[] = "0123456789abcdef";
            out_ += "\\u00";
            out_ += hex[(c >> 4) & 0xF];
            out_ += hex[c & 0xF];
          } else {
            out_ += c;
          }
      }
    }
    out_ += '"';
  }

  std::string out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

// Columns `text` takes in a terminal: CJK characters (3-byte UTF-8) count 2, others 1.
inline std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) width += 1;  // the first byte of a character
    if ((byte & 0xF0) == 0xE0) width += 1;  // a 3-byte character: CJK and full-width forms
  }
  return width;
}

// JsonWriter's output with every object or array that fits in `width` columns on one line, as
// people write evaluation files by hand: `"2.1.2": {"实际支出资金": 693.68, "实际到位资金": 1994}`.
// Relies on JsonWriter's layout: raw newlines appear only between tokens (strings escape theirs).
inline std::string with_short_containers_inline(const std::string& text, std::size_t width) {
  struct Open {
    std::size_t at;        // position of the bracket in `out`
    bool multiline_child;  // a nested container stayed on several lines
  };
  std::string out;
  out.reserve(text.size());
  std::vector<Open> open;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    out += c;
    if (in_string) {
      if (c == '\\' && i + 1 < text.size())
        out += text[++i];
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      open.push_back({out.size() - 1, false});
    } else if (c == '}' || c == ']') {
      const Open container = open.back();
      open.pop_back();
      bool inline_it = !container.multiline_child;
      std::string line;
      if (inline_it) {
        // Join the lines: no space after the bracket or before its partner, one after commas.
        for (std::size_t j = container.at; j < out.size(); ++j) {
          if (out[j] != '\n') {
            line += out[j];
            continue;
          }
          while (j + 1 < out.size() && out[j + 1] == ' ') ++j;
          const char before = line.empty() ? ' ' : line.back();
          const char after = j + 1 < out.size() ? out[j + 1] : ' ';
          if (before != '{' && before != '[' && after != '}' && after != ']') line += ' ';
        }
        const std::size_t line_start = out.rfind('\n', container.at);
        const std::size_t prefix = display_width(std::string_view(out).substr(
            line_start == std::string::npos ? 0 : line_start + 1,
            container.at - (line_start == std::string::npos ? 0 : line_start + 1)));
        // Room for a following comma.
        inline_it = prefix + display_width(line) + 1 <= width;
      }
      if (inline_it) {
        out.replace(container.at, out.size() - container.at, line);
      } else if (!open.empty()) {
        open.back().multiline_child = true;
      }
    }
  }
  return out;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_JSON_WRITER_HPP

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

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_JSON_WRITER_HPP

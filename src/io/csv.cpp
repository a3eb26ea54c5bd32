// The RFC 4180 tokenizer of csv.hpp. Hand-written rather than taken from a library: it is a
// small state machine, and the readers need the line and column of every field, which the
// CSV libraries in Debian (libcsv) do not report.
#include <jixiao/version.hpp>
#include "csv.hpp"

#include <simdjson.h>
#include <utf8proc.h>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  std::vector<CsvRecord> run() {
    std::vector<CsvRecord> records;
    while (at_ < text_.size()) {
      CsvRecord record;
      for (;;) {
        record.push_back(field());
        if (at_ < text_.size() && text_[at_] == ',') {
          advance();
          continue;
        }
        break;  // end of line or of text
      }
      end_of_line();
      records.push_back(std::move(record));
    }
    return records;
  }

 private:
  CsvField field() {
    CsvField out;
    out.line = line_;
    out.column = column_;
    if (at_ < text_.size() && text_[at_] == '"') {
      advance();
      for (;;) {
        if (at_ >= text_.size()) {
          fail(out.line, out.column, "a quoted field is not closed (a \" is missing)");
        }
        const char c = text_[at_];
        if (c == '"') {
          if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
            out.text += '"';
            advance();
            advance();
            continue;
          }
          advance();
          break;
        }
        if (c == '\r' || c == '\n') {
          end_of_line_inside_field(out.text);
          continue;
        }
        take(out.text);
      }
      if (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '\r' && text_[at_] != '\n') {
        fail(line_, column_, "text after the closing quote of a field (write \"\" for a quote)");
      }
      return out;
    }
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == ',' || c == '\r' || c == '\n') break;
      if (c == '"') {
        fail(line_, column_, "a quote inside an unquoted field (quote the field, \"\" for a quote)");
      }
      take(out.text);
    }
    return out;
  }

  // Appends one character (all bytes of its UTF-8 sequence) to `into` and steps over it.
  void take(std::string& into) {
    const std::size_t start = at_;
    advance();
    into.append(text_.substr(start, at_ - start));
  }
  // Steps over one character (a whole UTF-8 sequence counts as one column).
  void advance() {
    ++at_;
    while (at_ < text_.size() && (static_cast<unsigned char>(text_[at_]) & 0xC0) == 0x80) ++at_;
    ++column_;
  }
  // Consumes a line break (CRLF, LF or CR) that ends a record, if any.
  void end_of_line() {
    if (at_ >= text_.size()) return;
    if (text_[at_] == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') ++at_;
    ++at_;
    ++line_;
    column_ = 1;
  }
  // A line break inside a quoted field: kept as text, counted as a line.
  void end_of_line_inside_field(std::string& into) {
    if (text_[at_] == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') {
      into += text_[at_++];
    }
    into += text_[at_++];
    ++line_;
    column_ = 1;
  }
  [[noreturn]] void fail(std::size_t line, std::size_t column, const std::string& what) const {
    throw InputError(ErrorCode::malformed_csv, SourceLocation{file_, line, column, ""}, what);
  }

  std::string_view text_;
  const std::string& file_;
  std::size_t at_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file) {
  constexpr std::string_view bom = "\xEF\xBB\xBF";
  if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());
  if (!simdjson::validate_utf8(text.data(), text.size())) {
    // Only now, walk the text once to find the first invalid sequence for the message.
    std::size_t line = 1;
    std::size_t column = 1;
    std::size_t at = 0;
    utf8proc_int32_t code_point = 0;
    while (at < text.size()) {
      const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(&text[at]),
                                           static_cast<utf8proc_ssize_t>(text.size() - at),
                                           &code_point);
      if (length <= 0) break;
      column = code_point == '\n' ? 1 : column + 1;
      line += code_point == '\n' ? 1 : 0;
      at += static_cast<std::size_t>(length);
    }
    throw InputError(ErrorCode::malformed_csv, SourceLocation{file, line, column, ""},
                     "the text is not UTF-8 (save the table as \"CSV UTF-8\")");
  }
  return Tokenizer(text, file).run();
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE

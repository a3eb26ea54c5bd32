// Internal: a parsed JSON file, and a reader for one object of a format that locates every
// error and refuses fields the format does not have.
#ifndef JIXIAO_SRC_IO_DOCUMENT_HPP
#define JIXIAO_SRC_IO_DOCUMENT_HPP

#include <jixiao/version.hpp>
#include "json_tree.hpp"

#include <jixiao/decimal.hpp>
#include <jixiao/io/input_error.hpp>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// A JSON file in memory: its text (without a byte order mark), line index and tree.
class Document {
 public:
  Document(std::string text, std::string file, std::filesystem::path base_directory);

  const JsonValue& root() const noexcept { return root_; }
  const std::string& file() const noexcept { return file_; }
  // Relative references ("framework": "seed-framework.json") resolve against this directory.
  const std::filesystem::path& base_directory() const noexcept { return base_; }

  SourceLocation locate(const JsonValue& value, const std::string& path) const {
    return lines_.locate(value.offset, file_, path);
  }
  [[noreturn]] void fail(ErrorCode code, const JsonValue& at, const std::string& path,
                         const std::string& what) const {
    throw InputError(code, locate(at, path), what);
  }
  // Fails at byte `inside` of the JSON string `at` (a column of a formula in it) when the
  // string is written without escapes, so its bytes are the file's; else at the string.
  [[noreturn]] void fail_inside(ErrorCode code, const JsonValue& at, std::size_t inside,
                                const std::string& path, const std::string& what) const {
    const bool verbatim = at.type == JsonValue::Type::string && inside <= at.text.size() &&
                          text_.compare(at.offset + 1, at.text.size(), at.text) == 0;
    if (!verbatim) fail(code, at, path, what);
    throw InputError(code, lines_.locate(at.offset + 1 + inside, file_, path), what);
  }

 private:
  std::string text_;
  std::string file_;
  std::filesystem::path base_;
  LineIndex lines_;
  JsonValue root_;
};

// Reads the fields of one JSON object. Each field read is marked; finish() reports the first
// field nobody read as unknown (703), so that a typo such as "ponits" is never ignored.
class ObjectReader {
 public:
  ObjectReader(const Document& document, const JsonValue& value, std::string path);

  const std::string& path() const noexcept { return path_; }
  const JsonValue& value() const noexcept { return value_; }
  const Document& document() const noexcept { return document_; }
  std::string path_of(std::string_view key) const { return path_ + "/" + std::string(key); }

  const JsonValue* optional(std::string_view key);
  const JsonValue& required(std::string_view key);

  std::string text(std::string_view key);
  std::optional<std::string> optional_text(std::string_view key);
  Decimal decimal(std::string_view key);
  std::optional<Decimal> optional_decimal(std::string_view key);
  bool boolean(std::string_view key);
  int integer(std::string_view key);

  // 703 for the first member not read.
  void finish() const;

  [[noreturn]] void fail(ErrorCode code, const JsonValue& at, const std::string& path,
                         const std::string& what) const {
    document_.fail(code, at, path, what);
  }
  [[noreturn]] void wrong_type(const JsonValue& at, const std::string& path,
                               const char* expected) const;

 private:
  const Document& document_;
  const JsonValue& value_;
  std::string path_;
  std::set<std::string, std::less<>> read_;
};

// A number or numeric text ("1,994.00", "34.79%") as an exact Decimal; 705 if it is not one.
Decimal read_decimal(const Document& document, const JsonValue& value, const std::string& path);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_DOCUMENT_HPP
